// `npm test`: lint, type-check, unit and integration tests (Vitest, real PostgreSQL),
// end-to-end tests (Playwright in Chromium). Every step runs; the summary says which failed.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { findChromium, MISSING_CHROMIUM } from "./chromium";
import { dependencyAudit } from "./dependency-audit";
import { BIN, ROOT, run } from "./run";

type Step = { name: string; run: () => Promise<number> };

let auditNote = "";
type Counts = { passed: number; failed: number };

// Not test-results/: Playwright empties that folder when it starts.
const RESULTS = path.join(ROOT, "test-reports");
const VITEST_JSON = path.join(RESULTS, "vitest-results.json");
const E2E_JSON = path.join(RESULTS, "e2e-results.json");
process.env.PLAYWRIGHT_JSON_OUTPUT_FILE = E2E_JSON;

function readVitestCounts(): Counts {
  if (!existsSync(VITEST_JSON)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(VITEST_JSON, "utf8")) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function readPlaywrightCounts(): Counts {
  if (!existsSync(E2E_JSON)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(E2E_JSON, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

const steps: Step[] = [
  { name: "lint (Biome + layering)", run: () => run("npm", ["run", "--silent", "lint"]) },
  { name: "type-check (tsc)", run: () => run(path.join(BIN, "tsc"), ["--noEmit"]) },
  {
    name: "dependency audit (npm audit --omit=dev: no high or critical)",
    run: async () => {
      const { code, note } = await dependencyAudit();
      auditNote = note;
      return code;
    },
  },
  {
    name: "unit and integration tests (Vitest)",
    run: () =>
      run(path.join(BIN, "vitest"), [
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${VITEST_JSON}`,
      ]),
  },
  {
    name: "end-to-end tests (Playwright, Chromium)",
    run: async () => {
      const chromium = await findChromium();
      if (!chromium) {
        console.error(`\n${MISSING_CHROMIUM}\n`);
        return 1;
      }
      return run(path.join(BIN, "playwright"), ["test"], { ...process.env, CHROMIUM_PATH: chromium });
    },
  },
];

async function main() {
  rmSync(RESULTS, { recursive: true, force: true });
  const outcomes: { name: string; code: number; seconds: number }[] = [];
  for (const step of steps) {
    console.log(`\n▶ ${step.name}`);
    const started = Date.now();
    const code = await step.run();
    outcomes.push({ name: step.name, code, seconds: Math.round((Date.now() - started) / 1000) });
  }
  console.log("\nSummary");
  // The audit that could not be made is shown as such (⚠), not as passed.
  const mark = (o: (typeof outcomes)[number]) =>
    o.code !== 0 ? "✗" : o.name.startsWith("dependency audit") && auditNote.startsWith("NOT CHECKED") ? "⚠" : "✓";
  for (const o of outcomes) console.log(`  ${mark(o)} ${o.name} (${o.seconds} s)`);
  if (auditNote) console.log(`  dependency audit: ${auditNote}`);
  const vitest = readVitestCounts();
  const e2e = readPlaywrightCounts();
  const failedSteps = outcomes.filter((o) => o.code !== 0).length;
  const passed = vitest.passed + e2e.passed;
  // A failing lint or type-check counts as a failure even when every test passed.
  const failed = vitest.failed + e2e.failed + (failedSteps > 0 && vitest.failed + e2e.failed === 0 ? failedSteps : 0);
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(failedSteps > 0 ? 1 : 0);
}

void main();
