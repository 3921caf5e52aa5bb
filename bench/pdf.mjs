#!/usr/bin/env node
// pdf: offer PDFs per second for a full offer (renderOfferPdf on the test factory's complete joint
// offer: ten actions, forty cost rows, three indicators) against pdfmake rendering a plain document
// with the same text. No goal yet: prints the ratio and exits 0. --quick: 8 s of rendering, else 40 s.
import { spawnSync } from "node:child_process";
import { printTable } from "./_lib.mjs";

const quick = process.argv.includes("--quick");
const r = spawnSync("node_modules/.bin/tsx", ["bench/_pdf.ts", quick ? "8" : "40"], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
if (r.status !== 0) process.exit(r.status ?? 1);
const { ours, plain, strings, chars } = JSON.parse(r.stdout);
const rate = (x) => x.count / (x.ms / 1000);
printTable([
  ["scenario", "renders", "PDFs/s", "ms per PDF", "KiB"],
  ...[
    ["offer PDF", ours],
    ["plain text", plain],
  ].map(([label, x]) => [
    label,
    x.count,
    rate(x).toFixed(2),
    (x.ms / x.count).toFixed(0),
    (x.bytes / 1024).toFixed(0),
  ]),
]);
console.info(`same text: ${strings} strings, ${chars} characters; goal: none yet`);
console.info(`ratio=${(rate(ours) / rate(plain)).toFixed(2)}`);
