#!/usr/bin/env node
// Starts the built app for the browser suite on a fresh database: a new PGlite data directory, or
// a freshly created PostgreSQL database when E2E_DATABASE_URL is set. Demo data is loaded.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

if (!existsSync("build/server/index.js")) {
  const r = spawnSync("npx", ["react-router", "build"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const env = {
  ...process.env,
  APP_MODE: "demo",
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

const child = spawn("npx", ["tsx", "server/main.ts"], { stdio: "inherit", env });
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
