import { SaxesParser } from "saxes";
import { beforeAll, describe, expect, it } from "vitest";
import { ApiNewsListSchema } from "~/domain/news/api-schemas";
import { rejectNews } from "~/domain/news/reject-news";
import { submitNews } from "~/domain/news/submit-news";
import {
  createNews,
  createNewsWorld,
  type NewsWorld,
  PNG_BYTES,
  sampleContent,
} from "~/domain/news/testing/factories";
import { actorOf } from "~/domain/organizations/testing/factories";
import { useTestDatabase } from "~/test/db";
import { callLoader, routeContext } from "../../components/portal/testing/portal-fixture";
import { loader as newsPageLoader } from "../../routes/aktualnosci.$id";
import { loader as imageLoader } from "../../routes/aktualnosci.obraz.$id";
import { loader as apiLoader } from "../../routes/api.v1.news";
import { loader as atomLoader } from "../../routes/news[.]atom";
import { loader as rssLoader } from "../../routes/news[.]xml";
import { requestInfoContext } from "../contexts";

/** An XML element as a strict parser (saxes, from exceljs's dependencies) reads it. */
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses a whole document with saxes, which throws on anything not well-formed XML 1.0 (namespaces checked). */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on("opentag", (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const element: XmlElement = { name: tag.name, attributes, children: [], text: "" };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on("text", (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

const childrenNamed = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);
const childText = (e: XmlElement, name: string) => childrenNamed(e, name)[0]?.text ?? "";

const HOSTILE_TITLE = `<script>alert("x")</script> & 'cudzysłów' ]]> Zażółć`;
const SECRET_PENDING = "Tajny projekt czekający";
const SECRET_REASON = "Uzasadnienie wyłącznie dla organizacji";

describe("news on the portal: feeds, API, pages and pictures", () => {
  const t = useTestDatabase();
  let w: NewsWorld;
  const ids = { hostile: "", withImage: "", pending: "", rejected: "" };
  /** A visitor's context, with the request info the root middleware sets (404s are audited with the IP). */
  const context = () => {
    const c = routeContext(t.db, w.tenant);
    c.set(requestInfoContext, {
      requestId: "t",
      ip: "192.0.2.7",
      userAgent: null,
      csrfSeed: "",
      csrfToken: "",
    });
    return c;
  };

  beforeAll(async () => {
    w = await createNewsWorld(t.db);
    ids.hostile = await createNews(w, {
      content: {
        title: HOSTILE_TITLE,
        lead: "Zajawka <b>z tagiem</b> & ampersand",
        body: "A\n\n<img src=x onerror=alert(1)>",
      },
      approve: true,
    });
    const { newsId } = await submitNews({
      ...w.base,
      actor: actorOf(w.owner),
      organizationId: w.organizationId,
      content: sampleContent({ title: "Ze zdjęciem", imageAlt: "Scena" }),
      image: { bytes: PNG_BYTES, filename: "scena.png" },
    });
    ids.withImage = newsId;
    ids.pending = await createNews(w, { content: { title: SECRET_PENDING } });
    ids.rejected = await createNews(w, { content: { title: "Odrzucona" } });
    await rejectNews({ ...w.staff, newsId: ids.rejected, reason: SECRET_REASON });
    const other = await createNewsWorld(t.db);
    await createNews(other, { content: { title: "Z innej gminy" }, approve: true });
  });

  it("RSS 2.0 is well-formed XML with the texts exactly as typed, absolute links, published news only", async () => {
    const response = await callLoader(rssLoader, { url: "/news.xml", context: context() });
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();
    const rss = parseXml(xml);
    expect(rss.name).toBe("rss");
    expect(rss.attributes.version).toBe("2.0");
    const channel = childrenNamed(rss, "channel")[0]!;
    expect(childText(channel, "title")).toBe("Aktualności — Gmina Miasto Częstochowa");
    expect(childrenNamed(channel, "atom:link")[0]?.attributes.href).toBe(
      "https://ngo.czestochowa.example/news.xml",
    );
    const items = childrenNamed(channel, "item");
    expect(items.map((i) => childText(i, "title"))).toEqual([HOSTILE_TITLE]);
    const item = items[0]!;
    expect(childText(item, "link")).toBe(`https://ngo.czestochowa.example/aktualnosci/${ids.hostile}`);
    expect(childText(item, "description")).toBe("Zajawka <b>z tagiem</b> & ampersand");
    expect(new Date(childText(item, "pubDate")).getTime()).toBeGreaterThan(0);
    expect(xml).not.toContain("<script>");
    for (const secret of [SECRET_PENDING, SECRET_REASON, "Odrzucona", "Z innej gminy", "Ze zdjęciem"])
      expect(xml).not.toContain(secret);
  });

  it("Atom 1.0 is well-formed XML in the Atom namespace, with the body as text content", async () => {
    const response = await callLoader(atomLoader, { url: "/news.atom", context: context() });
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = parseXml(await response.text());
    expect(feed.name).toBe("feed");
    expect(feed.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    const entries = childrenNamed(feed, "entry");
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(childText(entry, "title")).toBe(HOSTILE_TITLE);
    expect(childText(entry, "content")).toBe("A\n\n<img src=x onerror=alert(1)>");
    expect(childrenNamed(entry, "link")[0]?.attributes.href).toBe(
      `https://ngo.czestochowa.example/aktualnosci/${ids.hostile}`,
    );
    expect(childText(childrenNamed(entry, "author")[0]!, "name")).toBe("Fundacja Oczami Brata");
    expect(Number.isNaN(Date.parse(childText(feed, "updated")))).toBe(false);
  });

  it("the API answers published news only, with public fields only, matching its schema", async () => {
    const response = await callLoader(apiLoader, { url: "/api/v1/news?pageSize=1000", context: context() });
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = ApiNewsListSchema.parse(JSON.parse(text));
    expect(body.pageSize).toBe(50);
    expect(body.items.map((i) => i.id)).toEqual([ids.hostile]);
    expect(Object.keys(body.items[0]!).sort()).toEqual(
      ["body", "id", "image", "lead", "organization", "publishedAt", "title", "url"].sort(),
    );
    expect(body.items[0]!.organization?.profileUrl).toBe(
      `https://ngo.czestochowa.example/organizacje/${w.organizationId}`,
    );
    for (const secret of [
      SECRET_PENDING,
      SECRET_REASON,
      w.owner.email,
      w.coordinator.id,
      "submitted",
      "rejection",
    ])
      expect(text).not.toContain(secret);
    const bad = await callLoader(apiLoader, { url: "/api/v1/news?page=0", context: context() });
    expect(bad.status).toBe(400);
  });

  it("a news page exists only when published; the picture is served with its sniffed type and nosniff", async () => {
    const page = await callLoader(newsPageLoader, {
      url: "/x",
      params: { id: ids.hostile },
      context: context(),
    });
    expect(page.item.title).toBe(HOSTILE_TITLE);
    for (const id of [ids.pending, ids.rejected, "' or 1=1 --"]) {
      const refused = await Promise.resolve(
        callLoader(newsPageLoader, { url: "/x", params: { id }, context: context() }),
      ).catch((e: unknown) => e as { init?: { status?: number } });
      expect((refused as { init?: { status?: number } }).init?.status, id).toBe(404);
    }
    const hidden = await Promise.resolve(
      callLoader(imageLoader, { url: "/x", params: { id: ids.withImage }, context: context() }),
    ).catch((e: unknown) => e as { init?: { status?: number } });
    expect((hidden as { init?: { status?: number } }).init?.status).toBe(404);
    const { approveNews } = await import("~/domain/news/approve-news");
    await approveNews({ ...w.staff, newsId: ids.withImage });
    const image = await callLoader(imageLoader, {
      url: "/x",
      params: { id: ids.withImage },
      context: context(),
    });
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG_BYTES);
  });
});
