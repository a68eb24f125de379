import "server-only";
import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportFormat } from "@/lib/generated/prisma/enums";

type Client = Prisma.TransactionClient;

const CHUNK_BYTES = 1024 * 1024;

/**
 * A writable stream that stores what a writer produces as 1 MB parts of a report file,
 * hashing as it goes: a 100,000-comment PDF never sits in memory whole. Each write waits
 * for its part to be stored, so a slow database slows the writer (backpressure).
 */
class ChunkSink extends Writable {
  private readonly hash = createHash("sha256");
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index = 0;
  size = 0;

  constructor(
    private readonly fileId: string,
    private readonly client: Client,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.hash.update(chunk);
    this.size += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < CHUNK_BYTES) return done();
    this.flushPart().then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void) {
    this.flushPart().then(() => done(), done);
  }

  private async flushPart() {
    if (this.pendingBytes === 0) return;
    const content = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    await this.client.reportFileChunk.create({ data: { fileId: this.fileId, index: this.index++, content } });
  }

  digest(): string {
    return this.hash.digest("hex");
  }
}

/**
 * Writes one format of a report into the database (replacing an earlier file of that format).
 * `client`: a transaction, so that readers keep the earlier file until the new one is complete.
 */
export async function storeReportFile(
  reportId: string,
  format: ReportFormat,
  write: (out: NodeJS.WritableStream) => Promise<void>,
  generatedAt: Date,
  client: Client = db,
): Promise<{ sha256: string; size: number }> {
  await client.reportFile.deleteMany({ where: { reportId, format } });
  const file = await client.reportFile.create({ data: { reportId, format, sha256: "", size: 0, generatedAt } });
  const sink = new ChunkSink(file.id, client);
  await write(sink);
  // The writers end their output when they succeed; ending it here too is harmless.
  if (!sink.writableEnded) sink.end();
  await finished(sink);
  const stored = { sha256: sink.digest(), size: sink.size };
  await client.reportFile.update({ where: { id: file.id }, data: stored });
  return stored;
}

/** A stored file's bytes, part by part, for a download response. */
export function readReportFile(fileId: string): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const part = await db.reportFileChunk.findUnique({ where: { fileId_index: { fileId, index } } });
      if (!part) return controller.close();
      index++;
      controller.enqueue(new Uint8Array(part.content));
    },
  });
}
