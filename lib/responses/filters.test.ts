import { describe, expect, it } from "vitest";
import {
  containsPattern,
  escapeLike,
  inboxHref,
  inboxQueryString,
  isFiltered,
  parseInboxQuery,
  parseReturnQuery,
  withParam,
} from "./filters";

describe("search-term escaping", () => {
  it("takes %, _ and the backslash literally", () => {
    expect(escapeLike("100%")).toBe("100\\%");
    expect(escapeLike("art_3")).toBe("art\\_3");
    expect(escapeLike("a\\b")).toBe("a\\\\b");
    expect(escapeLike("%_%")).toBe("\\%\\_\\%");
  });

  it("leaves ordinary text, Polish letters and quotes as they are", () => {
    expect(escapeLike("Zażółć gęślą jaźń 'x' \"y\"")).toBe("Zażółć gęślą jaźń 'x' \"y\"");
  });

  it("finds the term anywhere", () => {
    expect(containsPattern("50%")).toBe("%50\\%%");
    expect(containsPattern("")).toBe("%%");
  });
});

describe("inbox address", () => {
  it("reads every filter, the sort, the view and the page", () => {
    expect(
      parseInboxQuery({
        jednostka: "calosc",
        organizacja: "org-zielone",
        kanal: "POST",
        stanowisko: "brak",
        przypisana: "ja",
        szukaj: "  termin   14 dni ",
        sortuj: "bez-odpowiedzi",
        widok: "jednostki",
        strona: "3",
      }),
    ).toEqual({
      unit: "calosc",
      organizationId: "org-zielone",
      channel: "POST",
      position: "brak",
      assignee: "ja",
      search: "termin 14 dni",
      sort: "bez-odpowiedzi",
      view: "jednostki",
      page: 3,
    });
  });

  it("ignores values it does not know instead of failing", () => {
    const query = parseInboxQuery({
      kanal: "FAX",
      stanowisko: "maybe",
      sortuj: "random",
      widok: "x",
      strona: "-1",
      jednostka: "'; DROP TABLE comments; --",
      przypisana: ["nikt", "ja"],
    });
    expect(query).toMatchObject({
      channel: null,
      position: null,
      sort: "jednostka",
      view: "lista",
      page: 1,
      unit: null,
      assignee: "nikt",
    });
    expect(isFiltered(query)).toBe(true);
    expect(isFiltered(parseInboxQuery({}))).toBe(false);
  });

  it("cuts a very long search to 200 characters", () => {
    expect(parseInboxQuery({ szukaj: "a".repeat(500) }).search).toHaveLength(200);
  });

  it("writes only what differs from the defaults, and reads back what it wrote", () => {
    const base = "/panel/konsultacje/k1/uwagi";
    expect(inboxHref(base, parseInboxQuery({}))).toBe(base);
    const query = parseInboxQuery({ stanowisko: "REJECTED", szukaj: "50% & więcej", strona: "2" });
    const href = inboxHref(base, query, { view: "jednostki" });
    expect(href).toBe(`${base}?widok=jednostki&stanowisko=REJECTED&szukaj=50%25+%26+wi%C4%99cej&strona=2`);
    expect(parseInboxQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual({
      ...query,
      view: "jednostki",
    });
  });

  it("carries the list's filters to a comment's page and back", () => {
    const query = parseInboxQuery({ kanal: "EMAIL", strona: "4" });
    expect(parseReturnQuery(inboxQueryString(query))).toEqual(query);
    expect(parseReturnQuery(undefined)).toEqual(parseInboxQuery({}));
    expect(withParam("/a", "zapisano", "1")).toBe("/a?zapisano=1");
    expect(withParam("/a?b=2", "zapisano", "1")).toBe("/a?b=2&zapisano=1");
  });
});
