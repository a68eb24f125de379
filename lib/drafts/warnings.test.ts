import { describe, expect, it } from "vitest";
import { catalogues } from "@/lib/i18n/catalogues";
import { translatorFor } from "@/lib/i18n/translator";
import { parseDraft } from "@/lib/legal-structure/parse";
import { type ParseWarning, warningCodeSchema } from "@/lib/legal-structure/schema";
import { IMPORT_ERROR_KEYS, warningMessage } from "./warnings";

describe("warningMessage", () => {
  it("maps a numbering gap to the catalogue with its line and citation, in Polish and English", () => {
    const [warning] = parseDraft("§ 1. Pierwszy.\n§ 3. Trzeci.").warnings as [ParseWarning];
    const message = warningMessage(warning);
    expect(message).toEqual({
      kind: "catalogue",
      key: "warnings.numbering_gap.at",
      values: { line: 2, citation: "§ 3" },
    });
    if (message.kind !== "catalogue") return;
    expect(translatorFor("pl", "drafts")(message.key, message.values)).toBe(
      "Wiersz 2, § 3: luka w numeracji – brakuje jednostki o wcześniejszym numerze.",
    );
    expect(translatorFor("en", "drafts")(message.key, message.values)).toContain("Line 2, § 3: gap in the numbering");
  });

  it("has a Polish and an English message for every warning code, with and without a citation", () => {
    for (const code of warningCodeSchema.options) {
      for (const variant of ["at", "plain"]) {
        expect(catalogues.pl.drafts.warnings[code][variant as "at"]).toBeTruthy();
        expect(catalogues.en.drafts.warnings[code][variant as "at"]).toBeTruthy();
      }
    }
    for (const key of IMPORT_ERROR_KEYS) expect(catalogues.pl.drafts.importErrors[key]).toBeTruthy();
  });

  it("keeps the parser's Polish text for a code it does not know", () => {
    const unknown = { code: "something_new", severity: "warning", message: "Nowy problem.", line: 3 };
    expect(warningMessage(unknown as unknown as ParseWarning)).toEqual({ kind: "fallback", text: "Nowy problem." });
  });
});
