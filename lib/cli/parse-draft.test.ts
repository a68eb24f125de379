import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..", "..");
const runCli = (file: string) =>
  spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "lib", "cli", "parse-draft.ts"), file], {
    cwd: root,
    encoding: "utf8",
  });

describe("npm run parse-draft", () => {
  it("prints units with citation, kind, label, text and parent citation as JSON for a docx", () => {
    const result = runCli(
      path.join(root, "lib", "legal-structure", "fixtures", "konsultacje-uchwala-autonumeracja.docx"),
    );
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { units: Record<string, unknown>[]; warnings: unknown[] };
    expect(output.warnings).toEqual([]);
    expect(output.units.find((u) => u.citation === "§ 3 ust. 2 pkt 5 lit. b")).toEqual({
      citation: "§ 3 ust. 2 pkt 5 lit. b",
      kind: "letter",
      label: "lit. b",
      text: "wzór formularza konsultacyjnego,",
      parentCitation: "§ 3 ust. 2 pkt 5",
    });
  });

  it("exits with 1 and a Polish message on stderr for a missing file", () => {
    const result = runCli("/nonexistent/projekt.docx");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Nie można odczytać pliku");
    expect(result.stdout).toBe("");
  });
});
