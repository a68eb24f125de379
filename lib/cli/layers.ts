/** Which top-level folders each folder may import from ("@/<folder>/…"). */
const ALLOWED: Record<string, readonly string[]> = {
  app: ["app", "components", "lib", "emails"],
  components: ["components", "lib"],
  emails: ["emails", "lib"],
  lib: ["lib", "emails", "prisma"],
  prisma: ["prisma", "lib"],
  e2e: ["e2e", "lib"],
};

export type Violation = { file: string; line: number; message: string };

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)["']@\/([^/"']+)(\/[^"']*)?["']/g;

export function findLayerViolations(sources: readonly { file: string; text: string }[]): Violation[] {
  const violations: Violation[] = [];
  for (const { file, text } of sources) {
    const layer = file.split(/[\\/]/)[0] ?? "";
    const allowed = ALLOWED[layer];
    if (!allowed) continue;
    const lines = text.split("\n");
    lines.forEach((lineText, index) => {
      for (const match of lineText.matchAll(IMPORT)) {
        const target = match[1] ?? "";
        const rest = match[2] ?? "";
        if (!allowed.includes(target)) {
          violations.push({ file, line: index + 1, message: `${layer}/ must not import @/${target}${rest}` });
        } else if (target === "prisma" && layer === "lib" && !file.startsWith("lib/cli/")) {
          violations.push({ file, line: index + 1, message: "only lib/cli may import from prisma/ (seed data)" });
        }
        // Types from the generated client are fine anywhere; the client itself only in lib.
        if (
          layer !== "lib" &&
          target === "lib" &&
          rest.startsWith("/generated/") &&
          !/^\s*import\s+type\b/.test(lineText)
        ) {
          violations.push({
            file,
            line: index + 1,
            message: "use the Prisma client through lib/, not @/lib/generated directly",
          });
        }
      }
    });
  }
  return violations;
}
