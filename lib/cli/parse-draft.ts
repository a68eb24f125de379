// Usage: npm run parse-draft -- FILE
// Prints the drafting units of a draft act (DOCX or text, recognised by content) as JSON.
import { readFile } from "node:fs/promises";
import { importDraft } from "@/lib/legal-structure/index";

async function main(): Promise<number> {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write("Użycie: npm run parse-draft -- PLIK (.docx albo tekst)\n");
    return 1;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "plik nie istnieje" : code === "EISDIR" ? "to jest katalog" : "brak dostępu lub błąd odczytu";
    process.stderr.write(`Nie można odczytać pliku „${path}”: ${reason}.\n`);
    return 1;
  }
  const result = await importDraft(bytes);
  if (!result.ok) {
    process.stderr.write(`Nie można odczytać projektu z pliku „${path}”: ${result.message}\n`);
    return 1;
  }
  const citationByKey = new Map(result.units.map((u) => [u.key, u.citation]));
  const output = {
    units: result.units.map((u) => ({
      citation: u.citation,
      kind: u.kind,
      label: u.label,
      text: u.text,
      parentCitation: u.parentKey === null ? null : (citationByKey.get(u.parentKey) ?? null),
    })),
    warnings: result.warnings,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Nieoczekiwany błąd podczas odczytu projektu: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
