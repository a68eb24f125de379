import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { consultationWindow } from "@/lib/time/warsaw";
import { buildAtomFeed } from "./atom";
import { closingSoonFrom, ENTRY_LIMIT, type EntrySources, feedEntries } from "./entries";

function consultation(id: string, start: string, end: string, publishedAt = new Date("2033-01-01T00:00:00Z")) {
  return {
    id,
    slug: `slug-${id}`,
    title: `Tytuł ${id}`,
    startDate: new Date(`${start}T00:00:00Z`),
    endDate: new Date(`${end}T00:00:00Z`),
    ...consultationWindow(start, end),
    publishedAt,
    ownerUnit: { name: "Departament" },
  };
}

const none: EntrySources = { announced: [], closing: [], reports: [] };

describe("closing soon", () => {
  it("begins at 00:00 Warsaw of the third day from the end, also across the change to summer time", () => {
    // Summer time begins on 27 March 2033: 26 March starts at 23:00 UTC the day before.
    expect(closingSoonFrom(consultation("a", "2033-03-01", "2033-03-28")).toISOString()).toBe(
      "2033-03-25T23:00:00.000Z",
    );
    expect(closingSoonFrom(consultation("b", "2033-06-01", "2033-06-20")).toISOString()).toBe(
      "2033-06-17T22:00:00.000Z",
    );
  });

  it("is an entry only from that moment until the consultation closes", () => {
    const c = consultation("a", "2033-06-01", "2033-06-20");
    const at = (iso: string) => feedEntries({ ...none, closing: [c] }, new Date(iso)).map((e) => e.kind);
    expect(at("2033-06-17T21:59:59Z")).toEqual([]);
    expect(at("2033-06-17T22:00:00Z")).toEqual(["closing"]);
    expect(at("2033-06-20T21:59:59Z")).toEqual(["closing"]);
    expect(at("2033-06-20T22:00:00Z")).toEqual([]);
  });
});

describe("feed entries", () => {
  it("are the newest 50, newest first", () => {
    const announced = Array.from({ length: 60 }, (_, i) =>
      consultation(`c${i}`, "2033-06-01", "2033-06-20", new Date(Date.UTC(2033, 0, 1 + i))),
    );
    const entries = feedEntries({ ...none, announced }, new Date("2033-06-05T00:00:00Z"));
    expect(entries).toHaveLength(ENTRY_LIMIT);
    expect(entries[0]?.title).toBe("Nowe konsultacje: Tytuł c59");
    expect(entries.at(-1)?.title).toBe("Nowe konsultacje: Tytuł c10");
  });

  it("keep markup in a title as text in the Atom document", () => {
    const c = { ...consultation("x", "2033-06-01", "2033-06-20"), title: 'Uchwała <b>"A & B"</b>' };
    const xml = buildAtomFeed(
      {
        id: "tag:localhost,2026:konsultacje",
        title: "Konsultacje",
        subtitle: "Opis",
        author: "Miasto",
        home: "http://localhost:3000/",
        self: "http://localhost:3000/konsultacje.atom",
        emptyUpdated: new Date("2033-01-01T00:00:00Z"),
      },
      feedEntries({ ...none, announced: [c] }, new Date("2033-06-05T00:00:00Z")),
    );
    const feed = parseFeed(xml);
    expect(feed.items[0]?.title).toBe('Nowe konsultacje: Uchwała <b>"A & B"</b>');
    expect(feed.items[0]?.id).toBe("tag:localhost,2026:konsultacje/x/ogloszenie");
    expect(feed.updated?.toISOString()).toBe("2033-01-01T00:00:00.000Z");
  });
});
