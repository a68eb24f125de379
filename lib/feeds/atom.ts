import { Feed } from "feed";
import type { FeedEntry } from "./entries";

// The Atom document, written by the `feed` library. Titles and summaries are declared as HTML
// there, so the text is escaped first: a "<" in a title stays a character, never markup.

export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

export type AtomOptions = {
  id: string;
  title: string;
  subtitle: string;
  author: string;
  /** The site's home page and the feed's own address. */
  home: string;
  self: string;
  /** When nothing is in the feed: the time to state as its last update. */
  emptyUpdated: Date;
};

export function buildAtomFeed(options: AtomOptions, entries: FeedEntry[]): string {
  const feed = new Feed({
    id: options.id,
    title: options.title,
    description: options.subtitle,
    language: "pl",
    link: options.home,
    feedLinks: { atom: options.self },
    author: { name: options.author },
    updated: entries[0]?.updated ?? options.emptyUpdated,
    generator: "Konsultacje",
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      title: escapeHtml(entry.title),
      link: entry.url,
      date: entry.updated,
      description: escapeHtml(entry.summary),
      author: [{ name: entry.author }],
      category: [{ term: entry.kind }],
    });
  }
  return feed.atom1();
}
