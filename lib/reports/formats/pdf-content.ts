import { deflate } from "node:zlib";
import { type Lines, lineCount, type PdfFont, pdfNumber } from "./pdf-text";

/*
 * Content-stream bytes for the PDF table: text written as glyph ids straight into a buffer, and
 * the table pages' own content streams compressed by us.
 */

const LF = 0x0a;
const CR = 0x0d;

/**
 * Content-stream bytes. Glyph ids are written as two-byte PDF literal strings (Identity-H), half
 * the bytes of pdfkit's hex strings; the bytes PDF strings reserve are escaped.
 */
export class ContentBytes {
  private buffer: Buffer;
  private length = 0;

  constructor(capacity = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  /** Appends operators (ASCII). */
  ascii(text: string): void {
    this.reserve(text.length);
    this.length += this.buffer.write(text, this.length, "latin1");
  }

  glyph(id: number): void {
    this.reserve(4);
    this.escaped(id >> 8);
    this.escaped(id & 0xff);
  }

  /** The bytes written so far (a view: valid until the next write or reset). */
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }

  private escaped(byte: number): void {
    const b = this.buffer;
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) {
      b[this.length++] = 0x5c;
      b[this.length++] = byte;
    } else if (byte === LF || byte === CR) {
      b[this.length++] = 0x5c;
      b[this.length++] = byte === LF ? 0x6e : 0x72;
    } else {
      b[this.length++] = byte;
    }
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }
}

/** Lines `from`…`to` of wrapped text in one font and size, the first at (x, top) in pdfkit's top-down coordinates. */
export type TextBlock = {
  font: PdfFont;
  size: number;
  leading: number;
  x: number;
  top: number;
  lines: Lines;
  from: number;
  to: number;
};

/**
 * Writes text blocks as operators. pdfkit flips the page's coordinates to top-down, so text is
 * drawn inside a transform that flips them back (as pdfkit's own text does).
 */
export function writeText(out: ContentBytes, pageHeight: number, blocks: readonly TextBlock[]): void {
  out.ascii(`q 1 0 0 -1 0 ${pdfNumber(pageHeight)} cm BT`);
  for (const block of blocks) {
    const to = Math.min(block.to, lineCount(block.lines));
    if (block.from >= to) continue;
    const baseline = block.top + (block.leading - block.size) / 2 + block.font.ascent(block.size);
    out.ascii(` /${block.font.id} ${pdfNumber(block.size)} Tf ${pdfNumber(block.leading)} TL`);
    out.ascii(` 1 0 0 1 ${pdfNumber(block.x)} ${pdfNumber(pageHeight - baseline)} Tm`);
    const { text, bounds } = block.lines;
    for (let line = block.from; line < to; line++) {
      const start = bounds[2 * line] ?? 0;
      const end = bounds[2 * line + 1] ?? 0;
      if (start === end) {
        out.ascii(" T*");
        continue;
      }
      out.ascii(" [(");
      block.font.writeGlyphs(out, text, start, end);
      out.ascii(")] TJ T*");
    }
  }
  out.ascii(" ET Q\n");
}

/** Adds content to the current page through pdfkit (it deflates the page's stream itself). */
export function writeToPage(doc: PDFKit.PDFDocument, write: (out: ContentBytes) => void): void {
  const out = new ContentBytes(4096);
  write(out);
  // pdfkit keeps the chunk until the page ends: hand it a copy, not a view of a reused buffer.
  doc.page.write(Buffer.from(out.view()));
}

/** Deflate on libuv's thread pool, so compression runs beside the layout on another core. */
function deflateInBackground(input: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    deflate(input, { level: 1 }, (error, output) => (error ? reject(error) : resolve(output)));
  });
}

/**
 * A second content stream for the bulk of a page (the table), compressed by us: pdfkit deflates
 * every stream at level 6 on the main thread, which took a third of a 100,000-comment PDF's time.
 * Here a page is deflated at level 1 in the background once it is complete, and its stream object
 * is written a couple of pages later (`settle`). A page may list several content streams, read as
 * one, so pdfkit's own (flip transform, page number) stays first.
 */
export class BulkContent {
  readonly out = new ContentBytes(256 * 1024);
  private stream: PDFKit.PDFKitReference | null = null;
  /** Completed pages whose stream objects are not written yet, oldest first. */
  private readonly pending: { stream: PDFKit.PDFKitReference; compressed: Promise<Buffer> }[] = [];

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Starts collecting the current page's table content. */
  open(): void {
    this.close();
    const stream = this.doc.ref({ Filter: "FlateDecode" });
    stream.compress = false;
    const page = this.doc.page.dictionary.data as { Contents?: unknown };
    page.Contents = [this.doc.page.content, stream];
    this.stream = stream;
  }

  /** Completes the current page's content; call before the next page is added. */
  close(): void {
    if (!this.stream) return;
    const compressed = deflateInBackground(Buffer.from(this.out.view()));
    // Awaited in `settle`; until then a failure must not count as unhandled.
    compressed.catch(() => undefined);
    this.pending.push({ stream: this.stream, compressed });
    this.stream = null;
    this.out.reset();
  }

  /**
   * Writes the stream objects of all but the newest `keep` completed pages, in page order. It is
   * called at fixed points (after each row, and with 0 at the end), so where each object lands in
   * the file never depends on how fast the thread pool was: the same data gives the same bytes.
   */
  async settle(keep: number): Promise<void> {
    while (this.pending.length > keep) {
      const oldest = this.pending.shift();
      if (oldest) oldest.stream.end(await oldest.compressed);
    }
  }
}
