#!/usr/bin/env node
// `npm test`: every test. Unit and database tests on PGlite (and on PostgreSQL too when
// TEST_DATABASE_URL is set), then the browser suite in Chromium when one is installed
// (required in CI, where .ci/run installs it).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run("npx", ["vitest", "run"]);

const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!chromium) {
  if (process.env.CI) {
    console.error("Brak Chromium: w CI testy przeglądarkowe są obowiązkowe (apt-get install -y chromium).");
    process.exit(1);
  }
  console.warn("Pominięto testy przeglądarkowe: brak Chromium (apt-get install -y chromium).");
  process.exit(0);
}
run("npx", ["playwright", "test"], { CHROMIUM_PATH: chromium });
if (process.env.TEST_DATABASE_URL) {
  run("npx", ["playwright", "test"], {
    CHROMIUM_PATH: chromium,
    E2E_DATABASE_URL: process.env.TEST_DATABASE_URL,
  });
}
