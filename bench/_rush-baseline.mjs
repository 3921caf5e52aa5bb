// deadline-rush baseline: a bare node:http server answering the same requests as the app's offer
// pages with the least work that stores the same data: a section post turns the form into nested
// JSON and writes it in one raw `pg` transaction (version-guarded); a submit, in one transaction,
// locks the offer, reads its sections, freezes them into a version row with a SHA-256 checksum and
// a receipt number; the page after it shows the receipt. Run: node bench/_rush-baseline.mjs <port>.
import { createHash } from "node:crypto";
import http from "node:http";
import pg from "pg";

const port = Number(process.argv[2]);
// The app's pool is 10 connections as well (platform/db/client.server.ts).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const SLUGS = {
  oferenci: "offerors",
  opis: "task",
  charakterystyka: "profile",
  koszty: "costs",
  inne: "other",
  oswiadczenia: "declarations",
};

function nested(form) {
  const root = {};
  for (const [name, value] of form) {
    if (name === "_csrf" || name === "intent" || name === "version" || name.startsWith("_")) continue;
    const path = name.split(".");
    let node = root;
    for (const s of path.slice(0, -1)) node = node[s] ??= {};
    node[path[path.length - 1]] = value;
  }
  return root;
}

async function inTransaction(fn) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const result = await fn(client);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

async function handle(req, res) {
  const url = new URL(req.url, "http://x");
  const parts = url.pathname.split("/").filter(Boolean); // panel, oferty, id[, slug]
  const offerId = parts[2];
  if (req.method === "GET") {
    const { rows } = await pool.query(
      "select receipt_number, checksum from bench_baseline.versions where offer_id = $1 order by number desc limit 1",
      [offerId],
    );
    const r = rows[0];
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><title>Oferta</title><p>Numer potwierdzenia: ${r?.receipt_number ?? "—"}</p><p>${r?.checksum ?? ""}</p>`,
    );
    return;
  }
  let body = "";
  for await (const chunk of req) body += chunk;
  const form = new URLSearchParams(body);
  const section = SLUGS[parts[3]];
  if (section) {
    const content = JSON.stringify(nested(form));
    const saved = await inTransaction(async (c) => {
      await c.query("select id from bench_baseline.offers where id = $1 for update", [offerId]);
      const r = await c.query(
        "update bench_baseline.sections set content = $3::jsonb, version = version + 1, updated_at = now() where offer_id = $1 and section = $2 and version = $4 returning version",
        [offerId, section, content, Number(form.get("version"))],
      );
      await c.query(
        "update bench_baseline.offers set revision = revision + 1, updated_at = now() where id = $1",
        [offerId],
      );
      return r.rowCount === 1;
    });
    res.writeHead(saved ? 302 : 409, { location: url.pathname });
    res.end();
    return;
  }
  const number = await inTransaction(async (c) => {
    await c.query("select id from bench_baseline.offers where id = $1 for update", [offerId]);
    const { rows } = await c.query(
      "select section, content from bench_baseline.sections where offer_id = $1 order by section",
      [offerId],
    );
    const document = JSON.stringify(Object.fromEntries(rows.map((r) => [r.section, r.content])));
    const checksum = createHash("sha256").update(document).digest("hex");
    const n = (await c.query("select nextval('bench_baseline.receipt_seq')::text as n")).rows[0].n;
    const receipt = `OF/${new Date().getFullYear()}/${n.padStart(6, "0")}`;
    await c.query(
      "insert into bench_baseline.versions (offer_id, number, content, checksum, receipt_number, submitted_at) values ($1, 1, $2::jsonb, $3, $4, now())",
      [offerId, document, checksum, receipt],
    );
    await c.query("update bench_baseline.offers set status = 'submitted', updated_at = now() where id = $1", [
      offerId,
    ]);
    return 1;
  });
  res.writeHead(302, { location: `${url.pathname}?komunikat=submitted&wersja=${number}` });
  res.end();
}

http
  .createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500);
      res.end(String(error));
    });
  })
  .listen(port, "127.0.0.1", () => process.send?.("ready"));
