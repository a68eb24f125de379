import { setImmediate as nextMacrotask } from "node:timers/promises";

/**
 * The one way the report writers send bytes to their destination. A report can be hundreds of
 * megabytes, so a writer produces a row, hands the bytes over, and awaits `ready()` before the
 * next one: that waits for 'drain' when the destination is full (backpressure) and rejects when
 * the destination fails, so a broken download stops the work instead of buffering the rest.
 */
export class OutputSink {
  private failure: Error | null = null;
  private finished = false;
  private drained: Promise<void> | null = null;
  private readonly onError = (error: Error) => {
    this.failure ??= error;
  };
  private readonly onClose = () => {
    // Streams that auto-destroy close right after 'finish'; that close is the normal end.
    if (!this.finished) this.failure ??= new Error("The report's destination closed before the report was written.");
  };

  constructor(private readonly out: NodeJS.WritableStream) {
    out.on("error", this.onError);
    out.on("close", this.onClose);
  }

  /** Hands bytes over; call `ready()` before producing much more. */
  push(chunk: string | Uint8Array): void {
    if (this.failure) return;
    if (!this.out.write(chunk)) this.drained ??= this.waitForDrain();
  }

  /** Resolves when the destination wants more; rejects if it failed. */
  async ready(): Promise<void> {
    if (this.drained) {
      await this.drained;
      this.drained = null;
    }
    if (this.failure) throw this.failure;
  }

  /** Ends the destination and resolves once everything has been flushed to it. */
  async finish(): Promise<void> {
    await this.ready();
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        this.out.off("finish", onFinish);
        this.out.off("error", done);
        this.out.off("close", onClose);
        if (error) reject(error);
        else resolve();
      };
      const onFinish = () => {
        this.finished = true;
        done();
      };
      // A stream that closes without 'finish' (destroyed meanwhile) must not leave us waiting.
      const onClose = () => done(this.failure ?? undefined);
      this.out.once("finish", onFinish);
      this.out.once("error", done);
      this.out.once("close", onClose);
      this.out.end();
    });
    this.release();
    if (this.failure) throw this.failure;
  }

  /** Stops listening to the destination (after a failure the caller decides what to do with it). */
  release(): void {
    this.out.off("error", this.onError);
    this.out.off("close", this.onClose);
  }

  private waitForDrain(): Promise<void> {
    return new Promise<void>((resolve) => {
      const settle = () => {
        this.out.off("drain", settle);
        this.out.off("error", settle);
        this.out.off("close", settle);
        resolve();
      };
      // 'error' and 'close' also settle the wait; `ready()` then reports the failure.
      this.out.on("drain", settle);
      this.out.on("error", settle);
      this.out.on("close", settle);
    });
  }
}

/** Bytes gathered before they are handed on: fewer, larger writes to the destination. */
const FORWARD_CHUNK = 64 * 1024;

/**
 * Forwards a library's readable output (pdfkit, csv-stringify) into the sink. They emit many
 * small chunks (pdfkit one per line of a PDF object), so chunks are gathered into pieces of
 * 64 kB first. Such a readable also buffers whatever it is given until the event loop turns;
 * `ready()` therefore yields a macrotask when bytes are piling up inside it, so memory stays
 * flat even when the rows come from memory and nothing else ever awaits I/O.
 */
export function forwardReadable(readable: NodeJS.ReadableStream & { readableLength: number }, sink: OutputSink) {
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  const handOn = () => {
    if (heldBytes === 0) return;
    sink.push(held.length === 1 && held[0] ? held[0] : Buffer.concat(held, heldBytes));
    held = [];
    heldBytes = 0;
  };
  const ended = new Promise<void>((resolve, reject) => {
    readable.on("data", (chunk: string | Uint8Array) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      held.push(bytes);
      heldBytes += bytes.length;
      if (heldBytes >= FORWARD_CHUNK) handOn();
    });
    readable.once("end", () => {
      handOn();
      resolve();
    });
    readable.once("error", reject);
  });
  // A writer that fails before it awaits `ended` must not leave this rejection unhandled.
  ended.catch(() => undefined);
  return {
    ended,
    async ready(): Promise<void> {
      if (readable.readableLength > FORWARD_CHUNK) await nextMacrotask();
      await sink.ready();
    },
  };
}

/** Runs `write` against a sink over `out`, ending `out` on success; on failure `out` is left to the caller. */
export async function withSink(out: NodeJS.WritableStream, write: (sink: OutputSink) => Promise<void>): Promise<void> {
  const sink = new OutputSink(out);
  try {
    await write(sink);
    await sink.finish();
  } finally {
    sink.release();
  }
}

/** Collects small strings into chunks of about `limit` characters: fewer, larger writes downstream. */
export class TextBatch {
  private parts: string[] = [];
  private length = 0;

  constructor(
    private readonly emit: (text: string) => void,
    private readonly limit = 64 * 1024,
  ) {}

  /** Adds text; returns true when it flushed a chunk (a good moment to await backpressure). */
  add(text: string): boolean {
    this.parts.push(text);
    this.length += text.length;
    if (this.length < this.limit) return false;
    this.flush();
    return true;
  }

  flush(): void {
    if (this.length === 0) return;
    this.emit(this.parts.join(""));
    this.parts = [];
    this.length = 0;
  }
}

/**
 * Like TextBatch, but encodes each piece as UTF-8 straight into a buffer: no joined string and
 * no second pass to encode it (for content that is compressed next, as in DOCX).
 */
export class Utf8Batch {
  private buffer: Buffer;
  private length = 0;

  constructor(
    private readonly emit: (bytes: Uint8Array) => void,
    private readonly limit = 256 * 1024,
  ) {
    this.buffer = Buffer.allocUnsafe(limit * 2);
  }

  /** Adds text; returns true when it flushed a chunk (a good moment to await backpressure). */
  add(text: string): boolean {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    if (this.length + text.length * 3 > this.buffer.length) this.grow(text.length * 3);
    this.length += this.buffer.write(text, this.length, "utf8");
    if (this.length < this.limit) return false;
    this.flush();
    return true;
  }

  flush(): void {
    if (this.length === 0) return;
    // The receiver may keep the chunk: give it its own copy, the buffer is reused.
    this.emit(new Uint8Array(this.buffer.subarray(0, this.length)));
    this.length = 0;
  }

  private grow(bytes: number): void {
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }
}
