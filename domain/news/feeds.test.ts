import { describe, expect, it } from "vitest";
import { buildAtomFeed, buildRssFeed, escapeXml } from "./feeds";

describe("news feeds' escaping", () => {
  it("escapes the five XML specials and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    expect(escapeXml("a\u0001b\u000bc\ud800d\uffff")).toBe("abcd");
    expect(escapeXml("zażółć 😀\ttab\nnl")).toBe("zażółć 😀\ttab\nnl");
  });

  it("builds an empty feed with the 'updated' time it is given", () => {
    const options = {
      baseUrl: "https://ngo.example/",
      selfUrl: "https://ngo.example/news.atom",
      title: "T & T",
      description: "D",
      publisher: "Gmina",
      now: new Date("2026-03-02T09:00:00Z"),
      items: [],
    };
    expect(buildAtomFeed(options)).toContain("<updated>2026-03-02T09:00:00.000Z</updated>");
    expect(buildRssFeed(options)).toContain("<title>T &amp; T</title>");
    expect(buildRssFeed(options)).toContain("<link>https://ngo.example/aktualnosci</link>");
  });
});
