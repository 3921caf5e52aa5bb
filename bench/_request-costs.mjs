#!/usr/bin/env node
// A diagnostic beside deadline-rush (no ratio, no goal): the CPU time each step of a submission
// costs the server and PostgreSQL, ours against the baseline's. The same N prepared offers go
// through the rush's eight requests one step at a time (every offer's step before the next step,
// C at once), and the processes' CPU time (/proc) is read around each step.
// Run: `npm run build`, then node bench/_request-costs.mjs [--offers=N] [--concurrency=C].
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  cpuMsOf,
  dropDatabase,
  freshDatabase,
  httpClient,
  pool,
  prepareRushOffers,
  printTable,
  processCpuMs,
  startRushBaseline,
  startServer,
  stopProcess,
} from "./_lib.mjs";

const opt = (name, fallback) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const N = opt("offers", 200);
const C = opt("concurrency", 4);
const DB = "pozytek_bench_costs";
const file = path.join(os.tmpdir(), `pozytek-costs-${process.pid}.json`);

const databaseUrl = await freshDatabase(DB);
let server = null;
let baseline = null;
try {
  server = await startServer({ port: 3293, databaseUrl });
  const offers = prepareRushOffers(2 * N, file, { DATABASE_URL: databaseUrl });
  baseline = await startRushBaseline(3294, databaseUrl);

  // Each server gets its own offers (a baseline's save would otherwise meet our versions).
  const ours = await steps(3293, server.pid, offers.slice(0, N));
  const base = await steps(3294, baseline.pid, offers.slice(N));
  const names = Object.keys(ours);
  const row = (label, r, k) => [label, ...names.map((n) => r[n][k].toFixed(2))];
  printTable([
    ["CPU ms per request", ...names],
    row("pozytek server", ours, "server"),
    row("baseline server", base, "server"),
    row("pozytek postgresql", ours, "database"),
    row("baseline postgresql", base, "database"),
  ]);
  const sum = (r, k) => names.reduce((t, n) => t + r[n][k], 0).toFixed(1);
  console.info(
    `per offer: server ${sum(ours, "server")} ms vs ${sum(base, "server")} ms, postgresql ${sum(ours, "database")} ms vs ${sum(base, "database")} ms`,
  );
} finally {
  if (server) await stopProcess(server);
  if (baseline) await stopProcess(baseline);
  rmSync(file, { force: true });
  await dropDatabase(DB).catch(() => {});
}

/** The rush's requests step by step over `list`; CPU ms per request of the server and PostgreSQL. */
async function steps(port, pid, list) {
  const client = httpClient(port, C);
  const result = {};
  // A warm-up on the first offers' pages (nothing changes), as deadline-rush does.
  for (const offer of list.slice(0, 3))
    for (const p of [...offer.sections.map((s) => s.path), offer.submit.path])
      await client.request("GET", p, { headers: { cookie: offer.cookie } });
  const receipts = [];
  const step = async (name, task) => {
    const server0 = processCpuMs(pid);
    const database0 = cpuMsOf(/^postgres: /);
    await pool(list.length, C, task);
    result[name] = {
      server: (processCpuMs(pid) - server0) / list.length,
      database: (cpuMsOf(/^postgres: /) - database0) / list.length,
    };
  };
  const expect = (r, status, what) => {
    if (r.status !== status) throw new Error(`${what}: HTTP ${r.status}`);
    return r;
  };
  for (const [k, section] of list[0].sections.entries())
    await step(section.section, async (i) => {
      const s = list[i].sections[k];
      expect(
        await client.request("POST", s.path, { body: s.body, headers: { cookie: list[i].cookie } }),
        302,
        s.section,
      );
    });
  await step("submit", async (i) => {
    const { path: p, body } = list[i].submit;
    const r = expect(
      await client.request("POST", p, { body, headers: { cookie: list[i].cookie } }),
      302,
      "submit",
    );
    receipts[i] = r.headers.location;
  });
  await step("page", async (i) => {
    expect(await client.request("GET", receipts[i], { headers: { cookie: list[i].cookie } }), 200, "page");
  });
  client.close();
  return result;
}
