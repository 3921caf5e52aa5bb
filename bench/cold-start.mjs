#!/usr/bin/env node
// cold-start: `npm start`'s server on the embedded database, from process start to the first 200
// from /healthz, against a process that only opens the same PGlite data directory and runs
// `select 1`. Both run on a directory that is already migrated and seeded (a restart), after one
// priming start that creates it. Goal: ratio ≤ 2 (ours / baseline).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const quick = process.argv.includes("--quick");
const runs = quick ? 3 : 7;
const GOAL = 2;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "pozytek-bench-cold-"));
const port = 3290;

function startServer() {
  const t0 = performance.now();
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    APP_MODE: "demo",
    NODE_ENV: "production",
  };
  delete env.DATABASE_URL;
  // What `npm start` runs, without npm's own start-up in front of it.
  const child = spawn(process.execPath, ["--enable-source-maps", "build/start/main.mjs"], {
    env,
    stdio: "ignore",
    detached: true,
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    const poll = async () => {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (r.status === 200) {
          const ms = performance.now() - t0;
          child.once("exit", () => resolve(ms));
          process.kill(-child.pid, "SIGTERM");
          return;
        }
      } catch {}
      if (Date.now() > deadline) {
        process.kill(-child.pid, "SIGKILL");
        reject(new Error("server did not become healthy"));
        return;
      }
      setTimeout(poll, 20);
    };
    poll();
  });
}

function openPgliteAlone() {
  const script = `
    import { PGlite } from "@electric-sql/pglite";
    import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
    const db = await PGlite.create(${JSON.stringify(path.join(dataDir, "pglite"))}, { extensions: { pg_trgm } });
    await db.query("select 1");
    await db.close();`;
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "inherit" });
  return new Promise((resolve, reject) =>
    child.once("exit", (code) =>
      code === 0 ? resolve(performance.now() - t0) : reject(new Error(`baseline exit ${code}`)),
    ),
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const first = await startServer();
const ours = [];
const base = [];
for (let i = 0; i < runs; i++) {
  base.push(await openPgliteAlone());
  ours.push(await startServer());
}
rmSync(dataDir, { recursive: true, force: true });

const ratio = median(ours) / median(base);
console.info("scenario      runs  median ms  min ms  max ms");
console.info(`first start   1     ${first.toFixed(0).padStart(9)}`);
for (const [label, xs] of [
  ["pozytek", ours],
  ["pglite alone", base],
]) {
  console.info(
    `${label.padEnd(13)} ${String(xs.length).padEnd(5)} ${median(xs).toFixed(0).padStart(9)} ${Math.min(...xs)
      .toFixed(0)
      .padStart(7)} ${Math.max(...xs)
      .toFixed(0)
      .padStart(7)}`,
  );
}
console.info(`goal: ratio <= ${GOAL}`);
console.info(`ratio=${ratio.toFixed(2)}`);
process.exit(ratio <= GOAL ? 0 : 1);
