#!/usr/bin/env node
// Compiles the HTTP process (server/main.ts and what it imports from platform/, domain/, demo/)
// into ES modules, build/start/main.mjs and the chunk it loads, with the npm packages left as imports, so `npm start`
// runs plain Node instead of compiling TypeScript at every start (docs/decisions/013). The SQL
// migrations are copied beside it: the migrator finds them next to the module.
import { cpSync, rmSync } from "node:fs";
import { build } from "esbuild";

const out = "build/start";
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: ["server/main.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  // server/main.ts imports the rest of the server dynamically, after it has started opening the
  // database: splitting keeps that part in its own chunk, loaded then.
  splitting: true,
  outdir: out,
  outExtension: { ".js": ".mjs" },
  sourcemap: "linked",
  logLevel: "warning",
});
cpSync("platform/db/migrations", `${out}/migrations`, { recursive: true });
console.info(`server compiled into ${out}/main.mjs`);
