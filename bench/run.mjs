#!/usr/bin/env node
// `npm run bench -- <name> [--quick]`: runs bench/<name>.mjs. Each scenario prints a table and ends
// with one line `ratio=<x>`, exiting non-zero when the ratio misses its goal; a reliability proof
// (crash-safety) ends with `violations=<n>` instead and exits non-zero when n > 0.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const [name, ...rest] = process.argv.slice(2);
const available = readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".mjs") && f !== "run.mjs" && !f.startsWith("_"))
  .map((f) => f.replace(/\.mjs$/, ""));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join("|")}> [--quick]`);
  process.exit(2);
}
if (!existsSync("build/server/index.js") || !existsSync("build/start/main.mjs"))
  spawnSync("npm", ["run", "build"], { stdio: "inherit" });
const r = spawnSync(process.execPath, [new URL(`./${name}.mjs`, import.meta.url).pathname, ...rest], {
  stdio: "inherit",
});
process.exit(r.status ?? 1);
