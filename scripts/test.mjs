#!/usr/bin/env node
// `npm test`: every test. Unit and database tests on PGlite (and on PostgreSQL too when
// TEST_DATABASE_URL is set), then the browser suite in Chromium when one is installed (required in
// CI, where .ci/run installs it): on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
// Ends with one line "N passed, N failed" counting every test run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";

const reports = mkdtempSync(path.join(os.tmpdir(), "pozytek-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Names of failed tests, repeated just above the summary line so that a log's tail shows them. */
const failures = [];
let exitCode = 0;

function run(label, cmd, args, env = {}) {
  console.info(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) exitCode = r.status ?? 1;
  return r.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const j = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += j.numPassedTests ?? 0;
  totals.failed += j.numFailedTests ?? 0;
  totals.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  for (const file of j.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== "failed") continue;
      const where = path.relative(process.cwd(), file.name);
      const why = String(test.failureMessages?.[0] ?? "")
        .split("\n")[0]
        .slice(0, 300);
      failures.push(`vitest ${where} › ${test.fullName}: ${why}`);
    }
  }
}

/** Walks Playwright's JSON report and collects failed tests with their first error line. */
function collectPlaywrightFailures(suite, label, titles = []) {
  const here = suite.title ? [...titles, suite.title] : titles;
  for (const child of suite.suites ?? []) collectPlaywrightFailures(child, label, here);
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== "unexpected") continue;
      const error = test.results?.at(-1)?.error?.message ?? "";
      const why = stripVTControlCharacters(String(error)).split("\n")[0].slice(0, 300);
      failures.push(`playwright ${label} ${[...here, spec.title].join(" › ")}: ${why}`);
    }
  }
}

function countPlaywright(file, label) {
  if (!existsSync(file)) return 0;
  const report = JSON.parse(readFileSync(file, "utf8"));
  for (const suite of report.suites ?? []) collectPlaywrightFailures(suite, label);
  const s = report.stats ?? {};
  totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  totals.failed += s.unexpected ?? 0;
  totals.skipped += s.skipped ?? 0;
  return (s.expected ?? 0) + (s.flaky ?? 0) + (s.unexpected ?? 0);
}

function finish() {
  if (failures.length > 0) console.info(`\nFailed:\n${failures.map((f) => `  ✘ ${f}`).join("\n")}`);
  console.info(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(exitCode);
}

const vitestReport = path.join(reports, "vitest.json");
run("Vitest: unit and database tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
countVitest(vitestReport);

const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!chromium) {
  if (process.env.CI) {
    console.error("Brak Chromium: w CI testy przeglądarkowe są obowiązkowe (apt-get install -y chromium).");
    exitCode = 1;
  } else {
    console.warn("Pominięto testy przeglądarkowe: brak Chromium (apt-get install -y chromium).");
  }
  finish();
}

const targets = [["PGlite", {}]];
if (process.env.TEST_DATABASE_URL)
  targets.push(["PostgreSQL", { E2E_DATABASE_URL: process.env.TEST_DATABASE_URL }]);
for (const [name, env] of targets) {
  const report = path.join(reports, `playwright-${name}.json`);
  run(`Playwright: browser suite on ${name}`, "npx", ["playwright", "test", "--reporter=list,json"], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    ...env,
  });
  if (countPlaywright(report, name) === 0) {
    console.error(`The browser suite on ${name} ran no test.`);
    exitCode = exitCode || 1;
  }
}
finish();
