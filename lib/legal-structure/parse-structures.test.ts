import { describe, expect, it } from "vitest";
import { parseDraft } from "./parse";
import { indexToLetter } from "./patterns";

const citations = (text: string) => parseDraft(text).units.map((u) => u.citation);

describe("tirets and double tirets", () => {
  const text = [
    "§ 1. Ilekroć w uchwale jest mowa o:",
    "1) zadaniach – należy przez to rozumieć:",
    "a) zadania z zakresu pomocy społecznej, obejmujące:",
    "– pomoc rodzinom,",
    "- pomoc osobom starszym, w tym:",
    "– – opiekę domową,",
    "—\u00a0— dzienne domy pomocy,",
    "— pomoc osobom w kryzysie bezdomności,",
    "b) zadania z zakresu kultury;",
    "2) programie – należy przez to rozumieć program współpracy.",
  ].join("\n");
  const { units, warnings } = parseDraft(text);

  it("cites tirets by ordinal word under their letter, whatever dash was typed", () => {
    expect(units.map((u) => u.citation)).toEqual([
      "§ 1",
      "§ 1 pkt 1",
      "§ 1 pkt 1 lit. a",
      "§ 1 pkt 1 lit. a tiret pierwsze",
      "§ 1 pkt 1 lit. a tiret drugie",
      "§ 1 pkt 1 lit. a tiret drugie podwójne tiret pierwsze",
      "§ 1 pkt 1 lit. a tiret drugie podwójne tiret drugie",
      "§ 1 pkt 1 lit. a tiret trzecie",
      "§ 1 pkt 1 lit. b",
      "§ 1 pkt 2",
    ]);
    expect(warnings).toEqual([]);
  });

  it("gives tirets keys, anchors, labels and texts", () => {
    const second = units.find((u) => u.citation === "§ 1 pkt 1 lit. a tiret drugie");
    expect(second).toMatchObject({
      kind: "tiret",
      key: "par1.pkt1.lita.tir2",
      anchor: "par-1-pkt-1-lit-a-tir-2",
      label: "tiret drugie",
      text: "pomoc osobom starszym, w tym:",
    });
    const double = units.find((u) => u.kind === "double_tiret" && u.text === "dzienne domy pomocy,");
    expect(double).toMatchObject({
      key: "par1.pkt1.lita.tir2.dtir2",
      label: "podwójne tiret drugie",
      parentKey: "par1.pkt1.lita.tir2",
    });
  });

  it("warns about a tiret with nothing to hang on and a double tiret without a tiret", () => {
    const result = parseDraft("PROJEKT\nUCHWAŁA\n– samotne tiret\n§ 1. Tekst:\n1) punkt,\n– – podwójne bez tiret.");
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ["tiret_without_parent", 3],
      ["double_tiret_without_tiret", 6],
    ]);
  });
});

describe("letters", () => {
  it("continues after z) with za), zb) and cites them as lit. za", () => {
    const letters = Array.from({ length: 28 }, (_, i) => `${indexToLetter(i + 1)}) pozycja ${i + 1},`);
    const { units, warnings } = parseDraft(["§ 1. Wykaz obejmuje:", "1) pozycje:", ...letters].join("\n"));
    expect(units.slice(-3).map((u) => [u.citation, u.key])).toEqual([
      ["§ 1 pkt 1 lit. z", "par1.pkt1.litz"],
      ["§ 1 pkt 1 lit. za", "par1.pkt1.litza"],
      ["§ 1 pkt 1 lit. zb", "par1.pkt1.litzb"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("accepts the Polish alphabet skipping q, v and x without a gap warning", () => {
    const polish = "abcdefghijklmnoprstuwyz".split("").map((l) => `${l}) pozycja,`);
    const { units, warnings } = parseDraft(["§ 1. Wykaz:", "1) pozycje:", ...polish].join("\n"));
    expect(units.filter((u) => u.kind === "letter")).toHaveLength(23);
    expect(warnings).toEqual([]);
  });
});

describe("chapters", () => {
  const text = [
    "Rozdział I",
    "Przepisy ogólne",
    "§ 1. Uchwała określa zasady.",
    "Rozdział II.",
    "Zadania",
    "§ 2. Zadania realizuje Prezydent.",
    "ROZDZIAŁ III – Przepisy przejściowe",
    "§ 3. Sprawy wszczęte prowadzi się według przepisów dotychczasowych.",
    "Rozdział 4.",
    "Przepisy końcowe",
    "§ 4. Uchwała wchodzi w życie z dniem ogłoszenia.",
  ].join("\n");
  const { units, warnings } = parseDraft(text);
  const chapters = units.filter((u) => u.kind === "chapter");

  it("reads Roman and Arabic chapter numbers: label as written, key and number in Arabic", () => {
    expect(chapters.map((c) => [c.label, c.number, c.key, c.text])).toEqual([
      ["rozdział I", "1", "rozdz1", "Przepisy ogólne"],
      ["rozdział II", "2", "rozdz2", "Zadania"],
      ["rozdział III", "3", "rozdz3", "Przepisy przejściowe"],
      ["rozdział 4", "4", "rozdz4", "Przepisy końcowe"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("puts § under its chapter in the tree but not in the key or citation", () => {
    expect(units.find((u) => u.citation === "§ 3")).toMatchObject({ key: "par3", parentKey: "rozdz3", depth: 1 });
  });

  it("warns about a gap in chapter numbers and a chapter without a title", () => {
    const result = parseDraft("Rozdział 1\nOgólne\n§ 1. Tekst.\nRozdział 3\n§ 2. Tekst.");
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ["numbering_gap", 4],
      ["chapter_without_title", 4],
    ]);
  });
});

describe("common part and attachments", () => {
  it("gives the closing common part after an enumeration to the enclosing unit", () => {
    const { units, warnings } = parseDraft(
      [
        "§ 1. Dotację przekazuje się:",
        "1) w formie zaliczki,",
        "2) w transzach,",
        "",
        "w terminie 14 dni od dnia zawarcia umowy.",
        "§ 2. Koniec.",
      ].join("\n"),
    );
    const paragraph = units.find((u) => u.citation === "§ 1");
    expect(paragraph?.text).toBe("Dotację przekazuje się:\nw terminie 14 dni od dnia zawarcia umowy.");
    expect(paragraph?.tail).toBe("w terminie 14 dni od dnia zawarcia umowy.");
    expect(units.find((u) => u.citation === "§ 1 pkt 2")?.text).toBe("w transzach,");
    expect(warnings).toEqual([]);
  });

  it("numbers several attachments and restarts § numbering in each", () => {
    const { units } = parseDraft(
      [
        "§ 1. Uchwała.",
        "Załącznik Nr 1 do uchwały Nr X",
        "§ 1. Pierwszy.",
        "Załącznik Nr 2 do uchwały Nr X",
        "§ 1. Drugi.",
        "2. Ustęp.",
      ].join("\n"),
    );
    expect(units.map((u) => u.citation)).toEqual([
      "§ 1",
      "załącznik nr 1",
      "§ 1 załącznika nr 1",
      "załącznik nr 2",
      "§ 1 załącznika nr 2",
      "§ 1 ust. 2 załącznika nr 2",
    ]);
    expect(units[5]?.anchor).toBe("zal-2-par-1-ust-2");
  });

  it("does not mistake a sentence starting with 'Załącznik do niniejszej uchwały' for an attachment", () => {
    expect(citations("§ 1. Tekst.\n2. Drugi ustęp:\nZałącznik do niniejszej uchwały stanowi wzór.")).not.toContain(
      "załącznik nr 1",
    );
  });
});
