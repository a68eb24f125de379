import { stringify } from "csv-stringify/sync";
import { neutraliseCsvCell } from "@/lib/reports/formats/csv";
import type { CommentOut, ConsultationOut, UnitOut } from "./schema";

/*
 * The CSV exports: the same rows as the JSON lists, one line per item, columns named like the JSON
 * fields (nested ones joined with "_"). UTF-8 with a BOM and CRLF for spreadsheets; every cell
 * neutralised against formula injection (a leading = + - @ tab or CR gets an apostrophe).
 */

type Column<T> = readonly [name: string, value: (item: T) => string | number | boolean | null];

const text = (value: string | number | boolean | null) => (value === null ? "" : String(value));

export const consultationColumns: readonly Column<ConsultationOut>[] = [
  ["id", (c) => c.id],
  ["slug", (c) => c.slug],
  ["title", (c) => c.title],
  ["act_type", (c) => c.act_type],
  ["status", (c) => c.status],
  ["start_date", (c) => c.start_date],
  ["end_date", (c) => c.end_date],
  ["opens_at", (c) => c.opens_at],
  ["closes_at", (c) => c.closes_at],
  ["published_at", (c) => c.published_at],
  ["owner_unit_slug", (c) => c.owner_unit.slug],
  ["owner_unit_name", (c) => c.owner_unit.name],
  ["comment_count", (c) => c.comment_count],
  ["url", (c) => c.links.html],
];

export const unitColumns: readonly Column<UnitOut>[] = [
  ["order", (u) => u.order],
  ["key", (u) => u.key],
  ["anchor", (u) => u.anchor],
  ["kind", (u) => u.kind],
  ["label", (u) => u.label],
  ["marker", (u) => u.marker],
  ["citation", (u) => u.citation],
  ["parent", (u) => u.parent],
  ["depth", (u) => u.depth],
  ["text", (u) => u.text],
];

export const commentColumns: readonly Column<CommentOut>[] = [
  ["id", (c) => c.id],
  ["receipt_number", (c) => c.receipt_number],
  ["version", (c) => c.version],
  ["unit_citation", (c) => c.unit?.citation ?? null],
  ["unit_key", (c) => c.unit?.key ?? null],
  ["submitter_kind", (c) => c.submitter.kind],
  ["submitter_name", (c) => c.submitter.name],
  ["joint_with", (c) => c.joint_with.join("; ")],
  ["channel", (c) => c.channel],
  ["submitted_at", (c) => c.submitted_at],
  ["revision", (c) => c.revision],
  ["hidden_reason", (c) => c.hidden?.reason ?? null],
  ["text", (c) => c.text],
  ["current_wording", (c) => c.current_wording],
  ["proposed_wording", (c) => c.proposed_wording],
  ["justification", (c) => c.justification],
  ["position", (c) => c.answer?.position ?? null],
  ["position_label", (c) => c.answer?.position_label ?? null],
  ["position_justification", (c) => c.answer?.justification ?? null],
];

/** An item's cells, in the order of `columns`, as stored (null → ""), before neutralising. */
export function csvCells<T>(columns: readonly Column<T>[], item: T): string[] {
  return columns.map(([, value]) => text(value(item)));
}

function csvLines(rows: readonly string[][]): string {
  return stringify(
    rows.map((cells) => cells.map(neutraliseCsvCell)),
    { record_delimiter: "windows" },
  );
}

/**
 * A CSV document streamed batch by batch as the consumer reads (the next batch is read from the
 * database only when the previous one was taken): the heading, then the items of `batches`.
 */
export function csvStream<T>(columns: readonly Column<T>[], batches: AsyncIterable<T[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLines([columns.map(([name]) => name)])}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(csvLines(next.value.map((item) => csvCells(columns, item)))));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Maps each batch of an async source. */
export async function* mapBatches<A, B>(source: AsyncIterable<A[]>, map: (item: A) => B): AsyncGenerator<B[]> {
  for await (const batch of source) yield batch.map(map);
}
