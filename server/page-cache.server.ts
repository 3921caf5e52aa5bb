import type { NextFunction, Request, Response } from "express";
import { readPreferences } from "../app/lib/preferences.server";
import { parseCookies, serializeCookie } from "../platform/auth/cookies";
import { CSRF_COOKIE, csrfTokenFor, newCsrfSeed } from "../platform/auth/csrf.server";
import { SESSION_COOKIE } from "../platform/auth/session.server";

/*
 * A small shared cache of anonymous GETs of the public NGO base (/organizacje, a profile, and
 * /api/v1/organizations), in front of React Router's rendering, per process (see
 * docs/decisions/011-anonymous-page-cache.md). Only visitors without a session cookie are served
 * from it; only 200 answers in HTML or JSON are kept, and only when they set no cookie but the
 * CSRF seed's. Every HTML page carries the visitor's CSRF token (the shell's forms and its loader
 * data): it is kept as a placeholder and each visitor gets their own token put back, from their
 * own seed cookie or a new one set exactly as the root middleware would.
 */

/** The public NGO base: the search page, a profile, and the API's list and item. */
const CACHEABLE_PATHS = [
  /^\/organizacje\/?$/,
  /^\/organizacje\/[0-9a-f-]{36}\/?$/i,
  /^\/api\/v1\/organizations\/?$/,
  /^\/api\/v1\/organizations\/[^/]{1,64}\/?$/,
];
/** A page larger than this is passed through uncached (the NGO base's pages are ~30 KB). */
const MAX_BODY_BYTES = 1_000_000;
/** Headers of the stored answer that belong to one connection or one visitor. */
const NOT_STORED = new Set([
  "set-cookie",
  "content-length",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "etag",
  "x-page-cache",
]);
/** The root middleware's CSRF cookie lifetime (30 days). */
const CSRF_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;

export interface PageCacheOptions {
  /** How long an answer is served; 0 turns the cache off. */
  ttlMs: number;
  /** Entries kept at most; the least recently used goes first. */
  maxEntries: number;
  /** The process's CSRF signing secret (null until the app is ready: nothing is cached). */
  signingSecret: () => string | null;
  /** Whether cookies are Secure (env.COOKIE_SECURE), as the root middleware sets them. */
  secureCookie: boolean;
  now?: () => number;
}

interface Entry {
  expiresAt: number;
  headers: [string, string | string[]][];
  /** The body cut at the visitor's CSRF token (one part when the answer holds none). */
  parts: Buffer[];
  isPage: boolean;
}

/** PAGE_CACHE_TTL_SECONDS (default 30; 0 turns the cache off) in milliseconds. */
export function pageCacheTtlMs(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 30_000;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
}

export function isCacheablePath(path: string): boolean {
  return CACHEABLE_PATHS.some((re) => re.test(path));
}

export function createPageCache(options: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  const now = options.now ?? Date.now;

  function lookup(key: string): Entry | null {
    const entry = entries.get(key);
    if (!entry) return null;
    entries.delete(key);
    if (entry.expiresAt <= now()) return null;
    entries.set(key, entry); // most recently used last
    return entry;
  }

  function store(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    while (entries.size > options.maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
  }

  /** Express middleware: answers from the cache, or lets `next` render and keeps the answer. */
  function middleware(req: Request, res: Response, next: NextFunction): void {
    const secret = options.signingSecret();
    if (options.ttlMs <= 0 || req.method !== "GET" || !secret || !isCacheablePath(req.path)) {
      next();
      return;
    }
    const cookies = parseCookies(req.headers.cookie ?? null);
    if (cookies[SESSION_COOKIE] !== undefined) {
      res.setHeader("X-Page-Cache", "bypass");
      next();
      return;
    }
    const existingSeed = cookies[CSRF_COOKIE];
    const seed = existingSeed && existingSeed.length <= 64 ? existingSeed : null;
    const preferences = readPreferences(cookies.pz_prefs, req.get("accept-language") ?? null);
    const key = JSON.stringify([req.protocol, req.get("host") ?? "", req.originalUrl, preferences]);

    const entry = lookup(key);
    if (entry) {
      serve(res, entry, seed, secret);
      return;
    }
    res.setHeader("X-Page-Cache", "miss");
    capture(res, (status, body) => {
      const kept = keepable(res, status, body, seed, secret);
      if (kept) store(key, { ...kept, expiresAt: now() + options.ttlMs });
    });
    next();
  }

  function serve(res: Response, entry: Entry, seed: string | null, secret: string) {
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader("X-Page-Cache", "hit");
    let body: Buffer;
    if (entry.isPage) {
      const visitorSeed = seed ?? newCsrfSeed();
      const token = Buffer.from(csrfTokenFor(secret, visitorSeed));
      body = Buffer.concat(entry.parts.flatMap((part, i) => (i === 0 ? [part] : [token, part])));
      if (!seed)
        res.append(
          "Set-Cookie",
          serializeCookie(CSRF_COOKIE, visitorSeed, {
            secure: options.secureCookie,
            maxAgeSeconds: CSRF_COOKIE_MAX_AGE,
          }),
        );
    } else body = entry.parts[0] ?? Buffer.alloc(0);
    res.status(200).setHeader("Content-Length", body.length);
    res.end(body);
  }

  /** What may be stored of a finished answer, or null: anything unusual is simply not cached. */
  function keepable(
    res: Response,
    status: number,
    body: Buffer,
    requestSeed: string | null,
    secret: string,
  ): Omit<Entry, "expiresAt"> | null {
    if (status !== 200) return null;
    const type = String(res.getHeader("content-type") ?? "");
    const isPage = type.startsWith("text/html");
    if (!isPage && !type.startsWith("application/json")) return null;
    const setCookies = ([] as string[]).concat((res.getHeader("set-cookie") as string[] | string) ?? []);
    // The only cookie allowed is the CSRF seed a page gives a new visitor; whatever else: not kept.
    let seed = requestSeed;
    for (const cookie of setCookies) {
      const [pair = ""] = cookie.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      if (!isPage || name !== CSRF_COOKIE || seed) return null;
      seed = decodeURIComponent(pair.slice(name.length + 1));
    }
    const headers = Object.entries(res.getHeaders())
      .filter(([name, value]) => value !== undefined && !NOT_STORED.has(name.toLowerCase()))
      .map(
        ([name, value]) =>
          [name, Array.isArray(value) ? value : String(value)] as [string, string | string[]],
      );
    if (!isPage) return { headers, parts: [body], isPage };
    if (!seed) return null;
    // The seed itself never appears in a page; if it did, the page would leak it to the next visitor.
    if (body.includes(seed)) return null;
    const token = Buffer.from(csrfTokenFor(secret, seed));
    const parts: Buffer[] = [];
    let from = 0;
    for (let at = body.indexOf(token); at !== -1; at = body.indexOf(token, from)) {
      parts.push(body.subarray(from, at));
      from = at + token.length;
    }
    parts.push(body.subarray(from));
    return { headers, parts, isPage };
  }

  return {
    middleware,
    size: () => entries.size,
    clear: () => entries.clear(),
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

/**
 * Collects what the handler writes (passing it on unchanged) and hands the whole body to `done`
 * when the answer ends, unless it grew too large or the connection closed first.
 */
function capture(res: Response, done: (status: number, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.write = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return write(...args);
  }) as Response["write"];
  res.end = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return end(...args);
  }) as Response["end"];
  // "finish": the whole answer was handed to the connection (not fired when it closed first).
  res.once("finish", () => {
    if (!overflow) done(res.statusCode, Buffer.concat(chunks));
  });
}
