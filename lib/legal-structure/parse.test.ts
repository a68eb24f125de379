import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDraft } from "./parse";
import { type LegalUnit, parseResultSchema } from "./schema";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");
const byCitation = (units: LegalUnit[], citation: string) => {
  const unit = units.find((u) => u.citation === citation);
  if (!unit) throw new Error(`no unit ${citation}`);
  return unit;
};

describe("parseDraft on konsultacje-uchwala.txt", () => {
  const result = parseDraft(fixture("konsultacje-uchwala.txt"));
  const { units } = result;

  it("finds every drafting unit with its exact citation, in document order", () => {
    expect(units.map((u) => u.citation)).toEqual([
      "tytuł",
      "podstawa prawna",
      "§ 1",
      "§ 2",
      "§ 2 ust. 1",
      "§ 2 ust. 1 pkt 1",
      "§ 2 ust. 1 pkt 2",
      "§ 2 ust. 1 pkt 3",
      "§ 2 ust. 2",
      "§ 3",
      "§ 3 ust. 1",
      "§ 3 ust. 1 pkt 1",
      "§ 3 ust. 1 pkt 2",
      "§ 3 ust. 1 pkt 3",
      "§ 3 ust. 2",
      "§ 3 ust. 2 pkt 1",
      "§ 3 ust. 2 pkt 2",
      "§ 3 ust. 2 pkt 3",
      "§ 3 ust. 2 pkt 4",
      "§ 3 ust. 2 pkt 5",
      "§ 3 ust. 2 pkt 5 lit. a",
      "§ 3 ust. 2 pkt 5 lit. b",
      "§ 3 ust. 2 pkt 5 lit. c",
      "§ 4",
      "§ 4 ust. 1",
      "§ 4 ust. 2",
      "§ 4 ust. 3",
      "§ 5",
      "§ 5 pkt 1",
      "§ 5 pkt 2",
      "§ 5 pkt 3",
      "§ 5 pkt 4",
      "§ 5 pkt 5",
      "§ 6",
      "§ 6 ust. 1",
      "§ 6 ust. 1 pkt 1",
      "§ 6 ust. 1 pkt 2",
      "§ 6 ust. 1 pkt 3",
      "§ 6 ust. 2",
      "§ 6 ust. 3",
      "§ 7",
      "§ 8",
      "uzasadnienie",
    ]);
    expect(units.map((u) => u.order)).toEqual(units.map((_, i) => i));
  });

  it("reports no warnings for a well-formed draft", () => {
    expect(result.warnings).toEqual([]);
  });

  it("gives § 3 ust. 2 pkt 5 lit. b its own text, key, anchor, label and parent", () => {
    const unit = byCitation(units, "§ 3 ust. 2 pkt 5 lit. b");
    expect(unit).toMatchObject({
      kind: "letter",
      text: "wzór formularza konsultacyjnego,",
      key: "par3.ust2.pkt5.litb",
      anchor: "par-3-ust-2-pkt-5-lit-b",
      label: "lit. b",
      number: "b",
      parentKey: "par3.ust2.pkt5",
      depth: 3,
      line: 30,
      lineEnd: 30,
    });
  });

  it("keeps the lead-in sentence with the enclosing unit and does not repeat children in it", () => {
    expect(byCitation(units, "§ 3 ust. 2 pkt 5").text).toBe("sposób zgłaszania uwag, w tym:");
    expect(byCitation(units, "§ 5").text).toBe(
      "Uwagę zgłasza się do określonej jednostki redakcyjnej projektu, wskazując:",
    );
  });

  it("reads `§ 2. 1. Text` as § 2 whose ust. 1 starts on the same line", () => {
    expect(byCitation(units, "§ 2")).toMatchObject({ text: "", line: 13 });
    expect(byCitation(units, "§ 2 ust. 1")).toMatchObject({
      text: "Konsultacje przeprowadza się w formie:",
      parentKey: "par2",
      line: 13,
    });
  });

  it("cites points of a § without ust. directly after the §", () => {
    expect(byCitation(units, "§ 5 pkt 3")).toMatchObject({
      kind: "point",
      text: "uzasadnienie;",
      key: "par5.pkt3",
      parentKey: "par5",
    });
  });

  it("recognises the title block and the legal basis", () => {
    expect(units[0]).toMatchObject({ kind: "title", key: "tytul", parentKey: null });
    expect(units[0]?.text.split("\n")).toEqual([
      "PROJEKT",
      "UCHWAŁA NR ........./26",
      "RADY MIASTA BIAŁYSTOK",
      "z dnia ................ 2026 r.",
      "w sprawie określenia szczegółowego sposobu konsultowania z Białostocką Radą Działalności Pożytku Publicznego lub organizacjami pozarządowymi projektów aktów prawa miejscowego",
    ]);
    expect(units[1]).toMatchObject({ kind: "preamble", key: "podstawa" });
    expect(units[1]?.text).toMatch(/^Na podstawie art\. 18 .* uchwala się, co następuje:$/);
  });

  it("keeps the justification as a separate unit outside the articulated text", () => {
    const last = units[units.length - 1];
    expect(last).toMatchObject({ kind: "justification", key: "uzasadnienie", parentKey: null, depth: 0 });
    expect(last?.text).toMatch(/^Projekt uchwały porządkuje sposób prowadzenia konsultacji/);
    expect(byCitation(units, "§ 8").text).toBe(
      "Uchwała wchodzi w życie po upływie 14 dni od dnia ogłoszenia w Dzienniku Urzędowym Województwa Podlaskiego.",
    );
  });

  it("produces output that satisfies the zod schema, with unique keys and anchors", () => {
    expect(parseResultSchema.safeParse(result).success).toBe(true);
    expect(new Set(units.map((u) => u.key)).size).toBe(units.length);
    expect(new Set(units.map((u) => u.anchor)).size).toBe(units.length);
  });
});

describe("parseDraft on program-wspolpracy-2027.txt", () => {
  const result = parseDraft(fixture("program-wspolpracy-2027.txt"));
  const { units } = result;

  it("finds every drafting unit of the act and its attachment with exact citations", () => {
    expect(units.map((u) => u.citation)).toEqual([
      "tytuł",
      "podstawa prawna",
      "§ 1",
      "§ 2",
      "§ 3",
      "załącznik nr 1",
      "tekst 1 załącznika nr 1",
      "rozdział 1 załącznika nr 1",
      "§ 1 załącznika nr 1",
      "§ 1 ust. 1 załącznika nr 1",
      "§ 1 ust. 2 załącznika nr 1",
      "§ 1 ust. 2 pkt 1 załącznika nr 1",
      "§ 1 ust. 2 pkt 2 załącznika nr 1",
      "§ 1 ust. 2 pkt 3 załącznika nr 1",
      "§ 1 ust. 2 pkt 4 załącznika nr 1",
      "§ 1 ust. 2 pkt 5 załącznika nr 1",
      "§ 1 ust. 2 pkt 6 załącznika nr 1",
      "§ 1 ust. 2 pkt 7 załącznika nr 1",
      "§ 1 ust. 3 załącznika nr 1",
      "rozdział 2 załącznika nr 1",
      "§ 2 załącznika nr 1",
      "§ 2 ust. 1 załącznika nr 1",
      "§ 2 ust. 2 załącznika nr 1",
      "§ 2 ust. 2 pkt 1 załącznika nr 1",
      "§ 2 ust. 2 pkt 2 załącznika nr 1",
      "§ 2 ust. 2 pkt 3 załącznika nr 1",
      "§ 2 ust. 2 pkt 4 załącznika nr 1",
      "§ 2 ust. 2 pkt 4 lit. a załącznika nr 1",
      "§ 2 ust. 2 pkt 4 lit. b załącznika nr 1",
      "§ 2 ust. 2 pkt 4 lit. c załącznika nr 1",
      "§ 2 ust. 2 pkt 5 załącznika nr 1",
      "rozdział 3 załącznika nr 1",
      "§ 3 załącznika nr 1",
      "rozdział 4 załącznika nr 1",
      "§ 4 załącznika nr 1",
      "§ 4 ust. 1 załącznika nr 1",
      "§ 4 ust. 1 pkt 1 załącznika nr 1",
      "§ 4 ust. 1 pkt 2 załącznika nr 1",
      "§ 4 ust. 1 pkt 3 załącznika nr 1",
      "§ 4 ust. 1 pkt 4 załącznika nr 1",
      "§ 4 ust. 2 załącznika nr 1",
      "§ 4 ust. 2 pkt 1 załącznika nr 1",
      "§ 4 ust. 2 pkt 2 załącznika nr 1",
      "§ 4 ust. 2 pkt 3 załącznika nr 1",
      "§ 4 ust. 2 pkt 4 załącznika nr 1",
      "§ 4 ust. 2 pkt 5 załącznika nr 1",
      "§ 4 ust. 3 załącznika nr 1",
      "rozdział 5 załącznika nr 1",
      "§ 5 załącznika nr 1",
      "§ 5 pkt 1 załącznika nr 1",
      "§ 5 pkt 2 załącznika nr 1",
      "§ 5 pkt 3 załącznika nr 1",
      "§ 5 pkt 4 załącznika nr 1",
      "§ 5 pkt 5 załącznika nr 1",
      "§ 5 pkt 6 załącznika nr 1",
      "§ 5 pkt 7 załącznika nr 1",
      "§ 5 pkt 8 załącznika nr 1",
      "rozdział 6 załącznika nr 1",
      "§ 6 załącznika nr 1",
      "§ 6 ust. 1 załącznika nr 1",
      "§ 6 ust. 2 załącznika nr 1",
      "§ 6 ust. 3 załącznika nr 1",
      "rozdział 7 załącznika nr 1",
      "§ 7 załącznika nr 1",
      "rozdział 8 załącznika nr 1",
      "§ 8 załącznika nr 1",
      "§ 8 ust. 1 załącznika nr 1",
      "§ 8 ust. 1 pkt 1 załącznika nr 1",
      "§ 8 ust. 1 pkt 2 załącznika nr 1",
      "§ 8 ust. 1 pkt 3 załącznika nr 1",
      "§ 8 ust. 1 pkt 4 załącznika nr 1",
      "§ 8 ust. 1 pkt 5 załącznika nr 1",
      "§ 8 ust. 2 załącznika nr 1",
      "rozdział 9 załącznika nr 1",
      "§ 9 załącznika nr 1",
      "§ 9 ust. 1 załącznika nr 1",
      "§ 9 ust. 2 załącznika nr 1",
      "rozdział 10 załącznika nr 1",
      "§ 10 załącznika nr 1",
      "§ 10 ust. 1 załącznika nr 1",
      "§ 10 ust. 2 załącznika nr 1",
      "§ 10 ust. 2 pkt 1 załącznika nr 1",
      "§ 10 ust. 2 pkt 2 załącznika nr 1",
      "§ 10 ust. 3 załącznika nr 1",
      "§ 10 ust. 3 pkt 1 załącznika nr 1",
      "§ 10 ust. 3 pkt 2 załącznika nr 1",
      "§ 10 ust. 3 pkt 3 załącznika nr 1",
      "uzasadnienie",
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("restarts § numbering in the attachment: § 1 and § 1 załącznika nr 1 both exist", () => {
    expect(byCitation(units, "§ 1")).toMatchObject({ key: "par1", parentKey: null });
    expect(byCitation(units, "§ 1 załącznika nr 1")).toMatchObject({ key: "zal1.par1", parentKey: "zal1.rozdz1" });
  });

  it("finds § 2 ust. 2 pkt 4 lit. b załącznika nr 1 with its text, key and anchor", () => {
    expect(byCitation(units, "§ 2 ust. 2 pkt 4 lit. b załącznika nr 1")).toMatchObject({
      kind: "letter",
      text: "w zakresie współpracy z samorządem,",
      key: "zal1.par2.ust2.pkt4.litb",
      anchor: "zal-1-par-2-ust-2-pkt-4-lit-b",
      label: "lit. b",
    });
  });

  it("numbers an unnumbered `Załącznik do uchwały` as załącznik nr 1 and keeps its heading line as text", () => {
    expect(byCitation(units, "załącznik nr 1")).toMatchObject({
      kind: "attachment",
      key: "zal1",
      anchor: "zal-1",
      number: "1",
      marker: "Załącznik",
      text: "do uchwały nr ........./26 Rady Miasta Białystok z dnia ................ 2026 r.",
    });
    expect(byCitation(units, "tekst 1 załącznika nr 1")).toMatchObject({
      kind: "text",
      parentKey: "zal1",
      text: "PROGRAM WSPÓŁPRACY MIASTA BIAŁYSTOK Z ORGANIZACJAMI POZARZĄDOWYMI NA ROK 2027",
    });
  });

  it("reads chapters with their titles and keeps them out of § citations", () => {
    const chapters = units.filter((u) => u.kind === "chapter");
    expect(chapters.map((c) => [c.label, c.text])).toEqual([
      ["rozdział 1", "Postanowienia ogólne"],
      ["rozdział 2", "Cel główny i cele szczegółowe"],
      ["rozdział 3", "Zasady współpracy"],
      ["rozdział 4", "Formy współpracy"],
      ["rozdział 5", "Priorytetowe zadania publiczne"],
      ["rozdział 6", "Okres i sposób realizacji Programu"],
      ["rozdział 7", "Wysokość środków przeznaczanych na realizację Programu"],
      ["rozdział 8", "Sposób oceny realizacji Programu"],
      ["rozdział 9", "Sposób tworzenia Programu i przebieg konsultacji"],
      ["rozdział 10", "Tryb powoływania i zasady działania komisji konkursowych"],
    ]);
    expect(byCitation(units, "rozdział 10 załącznika nr 1")).toMatchObject({
      key: "zal1.rozdz10",
      anchor: "zal-1-rozdz-10",
      parentKey: "zal1",
    });
    expect(byCitation(units, "§ 10 ust. 3 pkt 2 załącznika nr 1").parentKey).toBe("zal1.par10.ust3");
  });

  it("ends the attachment at UZASADNIENIE", () => {
    const last = units[units.length - 1];
    expect(last).toMatchObject({ kind: "justification", parentKey: null, citation: "uzasadnienie" });
  });
});
