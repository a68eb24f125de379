import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ReportRow, ReportSource } from "@/lib/reports/model";
import { fixtureHeader } from "./fixture";
import { type ReportFormat, reportWriters } from "./index";

const FORMATS = Object.keys(reportWriters) as ReportFormat[];
const ROWS = 1500;

/** mulberry32: seeded, so runs are repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = "aąbcćdeęfghijklłmnńoóprsśtuwyzźż";
const nextWord = random(1);
const VOCABULARY = Array.from({ length: 4000 }, () =>
  Array.from({ length: 2 + Math.floor(nextWord() * 9) }, () => LETTERS[Math.floor(nextWord() * LETTERS.length)]).join(
    "",
  ),
);

/** Text from a vocabulary of made-up words: it compresses about as badly as real prose. */
function randomText(seed: number, length: number): string {
  const next = random(seed);
  let text = "";
  while (text.length < length) text += `${VOCABULARY[Math.floor(next() * VOCABULARY.length)]} `;
  return text.trim();
}

function row(lp: number): ReportRow {
  return {
    lp,
    unit: `§ ${lp}`,
    currentWording: randomText(lp * 4, 300),
    proposal: randomText(lp * 4 + 1, 400),
    justification: randomText(lp * 4 + 2, 400),
    submittedBy: "Stowarzyszenie Zielone Podlasie",
    position: "uwzględniona",
    positionJustification: randomText(lp * 4 + 3, 300),
  };
}

type Probe = { yielded: number; onYield?: () => void; failAfter?: number };

/** Many rows; calls `onYield` as each is handed over, so a test can watch the output meanwhile. */
function largeSource(probe: Probe): ReportSource {
  return {
    header: fixtureHeader(),
    rows: async function* () {
      for (let lp = 1; lp <= ROWS; lp++) {
        if (probe.failAfter !== undefined && lp > probe.failAfter) throw new Error("baza danych niedostępna");
        probe.onYield?.();
        probe.yielded++;
        yield row(lp);
      }
    },
  };
}

/** A destination that takes its time over every chunk, like a slow network or database. */
function slowOut(options: { failAfterBytes?: number } = {}) {
  let received = 0;
  const out = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      const error = options.failAfterBytes !== undefined && received > options.failAfterBytes;
      setImmediate(() => done(error ? new Error("połączenie zerwane") : null));
    },
  });
  return { out, received: () => received };
}

describe("reportWriters", () => {
  it("offers the four formats with their content types and extensions", () => {
    expect(FORMATS).toEqual(["PDF", "DOCX", "CSV", "JSON"]);
    expect(reportWriters.PDF.contentType).toBe("application/pdf");
    expect(reportWriters.DOCX.extension).toBe("docx");
    expect(reportWriters.CSV.contentType).toBe("text/csv; charset=utf-8");
    expect(reportWriters.JSON.extension).toBe("json");
  });

  it.each(FORMATS)(
    "%s streams while the rows arrive and waits for a slow destination",
    { timeout: 30_000 },
    async (format) => {
      const { out, received } = slowOut();
      let receivedBeforeLastRow = 0;
      let mostBuffered = 0;
      const probe: Probe = {
        yielded: 0,
        onYield: () => {
          mostBuffered = Math.max(mostBuffered, out.writableLength);
          if (probe.yielded === ROWS - 1) receivedBeforeLastRow = received();
        },
      };
      await reportWriters[format].write(largeSource(probe), out);
      expect(out.writableFinished).toBe(true);
      expect(received()).toBeGreaterThan(1024 * 1024);
      // Output left before the last row was read, and the destination never held more than a
      // small part of it: the writer waited for 'drain' instead of piling everything up.
      expect(receivedBeforeLastRow).toBeGreaterThan(received() / 2);
      expect(mostBuffered).toBeLessThan(256 * 1024);
    },
  );

  it.each(FORMATS)("%s rejects, and stops reading rows, when the destination fails", async (format) => {
    const { out } = slowOut({ failAfterBytes: 256 * 1024 });
    out.on("error", () => undefined);
    const probe: Probe = { yielded: 0 };
    await expect(reportWriters[format].write(largeSource(probe), out)).rejects.toThrow("połączenie zerwane");
    expect(probe.yielded).toBeLessThan(ROWS);
  });

  it.each(FORMATS)("%s rejects, leaving the destination open, when the rows fail", async (format) => {
    const { out } = slowOut();
    const probe: Probe = { yielded: 0, failAfter: 10 };
    await expect(reportWriters[format].write(largeSource(probe), out)).rejects.toThrow("baza danych niedostępna");
    expect(out.writableEnded).toBe(false);
  });
});
