import type { PublishedNews } from "./list-published-news";

/*
 * The news feeds: RSS 2.0 (https://www.rssboard.org/rss-specification) and Atom 1.0 (RFC 4287).
 * Every text is escaped for XML and characters XML 1.0 forbids are dropped, so whatever an
 * organisation typed (markup included) arrives in the reader as the same text. Links are absolute.
 */

/** Characters XML 1.0 does not allow at all (C0 controls except tab, LF, CR; U+FFFE/FFFF; lone surrogates). */
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data or an attribute value. */
export function escapeXml(value: string): string {
  return value
    .replace(XML_FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export interface FeedOptions {
  /** The portal's address, e.g. "https://ngo.czestochowa.pl". */
  baseUrl: string;
  /** The feed's own address (rel="self"). */
  selfUrl: string;
  title: string;
  description: string;
  /** The publisher, when an item has no organisation (the municipality). */
  publisher: string;
  /** When the feed has no items, its "updated" time. */
  now: Date;
  items: readonly PublishedNews[];
}

const pageOf = (o: FeedOptions, id: string) => `${o.baseUrl.replace(/\/$/, "")}/aktualnosci/${id}`;
const listOf = (o: FeedOptions) => `${o.baseUrl.replace(/\/$/, "")}/aktualnosci`;
const newest = (o: FeedOptions) => o.items[0]?.publishedAt ?? o.now;

/** RSS 2.0 with the item's lead as its description (plain text, escaped). */
export function buildRssFeed(o: FeedOptions): string {
  const items = o.items.map((item) => {
    const link = escapeXml(pageOf(o, item.id));
    return [
      "    <item>",
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${link}</link>`,
      `      <guid isPermaLink="true">${link}</guid>`,
      `      <pubDate>${item.publishedAt.toUTCString()}</pubDate>`,
      `      <description>${escapeXml(item.lead)}</description>`,
      item.organization ? `      <category>${escapeXml(item.organization.name)}</category>` : null,
      "    </item>",
    ]
      .filter((line) => line !== null)
      .join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(o.title)}</title>`,
    `    <link>${escapeXml(listOf(o))}</link>`,
    `    <description>${escapeXml(o.description)}</description>`,
    "    <language>pl</language>",
    `    <lastBuildDate>${newest(o).toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(o.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

/** Atom 1.0 with the lead as summary and the whole body as text content. */
export function buildAtomFeed(o: FeedOptions): string {
  const entries = o.items.map((item) => {
    const link = escapeXml(pageOf(o, item.id));
    const at = item.publishedAt.toISOString();
    return [
      "  <entry>",
      `    <title type="text">${escapeXml(item.title)}</title>`,
      `    <id>${link}</id>`,
      `    <link rel="alternate" type="text/html" href="${link}"/>`,
      `    <published>${at}</published>`,
      `    <updated>${at}</updated>`,
      `    <author><name>${escapeXml(item.organization?.name ?? o.publisher)}</name></author>`,
      `    <summary type="text">${escapeXml(item.lead)}</summary>`,
      `    <content type="text">${escapeXml(item.body)}</content>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl">',
    `  <title type="text">${escapeXml(o.title)}</title>`,
    `  <subtitle type="text">${escapeXml(o.description)}</subtitle>`,
    `  <id>${escapeXml(o.selfUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(o.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(listOf(o))}"/>`,
    `  <updated>${newest(o).toISOString()}</updated>`,
    `  <author><name>${escapeXml(o.publisher)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
