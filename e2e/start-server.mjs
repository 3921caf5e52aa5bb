#!/usr/bin/env node
// Starts the built app for the browser suite on a fresh database: a new PGlite data directory, or
// a freshly created PostgreSQL database when E2E_DATABASE_URL is set. Demo data is loaded.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

if (!existsSync("build/server/index.js") || !existsSync("build/start/main.mjs")) {
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const env = {
  ...process.env,
  APP_MODE: "demo",
  // As `npm start` runs it (React's production build).
  NODE_ENV: "production",
  LOG_LEVEL: "warn",
  APP_URL: `http://localhost:${process.env.PORT ?? 3210}`,
};
delete env.DATABASE_URL;
if (process.env.E2E_DATABASE_URL) {
  // One database per port, so two suites on different ports (E2E_PORT) do not drop each other's.
  const port = process.env.PORT ?? "3210";
  const name = port === "3210" ? "pozytek_e2e" : `pozytek_e2e_${port}`;
  const admin = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.E2E_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
} else {
  env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "pozytek-e2e-"));
}

// Mail goes over real SMTP to the suite's mail sink (e2e/mail-sink.ts), which tests read over HTTP.
env.MAIL_SINK_PORT = String(Number(process.env.PORT ?? 3210) + 89);
const sink = spawn("npx", ["tsx", "e2e/mail-sink.ts"], { stdio: ["ignore", "pipe", "inherit"], env });
env.SMTP_URL = await new Promise((resolve, reject) => {
  let out = "";
  sink.stdout.on("data", (chunk) => {
    out += chunk;
    const m = /SMTP_URL=(\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  sink.on("exit", (code) => reject(new Error(`mail sink exited with ${code}`)));
});
// A file the deadline tests write an offset into, to move the server's clock (demo mode only).
env.CLOCK_OFFSET_FILE = path.join(os.tmpdir(), `pozytek-e2e-clock-${process.env.PORT ?? 3210}`);
writeFileSync(env.CLOCK_OFFSET_FILE, "0");

// The browser specs change organisations and results and read them back anonymously at once; the
// anonymous page cache (docs/decisions/011) is proven by server/page-cache.server.test.ts instead.
env.PAGE_CACHE_TTL_SECONDS = "0";
// The reminders of reports, instalments and returns are looked for every few seconds, so the
// contract's browser test reads them from the mail sink without waiting hours.
env.REMINDERS_INTERVAL_SECONDS = "3";

// What `npm start` runs: the compiled server (scripts/build-server.mjs).
const child = spawn(process.execPath, ["--enable-source-maps", "build/start/main.mjs"], {
  stdio: "inherit",
  env,
});
const stop = () => {
  child.kill("SIGTERM");
  sink.kill("SIGTERM");
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => {
  sink.kill("SIGTERM");
  process.exit(code ?? 0);
});
