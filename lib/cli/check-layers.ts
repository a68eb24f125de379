// `npm run lint` (after Biome): imports flow app → components → lib (style.md).
// A lower layer never imports a higher one; e-mail templates sit beside lib and
// import only from it; the generated Prisma client is used inside lib only.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { findLayerViolations } from "./layers";

const ROOT = path.resolve(__dirname, "..", "..");
const LAYERS = ["app", "components", "emails", "lib", "prisma", "e2e"];
const SKIP = new Set(["node_modules", "generated", "fixtures"]);

function files(dir: string): string[] {
  const full = path.join(ROOT, dir);
  try {
    statSync(full);
  } catch {
    return [];
  }
  return readdirSync(full).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const relative = path.join(dir, name);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return files(relative);
    return /\.(ts|tsx|mts)$/.test(name) ? [relative] : [];
  });
}

// layers.test.ts holds bad imports as fixture strings.
const sources = LAYERS.flatMap(files)
  .filter((file) => !file.endsWith("layers.test.ts"))
  .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), "utf8") }));
const violations = findLayerViolations(sources);
for (const v of violations) console.error(`${v.file}:${v.line}: ${v.message}`);
if (violations.length > 0) {
  console.error(`\n✗ ${violations.length} import(s) break the layering app → components → lib.`);
  process.exit(1);
}
console.log(`✓ Layering: ${sources.length} files import only downwards.`);
