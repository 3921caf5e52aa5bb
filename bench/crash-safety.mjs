#!/usr/bin/env node
// crash-safety: a burst of offer submissions over HTTP, the server's process group killed with
// SIGKILL at a random moment, the server restarted on the same database: every submission the
// client saw acknowledged (the page with the receipt number and checksum) exists exactly once with
// that checksum, recomputed from the stored document; nothing is half-written (no version without
// its offer pointing to it, its audit line and its mail; no submitted offer without a version; no
// two versions of one revision); then every offer is submitted again: those that committed before
// the kill answer with their receipt, the others are submitted now, and each has one version. On
// PostgreSQL (a fresh database) and on PGlite on disk (a fresh DATA_DIR). Reuses deadline-rush's
// preparation (bench/_rush-setup.ts) and database check (bench/_rush-verify.ts).
// No baseline and no ratio: it ends with `violations=<n>` and exits non-zero when n > 0.
// Options: --quick (30 offers; full 150), --offers=N, --concurrency=C (10), --seed=S,
// --driver=postgresql|pglite (both by default), --keep (leave the database and data directory).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  dropDatabase,
  freshDatabase,
  httpClient,
  pool,
  prepareRushOffers,
  printTable,
  startServer,
  stopProcess,
} from "./_lib.mjs";

const quick = process.argv.includes("--quick");
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const N = Number(arg("offers") ?? (quick ? 30 : 150));
const C = Number(arg("concurrency") ?? 10);
const SEED = Number(arg("seed") ?? Math.floor(Math.random() * 2 ** 31));
const DRIVERS = arg("driver") ? [arg("driver")] : ["postgresql", "pglite"];
const PORT = 3297;
const DB = "pozytek_bench_crash";
const tmp = path.join(os.tmpdir(), `pozytek-crash-${process.pid}`);
const RECEIPT = /OF\/\d{4}\/\d{6}/;
const CHECKSUM = /[0-9A-F]{8}(?: [0-9A-F]{8}){7}/;

/** mulberry32: a small seeded generator, so a run's kill moments can be drawn again. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let server = null;
const cleanup = async () => {
  if (server) await stopProcess(server);
  server = null;
};
process.once("SIGINT", () => cleanup().then(() => process.exit(130)));

console.info(
  `seed=${SEED} offers=${N} concurrency=${C} (reproduce the kill moments with --seed=${SEED}; timing still varies)`,
);
const results = [];
let failed = false;
for (const driver of DRIVERS) {
  try {
    results.push(await scenario(driver));
  } catch (error) {
    console.error(`${driver}: ${error.stack ?? error}`);
    failed = true;
  } finally {
    await cleanup();
  }
}
if (results.length > 0) {
  console.info("");
  printTable([
    [
      "driver",
      "offers",
      "conc",
      "kill ms",
      "acknowledged",
      "unknown",
      "committed of unknown",
      "not sent",
      "repeated after",
      "submitted after",
      "restart ms",
      "violations",
    ],
    ...results.map((r) => [
      r.driver,
      N,
      C,
      `${r.killAt} of ${r.expected}`,
      r.acknowledged,
      r.unknown,
      r.committedOfUnknown,
      r.notSent,
      r.repeatedAfter,
      r.submittedAfter,
      r.restartMs,
      r.violations.length,
    ]),
  ]);
}
const violations = results.flatMap((r) => r.violations.map((v) => `${r.driver}: ${v}`));
for (const v of violations.slice(0, 20)) console.info(`violation: ${v}`);
if (failed) console.info("a driver's run failed before its checks (see above)");
console.info(
  "goal: every acknowledged receipt stored once with the checksum shown, nothing half-written, one version per offer after resubmission",
);
console.info(`violations=${violations.length}`);
process.exitCode = violations.length === 0 && !failed ? 0 : 1;

/** One driver: prepare, burst and kill, restart, check, resubmit everything, check again. */
async function scenario(driver) {
  const pglite = driver === "pglite";
  const dataDir = pglite ? mkdtempSync(path.join(os.tmpdir(), "pozytek-bench-crash-")) : null;
  const databaseUrl = pglite ? null : await freshDatabase(DB);
  const where = pglite ? { dataDir } : { databaseUrl };
  const dbEnv = pglite ? { DATA_DIR: dataDir, DATABASE_URL: "" } : { DATABASE_URL: databaseUrl };
  const violations = [];
  let finished = false;
  // The server's log (stdout) goes to a file, so that a restart that fails says why.
  const start = () => startServer({ port: PORT, ...where, logFile: `${tmp}-${driver}-server.log` });
  try {
    const t0 = performance.now();
    // The first start migrates and seeds the demo; PGlite is one process's, so the preparation
    // runs between two starts there.
    server = await start();
    if (pglite) await stopServer();
    const offers = prepareRushOffers(N, `${tmp}.json`, dbEnv);
    if (pglite) server = await start();
    await saveSections(offers);
    await warmUp(offers[0]);
    console.info(
      `${driver}: prepared ${N} offers with every section saved in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    // The first wave (C offers) measures how long a wave takes; the kill lands in the burst of the rest.
    const calibration = offers.slice(0, C);
    const burst = offers.slice(C);
    const tc = performance.now();
    const first = await submitAll(calibration);
    const wave = performance.now() - tc;
    // One generator per driver, so that --driver=… with the seed draws the same fraction again.
    const fraction = 0.2 + 0.6 * rng(SEED + ["postgresql", "pglite"].indexOf(driver))();
    const rest = await submitAll(burst, {
      kill: { fraction, expected: Math.round(Math.ceil(burst.length / C) * wave) },
    });
    const { killAt, expected } = rest;
    const outcomes = [...first.outcomes, ...rest.outcomes];
    for (const o of [...first.outcomes, ...rest.outcomes].filter((x) => x.kind === "refused"))
      violations.push(`${o.offerId}: submission refused before the kill: ${o.error}`);
    if (first.outcomes.some((o) => o.kind !== "acknowledged"))
      violations.push("a submission of the first wave (before any kill) was not acknowledged");
    const acknowledged = outcomes.filter((o) => o.kind === "acknowledged");
    const unknown = outcomes.filter((o) => o.kind === "unknown" || o.kind === "redirected");
    const notSent = outcomes.filter((o) => o.kind === "notSent");
    if (rest.late) console.info(`${driver}: the burst ended before the kill moment; killed at its end`);
    console.info(
      `${driver}: killed at ${killAt} ms of ~${expected} ms expected (${Math.round(fraction * 100)} %); in flight: ${unknown.length}, acknowledged: ${acknowledged.length}`,
    );

    // Restart on the same database: migrations run again, PGlite replays its WAL.
    const tr = performance.now();
    try {
      server = await start();
    } catch (error) {
      throw new Error(`the server did not come back after the kill: ${error.message}`);
    }
    const restartMs = Math.round(performance.now() - tr);
    const ids = offers.map((o) => o.offerId);
    const before = await verify(acknowledged.map(receiptOf), ids);
    violations.push(...integrity(before, acknowledged.length, "after the restart"));
    const committed = (o) => (before.perOffer[o.offerId]?.versions ?? 0) > 0;
    for (const o of outcomes.filter((x) => x.kind === "redirected" && !committed(x)))
      violations.push(`${o.offerId}: the submit answered "submitted" but no version was stored`);
    for (const o of notSent.filter(committed))
      violations.push(`${o.offerId}: never sent, yet a version exists`);

    // Every offer again: committed ones answer with their receipt, the rest are submitted now.
    const again = await submitAll(offers);
    let repeatedAfter = 0;
    let submittedAfter = 0;
    for (const o of again.outcomes) {
      const had = before.perOffer[o.offerId];
      if (o.kind !== "acknowledged") {
        violations.push(`${o.offerId}: resubmission after the restart failed: ${o.error ?? o.kind}`);
        continue;
      }
      if (o.repeated) repeatedAfter++;
      else submittedAfter++;
      if (had?.versions > 0 && !(o.repeated && o.receiptNumber === had.receiptNumber))
        violations.push(
          `${o.offerId}: committed before the kill as ${had.receiptNumber}, resubmission gave ${o.receiptNumber} (repeated: ${o.repeated})`,
        );
      if (!(had?.versions > 0) && o.repeated)
        violations.push(
          `${o.offerId}: no version after the restart, yet the resubmission was "already submitted"`,
        );
    }
    const after = await verify(again.outcomes.filter((o) => o.kind === "acknowledged").map(receiptOf), ids, {
      restart: false,
    });
    violations.push(
      ...integrity(
        after,
        again.outcomes.filter((o) => o.kind === "acknowledged").length,
        "after the resubmission",
      ),
    );
    for (const id of ids)
      if (after.perOffer[id]?.versions !== 1)
        violations.push(`${id}: ${after.perOffer[id]?.versions ?? 0} versions after the resubmission`);
    finished = true;
    return {
      driver,
      killAt,
      expected,
      acknowledged: acknowledged.length,
      unknown: unknown.length,
      committedOfUnknown: unknown.filter(committed).length,
      notSent: notSent.length,
      repeatedAfter,
      submittedAfter,
      restartMs,
      violations,
    };
  } finally {
    await cleanup();
    rmSync(`${tmp}.json`, { force: true });
    rmSync(`${tmp}-receipts.json`, { force: true });
    rmSync(`${tmp}-ids.json`, { force: true });
    if (finished && violations.length === 0) rmSync(`${tmp}-${driver}-server.log`, { force: true });
    else console.info(`${driver}: the server's log is in ${tmp}-${driver}-server.log`);
    if (!process.argv.includes("--keep")) {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      else await dropDatabase(DB).catch(() => {});
    } else console.info(`${driver}: kept ${dataDir ?? databaseUrl}`);
  }

  /** The database check (bench/_rush-verify.ts); on PGlite the server is stopped around it. */
  async function verify(receipts, offerIds, { restart = true } = {}) {
    if (pglite) await stopServer();
    writeFileSync(`${tmp}-receipts.json`, JSON.stringify(receipts));
    writeFileSync(`${tmp}-ids.json`, JSON.stringify(offerIds));
    const r = spawnSync(
      "node_modules/.bin/tsx",
      ["bench/_rush-verify.ts", `${tmp}-receipts.json`, `${tmp}-ids.json`],
      {
        env: { ...process.env, ...dbEnv },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (r.status !== 0) throw new Error("the database check itself failed");
    if (pglite && restart) server = await start();
    return JSON.parse(r.stdout);
  }
}

async function stopServer() {
  await stopProcess(server);
  server = null;
}

function receiptOf(o) {
  return { offerId: o.offerId, receiptNumber: o.receiptNumber, checksum: o.checksum };
}

/** What the database check found wrong, as sentences. */
function integrity(v, receipts, when) {
  const out = [];
  const expect = (ok, text) => ok || out.push(`${when}: ${text}`);
  expect(
    v.once === receipts,
    `${receipts - v.once} acknowledged receipts not stored exactly once for their offer`,
  );
  expect(
    v.checksumsAsSeen === receipts,
    `${receipts - v.checksumsAsSeen} stored checksums differ from the page's`,
  );
  expect(
    v.checksumsMatch === receipts,
    `${receipts - v.checksumsMatch} receipts whose document does not hash to its checksum`,
  );
  expect(v.offers === N, `${v.offers} of ${N} offers found`);
  expect(v.multiVersionOffers === 0, `${v.multiVersionOffers} offers with two or more versions`);
  expect(v.duplicateRevisions === 0, `${v.duplicateRevisions} offers with two versions of one revision`);
  expect(
    v.versionNotPointed === 0,
    `${v.versionNotPointed} versions their offer does not point to (or not submitted)`,
  );
  expect(
    v.submittedWithoutVersion === 0,
    `${v.submittedWithoutVersion} submitted offers without their version`,
  );
  expect(
    v.checksumMismatches === 0,
    `${v.checksumMismatches} versions whose document does not hash to their checksum`,
  );
  expect(
    v.versionsWithoutOneAudit === 0,
    `${v.versionsWithoutOneAudit} versions without exactly one audit line`,
  );
  expect(v.versionsWithoutMail === 0, `${v.versionsWithoutMail} versions without their confirmation mail`);
  return out;
}

/** Posts every section form of every offer (C at once), as deadline-rush's NGOs do before submitting. */
async function saveSections(offers) {
  const client = httpClient(PORT, C);
  await pool(offers.length, C, async (i) => {
    const offer = offers[i];
    for (const s of offer.sections) {
      const r = await client.request("POST", s.path, { body: s.body, headers: { cookie: offer.cookie } });
      if (r.status !== 302)
        throw new Error(`${offer.offerId} ${s.section}: HTTP ${r.status} ${r.body.slice(0, 200)}`);
    }
  });
  client.close();
}

/** GETs of one offer's overview (nothing changes), so that first renders are not in the burst. */
async function warmUp(offer) {
  const client = httpClient(PORT, 2);
  for (let k = 0; k < 3; k++)
    await client.request("GET", offer.submit.path, { headers: { cookie: offer.cookie } });
  client.close();
}

/**
 * Submits the offers C at once and reads each receipt page. With `kill`, the server's process group
 * gets SIGKILL once the elapsed time reaches `fraction` of the burst's expected duration (the
 * first wave's estimate until C submissions have answered, then the one their pace gives), and
 * nothing more is sent; a burst that ends first is killed at its end. Each outcome: acknowledged
 * (receipt and checksum read on the page), redirected (the submit answered, the page did not),
 * unknown (no answer to the submit: refused, reset) or notSent.
 */
async function submitAll(list, { kill = null } = {}) {
  const client = httpClient(PORT, C);
  const outcomes = [];
  let killed = false;
  let dead = Promise.resolve();
  let killAt = null;
  let expected = kill?.expected ?? null;
  const started = performance.now();
  const killNow = () => {
    killed = true;
    killAt = Math.round(performance.now() - started);
    dead = stopProcess(server, "SIGKILL");
  };
  const timer =
    kill === null
      ? null
      : setInterval(() => {
          if (killed) return;
          const elapsed = performance.now() - started;
          if (outcomes.length >= C) expected = Math.round((elapsed * list.length) / outcomes.length);
          if (elapsed >= kill.fraction * expected) killNow();
        }, 5);
  await pool(list.length, C, async (i) => {
    const offer = list[i];
    const headers = { cookie: offer.cookie };
    if (killed) {
      outcomes.push({ offerId: offer.offerId, kind: "notSent" });
      return;
    }
    let r;
    try {
      r = await client.request("POST", offer.submit.path, { body: offer.submit.body, headers });
    } catch (error) {
      outcomes.push({ offerId: offer.offerId, kind: "unknown", error: error.message });
      return;
    }
    const notice = /komunikat=(submitted|alreadySubmitted)/.exec(r.headers.location ?? "")?.[1];
    if (r.status !== 302 || !notice) {
      outcomes.push({
        offerId: offer.offerId,
        kind: "refused",
        error: `HTTP ${r.status} ${/<title>([^<]*)/.exec(r.body)?.[1] ?? r.body.slice(0, 200)}`,
      });
      return;
    }
    try {
      const page = await client.request("GET", r.headers.location, { headers });
      const at = page.body.indexOf('data-testid="offer-receipt"');
      const box = at < 0 ? "" : page.body.slice(at);
      const receiptNumber = RECEIPT.exec(box)?.[0];
      const checksum = CHECKSUM.exec(box)?.[0];
      if (page.status !== 200 || !receiptNumber || !checksum)
        throw new Error(`receipt page: HTTP ${page.status}`);
      outcomes.push({
        offerId: offer.offerId,
        kind: "acknowledged",
        receiptNumber,
        checksum,
        repeated: notice === "alreadySubmitted",
      });
    } catch (error) {
      outcomes.push({ offerId: offer.offerId, kind: "redirected", error: error.message });
    }
  });
  if (timer) clearInterval(timer);
  const late = kill !== null && !killed;
  if (late) killNow();
  await dead;
  if (killed) server = null;
  client.close();
  return { outcomes, killed, late, killAt, expected };
}
