import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BIN, ROOT, runOrExit } from "./run";

const SOURCES = [
  "app",
  "components",
  "lib",
  "emails",
  "prisma",
  "package-lock.json",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
];
const SKIP = new Set(["node_modules", ".next", ".data", "generated"]);
const STAMP = path.join(ROOT, ".next", "konsultacje-source-fingerprint");

function walk(entry: string, hash: ReturnType<typeof createHash>): void {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return;
  const stat = statSync(full);
  if (stat.isDirectory()) {
    for (const name of readdirSync(full).sort()) {
      if (!SKIP.has(name) && !name.endsWith(".test.ts")) walk(path.join(entry, name), hash);
    }
    return;
  }
  hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\n`);
}

/** Names, sizes and times of the files a build depends on: cheap, and changes whenever they do. */
export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const entry of SOURCES) walk(entry, hash);
  return hash.digest("hex");
}

/** `next build`, skipped when the last build was made from the same sources. */
export async function buildIfChanged(): Promise<void> {
  const fingerprint = sourceFingerprint();
  const built =
    existsSync(path.join(ROOT, ".next", "BUILD_ID")) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === fingerprint;
  if (built) {
    console.log("• The build is up to date.");
    return;
  }
  console.log("• Building the application (next build)…");
  await runOrExit(path.join(BIN, "next"), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  writeFileSync(STAMP, fingerprint);
}
