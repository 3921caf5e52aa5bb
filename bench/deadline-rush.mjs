#!/usr/bin/env node
// deadline-rush: N generated organisations submit full offers (10 actions, 40 cost rows, 3
// indicators) concurrently over HTTP against the real server on PostgreSQL. Each virtual NGO posts
// its six sections as the section forms post them, then submits and reads its receipt number on
// the page it is sent to. Baseline in the same run: a bare node:http server (bench/_rush-baseline.mjs)
// storing the same JSON per section and a version row with a checksum in raw `pg` transactions,
// for the same requests at the same concurrency. Afterwards every receipt a client got is checked
// in the database (bench/_rush-verify.ts). Goal: ratio ≥ 0.5, p99 ≤ 10 × p50, 0 errors.
// Options: --quick (40 offers, 10 at once), --offers=N, --concurrency=C.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  cpuMsOf,
  dropDatabase,
  freshDatabase,
  httpClient,
  percentile,
  pool,
  prepareRushOffers,
  printTable,
  processCpuMs,
  startRushBaseline,
  startServer,
  stopProcess,
} from "./_lib.mjs";

const quick = process.argv.includes("--quick");
const opt = (name, fallback) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const N = opt("offers", quick ? 40 : 300);
const C = opt("concurrency", quick ? 10 : 50);
const GOAL = 0.5;
const TAIL = 10;
const PORT = 3295;
const BASE_PORT = 3296;
const DB = "pozytek_bench_rush";
const budgetMs = quick ? 45_000 : 600_000;
const tmp = path.join(os.tmpdir(), `pozytek-rush-${process.pid}`);
const RECEIPT = /OF\/\d{4}\/\d{6}/;

const databaseUrl = await freshDatabase(DB);
let server = null;
let baseline = null;
const cleanup = async () => {
  if (server) await stopProcess(server);
  if (baseline) await stopProcess(baseline);
  server = baseline = null;
};
process.once("SIGINT", () => cleanup().then(() => process.exit(130)));

try {
  const t0 = performance.now();
  server = await startServer({ port: PORT, databaseUrl });
  const offers = prepareRushOffers(N, `${tmp}.json`, { DATABASE_URL: databaseUrl });
  console.info(
    `prepared: server up, ${N} organisations with drafts in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  baseline = await startRushBaseline(BASE_PORT, databaseUrl);

  // A short warm-up of both (the app's first renders load modules), not counted.
  await warmUp(PORT, offers[0]);
  await warmUp(BASE_PORT, offers[0]);
  // Alternating rounds (ours, baseline, ours, baseline) so that drift in the machine's load hits both.
  let ours = [];
  let base = [];
  const half = Math.ceil(offers.length / 2);
  for (const part of [offers.slice(0, half), offers.slice(half)]) {
    ours.push(await rush(PORT, part, C, server.pid));
    base.push(await rush(BASE_PORT, part, C, baseline.pid));
  }
  const merged = (rounds) => ({
    rate: rounds.reduce((n, r) => n + r.receipts.length, 0) / rounds.reduce((t, r) => t + r.seconds, 0),
    ...Object.fromEntries(
      ["sequence", "submit", "errors", "receipts"].map((k) => [k, rounds.flatMap((r) => r[k])]),
    ),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    cpu: Object.fromEntries(
      ["server", "database", "client"].map((k) => [k, rounds.reduce((t, r) => t + r.cpu[k], 0)]),
    ),
    steps: Object.fromEntries(
      Object.keys(rounds[0].steps).map((k) => [k, rounds.flatMap((r) => r.steps[k] ?? [])]),
    ),
  });
  ours = merged(ours);
  base = merged(base);

  writeFileSync(`${tmp}-receipts.json`, JSON.stringify(ours.receipts));
  const verify = spawnSync("node_modules/.bin/tsx", ["bench/_rush-verify.ts", `${tmp}-receipts.json`], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const verified = JSON.parse(verify.stdout || "{}");
  await cleanup();

  const ratio = ours.rate / base.rate;
  const both = [
    ["pozytek", ours],
    ["baseline", base],
  ];
  const ms = (x) => x.toFixed(0);
  printTable([
    [
      "scenario",
      "offers",
      "conc",
      "subm/s",
      "seq p50 ms",
      "seq p99 ms",
      "submit p50 ms",
      "submit p99 ms",
      "requests",
      "errors",
    ],
    ...both.map(([label, r]) => [
      label,
      N,
      C,
      r.rate.toFixed(2),
      ms(percentile(r.sequence, 0.5)),
      ms(percentile(r.sequence, 0.99)),
      ms(percentile(r.submit, 0.5)),
      ms(percentile(r.submit, 0.99)),
      r.requests,
      r.errors.length,
    ]),
  ]);
  console.info("");
  const names = Object.keys(ours.steps);
  printTable([
    ["p50 ms per request", ...names],
    ...both.map(([label, r]) => [label, ...names.map((n) => ms(percentile(r.steps[n] ?? [], 0.5)))]),
  ]);
  console.info("");
  // What the two cores were busy with, per offer received (/proc; the database's when it runs here).
  printTable([
    ["CPU ms per offer", "server", "postgresql", "load generator", "total"],
    ...both.map(([label, r]) => {
      const { server: serverMs, database: databaseMs, client: clientMs } = r.cpu;
      const offers = Math.max(1, r.receipts.length);
      return [
        label,
        ...[serverMs, databaseMs, clientMs, serverMs + databaseMs + clientMs].map((ms) =>
          (ms / offers).toFixed(1),
        ),
      ];
    }),
  ]);
  for (const e of ours.errors.slice(0, 5)) console.info(`error: ${e}`);
  if (verify.status !== 0) console.info("verify: the check itself failed");
  else
    console.info(
      `verify: ${verified.receipts} receipts, ${verified.once} in the database exactly once, ${verified.checksumsMatch} checksums match, ${verified.multiVersionOffers} offers with 2+ versions`,
    );
  const missed = [];
  if (!(ratio >= GOAL)) missed.push(`ratio ${ratio.toFixed(2)} < ${GOAL}`);
  for (const [label, xs] of [
    ["sequence", ours.sequence],
    ["submit", ours.submit],
  ])
    if (percentile(xs, 0.99) > TAIL * percentile(xs, 0.5)) missed.push(`${label} p99 > ${TAIL} × p50`);
  if (ours.errors.length > 0) missed.push(`${ours.errors.length} errors`);
  if (ours.receipts.length !== N) missed.push(`${N - ours.receipts.length} offers without a receipt`);
  if (
    verify.status !== 0 ||
    verified.once !== ours.receipts.length ||
    verified.checksumsMatch !== ours.receipts.length ||
    verified.multiVersionOffers !== 0
  )
    missed.push("database check");
  console.info(
    `goal: ratio >= ${GOAL}, p99 <= ${TAIL} x p50, 0 errors, every receipt stored once with its checksum`,
  );
  if (missed.length > 0) console.info(`missed: ${missed.join("; ")}`);
  console.info(`ratio=${ratio.toFixed(2)}`);
  process.exitCode = missed.length === 0 ? 0 : 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
  rmSync(`${tmp}.json`, { force: true });
  rmSync(`${tmp}-receipts.json`, { force: true });
  if (!process.argv.includes("--keep")) await dropDatabase(DB).catch(() => {});
}

/** GETs of one offer's pages (nothing changes), so that first-render costs are not measured. */
async function warmUp(port, offer) {
  const client = httpClient(port, 4);
  for (let k = 0; k < 3; k++)
    for (const p of [...offer.sections.map((s) => s.path), offer.submit.path])
      await client.request("GET", p, { headers: { cookie: offer.cookie } });
  client.close();
}

/** Every offer's full sequence against one server, C at once, timed by the wall clock. */
async function rush(port, list, concurrency, pid) {
  const client = httpClient(port, concurrency);
  const sequence = [];
  const submit = [];
  const errors = [];
  const receipts = [];
  const steps = {};
  const step = (name, ms) => {
    steps[name] ??= [];
    steps[name].push(ms);
  };
  let requests = 0;
  const stopAt = Date.now() + budgetMs;
  const cpu0 = { server: processCpuMs(pid), database: cpuMsOf(/^postgres: /), client: process.cpuUsage() };
  const started = performance.now();
  await pool(list.length, concurrency, async (i) => {
    if (Date.now() > stopAt) {
      errors.push(`${list[i].offerId}: time budget exhausted`);
      return;
    }
    const offer = list[i];
    const headers = { cookie: offer.cookie };
    const t = performance.now();
    try {
      for (const s of offer.sections) {
        requests++;
        const tr = performance.now();
        const r = await client.request("POST", s.path, { body: s.body, headers });
        step(s.section, performance.now() - tr);
        if (r.status !== 302) throw new Error(`${s.section}: HTTP ${r.status} ${r.body.slice(0, 200)}`);
      }
      const ts = performance.now();
      requests++;
      const r = await client.request("POST", offer.submit.path, { body: offer.submit.body, headers });
      submit.push(performance.now() - ts);
      step("submit", performance.now() - ts);
      if (r.status !== 302 || !r.headers.location)
        throw new Error(`submit: HTTP ${r.status} ${r.body.slice(0, 300)}`);
      requests++;
      const tp = performance.now();
      const page = await client.request("GET", r.headers.location, { headers });
      step("page", performance.now() - tp);
      const receipt = RECEIPT.exec(page.body)?.[0];
      if (page.status !== 200 || !receipt)
        throw new Error(`receipt page: HTTP ${page.status}, no receipt number`);
      sequence.push(performance.now() - t);
      receipts.push({ offerId: offer.offerId, receiptNumber: receipt });
    } catch (error) {
      errors.push(`${offer.offerId}: ${error.message}`);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const clientCpu = process.cpuUsage(cpu0.client);
  const cpu = {
    server: processCpuMs(pid) - cpu0.server,
    database: cpuMsOf(/^postgres: /) - cpu0.database,
    client: (clientCpu.user + clientCpu.system) / 1000,
  };
  client.close();
  return { seconds, sequence, submit, errors, receipts, requests, steps, cpu };
}
