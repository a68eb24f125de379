import { describe, expect, it } from "vitest";
import { type CommentRecord, presentComment, publicSubmitter } from "./present";

const record: CommentRecord = {
  id: "c1",
  receipt_number: "BIA/2033/OD/000001",
  version_number: 1,
  unit_order: 0,
  unit_key: "par1",
  unit_anchor: "par-1",
  unit_citation: "§ 1",
  submitted_at: new Date("2033-03-01T10:00:00Z"),
  revision: 1,
  channel: "PLATFORM",
  body_text: "Treść uwagi",
  current_wording: "Obecne",
  proposed_wording: "Proponowane",
  justification: "Uzasadnienie",
  hidden_at: null,
  hidden_reason: null,
  organization_name: null,
  submitter_name: null,
  joint_with: [],
  as_council: false,
  author_name: "Jan Kowalski",
  show_name: false,
  position: "REJECTED",
  position_justification: "Nie",
};
const before = { slug: "k", reportPublished: false, councilName: "Rada" };
const after = { ...before, reportPublished: true };

describe("publicSubmitter", () => {
  it("names an organisation, the Council, and a person only with consent", () => {
    expect(publicSubmitter({ ...record, organization_name: "Fundacja" }, before)).toEqual({
      kind: "organization",
      name: "Fundacja",
    });
    expect(publicSubmitter({ ...record, as_council: true }, before)).toEqual({ kind: "council", name: "Rada" });
    expect(publicSubmitter(record, after)).toEqual({ kind: "resident", name: "Mieszkaniec/Mieszkanka" });
    expect(publicSubmitter({ ...record, show_name: true }, before)).toEqual({ kind: "person", name: "Jan Kowalski" });
    expect(publicSubmitter({ ...record, show_name: true, author_name: null }, before)).toEqual({
      kind: "resident",
      name: "Mieszkaniec/Mieszkanka",
    });
  });

  it("never names the clerk who typed in a letter; its signatory as typed, as the reading page does", () => {
    const letter = {
      ...record,
      channel: "POST",
      show_name: true,
      author_name: "Urzędniczka",
      submitter_name: "Anna Nowak",
    };
    expect(publicSubmitter(letter, before)).toEqual({ kind: "other", name: "Anna Nowak" });
    expect(publicSubmitter(letter, after)).toEqual({ kind: "other", name: "Anna Nowak" });
    expect(publicSubmitter({ ...letter, submitter_name: null }, after)).toEqual({
      kind: "resident",
      name: "Mieszkaniec/Mieszkanka",
    });
  });
});

describe("presentComment", () => {
  it("drops a hidden comment's words and receipt, keeps the reason", () => {
    const shown = presentComment({ ...record, hidden_at: new Date(), hidden_reason: "Wulgaryzmy" }, after);
    expect(shown).toMatchObject({
      hidden: { reason: "Wulgaryzmy" },
      text: null,
      proposed_wording: null,
      justification: null,
      receipt_number: null,
    });
    expect(JSON.stringify(shown)).not.toContain("Treść uwagi");
  });

  it("shows the answer only once the report is published", () => {
    expect(presentComment(record, before).answer).toBeNull();
    expect(presentComment(record, after).answer).toEqual({
      position: "REJECTED",
      position_label: "nieuwzględniona",
      justification: "Nie",
    });
  });

  it("links a comment on the whole draft to the page's whole-draft anchor of its version", () => {
    const whole = presentComment({ ...record, unit_key: null, unit_anchor: null, unit_citation: null }, before);
    expect(whole.unit).toBeNull();
    expect(whole.links.html).toMatch(/\/konsultacje\/k\?wersja=1#caly-projekt$/);
  });
});
