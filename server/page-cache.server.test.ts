import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseCookies, serializeCookie } from "../platform/auth/cookies";
import { CSRF_COOKIE, csrfTokenFor, newCsrfSeed, verifyCsrf } from "../platform/auth/csrf.server";
import { createPageCache, isCacheablePath, pageCacheTtlMs } from "./page-cache.server";

/*
 * The anonymous page cache in front of a stand-in for React Router that behaves as the root
 * middleware does: a page embeds the visitor's CSRF token (a form field and the loader data) and
 * gives a new visitor the seed cookie; the API sets no cookie. Each render is counted.
 */

const SECRET = "s".repeat(32);
const TTL = 30_000;
let clock = 0;
let renders = 0;
let extraCookie = false;
const cache = createPageCache({
  ttlMs: TTL,
  maxEntries: 3,
  signingSecret: () => SECRET,
  secureCookie: false,
  now: () => clock,
});

function renderApp(req: express.Request, res: express.Response) {
  renders++;
  const cookies = parseCookies(req.headers.cookie ?? null);
  const existing = cookies[CSRF_COOKIE];
  const seed = existing && existing.length <= 64 ? existing : newCsrfSeed();
  const token = csrfTokenFor(SECRET, seed);
  if (req.path.startsWith("/api/")) {
    res.json({ items: [{ name: `Fundacja ${String(req.query.q ?? "")}` }], render: renders });
    return;
  }
  if (req.path === "/organizacje/00000000-0000-4000-8000-000000000000") {
    res.status(404).type("html").send("<h1>Nie ma</h1>");
    return;
  }
  if (seed !== existing) res.append("Set-Cookie", serializeCookie(CSRF_COOKIE, seed, { secure: false }));
  if (extraCookie) res.append("Set-Cookie", "pz_other=1; Path=/");
  const lang = parseCookies(req.headers.cookie ?? null).pz_prefs?.includes("lang=en") ? "en" : "pl";
  res.type("html");
  // Written in pieces, as React's stream does.
  res.write(`<html lang="${lang}"><form><input name="_csrf" value="${token}"></form>`);
  res.write(`<p>render ${renders} q=${String(req.query.q ?? "")}</p>`);
  res.end(`<script>window.__ctx={"csrfToken":"${token}"}</script></html>`);
}

const app = express();
app.use((req, res) => cache.middleware(req, res, () => renderApp(req, res)));
let base = "";
let server: ReturnType<typeof app.listen>;

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  cache.clear();
  clock = 1_000_000;
  renders = 0;
  extraCookie = false;
});

async function get(path: string, cookie?: string) {
  const res = await fetch(base + path, { headers: cookie ? { cookie } : {} });
  const body = await res.text();
  const setCookie = res.headers.getSetCookie();
  const seedCookie = setCookie.find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  const seed = seedCookie ? decodeURIComponent(seedCookie.split(";")[0]?.split("=")[1] ?? "") : null;
  const tokens = [...body.matchAll(/value="([^"]+)"|"csrfToken":"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  return { status: res.status, body, cache: res.headers.get("x-page-cache"), setCookie, seed, tokens };
}

describe("anonymous page cache", () => {
  it("renders on a miss, answers the same address from memory on a hit", async () => {
    const first = await get("/organizacje?q=zielona");
    const second = await get("/organizacje?q=zielona");
    expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
    expect(renders).toBe(1);
    expect(second.body.replace(/value="[^"]+"|"csrfToken":"[^"]+"/g, "")).toBe(
      first.body.replace(/value="[^"]+"|"csrfToken":"[^"]+"/g, ""),
    );
    // Another query, another entry.
    expect((await get("/organizacje?q=sportowa")).cache).toBe("miss");
    expect(renders).toBe(2);
  });

  it("caches the API's JSON as it is, without cookies", async () => {
    const a = await get("/api/v1/organizations?q=x");
    const b = await get("/api/v1/organizations?q=x");
    expect([a.cache, b.cache]).toEqual(["miss", "hit"]);
    expect(JSON.parse(b.body)).toEqual(JSON.parse(a.body));
    expect(b.setCookie).toEqual([]);
    expect(renders).toBe(1);
  });

  it("never hands one visitor's CSRF token to another", async () => {
    const alice = await get("/organizacje");
    const bob = await get("/organizacje");
    expect(bob.cache).toBe("hit");
    expect(alice.seed && bob.seed).toBeTruthy();
    expect(bob.seed).not.toBe(alice.seed);
    for (const [visitor, seed] of [
      [alice, alice.seed],
      [bob, bob.seed],
    ] as const) {
      expect(visitor.tokens).toHaveLength(2);
      for (const token of visitor.tokens) expect(verifyCsrf(SECRET, seed ?? "", token ?? null)).toBe(true);
    }
    expect(bob.body).not.toContain(alice.tokens[0]);
    // A returning visitor keeps their seed: their token, no new cookie.
    const carol = newCsrfSeed();
    const again = await get("/organizacje", `${CSRF_COOKIE}=${carol}`);
    expect(again.cache).toBe("hit");
    expect(again.setCookie).toEqual([]);
    expect(again.tokens).toEqual([csrfTokenFor(SECRET, carol), csrfTokenFor(SECRET, carol)]);
    expect(renders).toBe(1);
  });

  it("bypasses the cache for anyone with a session cookie", async () => {
    await get("/organizacje");
    const member = await get("/organizacje", "pz_session=abc");
    expect(member.cache).toBe("bypass");
    expect(renders).toBe(2);
  });

  it("keys on the display preferences and forgets entries after the TTL", async () => {
    await get("/organizacje");
    const english = await get("/organizacje", "pz_prefs=lang%3Den");
    expect(english.cache).toBe("miss");
    expect(english.body).toContain('lang="en"');
    clock += TTL - 1;
    expect((await get("/organizacje")).cache).toBe("hit");
    clock += 1;
    expect((await get("/organizacje")).cache).toBe("miss");
    expect(renders).toBe(3);
  });

  it("keeps no error pages, no answers with other cookies, and at most maxEntries", async () => {
    expect((await get("/organizacje/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await get("/organizacje/00000000-0000-4000-8000-000000000000")).cache).toBe("miss");
    extraCookie = true;
    await get("/organizacje?q=a");
    expect((await get("/organizacje?q=a")).cache).toBe("miss");
    extraCookie = false;
    cache.clear();
    for (const q of ["1", "2", "3", "4"]) await get(`/organizacje?q=${q}`);
    expect(cache.size()).toBe(3);
    expect((await get("/organizacje?q=1")).cache).toBe("miss");
    expect((await get("/organizacje?q=4")).cache).toBe("hit");
  });

  it("covers only the public NGO base, and reads its TTL from the environment", () => {
    expect(isCacheablePath("/organizacje")).toBe(true);
    expect(isCacheablePath("/organizacje/0b9c1f7e-3d7a-4a57-9a55-0f3e2a1c9d11")).toBe(true);
    expect(isCacheablePath("/api/v1/organizations")).toBe(true);
    for (const path of [
      "/organizacje/zglos",
      "/organizacje.csv",
      "/panel/organizacje/x",
      "/urzad/organizacje",
    ])
      expect(isCacheablePath(path), path).toBe(false);
    expect(pageCacheTtlMs(undefined)).toBe(30_000);
    expect(pageCacheTtlMs("5")).toBe(5_000);
    expect(pageCacheTtlMs("0")).toBe(0);
    expect(pageCacheTtlMs("nonsense")).toBe(0);
  });
});
