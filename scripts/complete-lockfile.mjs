#!/usr/bin/env node
// Completes package-lock.json with the platform-specific optional packages (esbuild, rollup, biome,
// lightningcss… builds for other systems) that a filtered registry mirror does not serve. Without
// their entries `npm ci` refuses the lockfile ("Missing: … from lock file"). Each added entry names
// its os/cpu/libc, so npm skips it on other platforms and fetches it by name and version where it
// fits (e.g. on a developer's Mac with the public registry). Run after every `npm install`.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;

const OS = [
  "android",
  "darwin",
  "freebsd",
  "linux",
  "win32",
  "openbsd",
  "netbsd",
  "sunos",
  "aix",
  "openharmony",
  "cygwin",
];
const CPU = [
  ["arm64", "arm64"],
  ["aarch64", "arm64"],
  ["x64", "x64"],
  ["x86_64", "x64"],
  ["ia32", "ia32"],
  ["arm-eabi", "arm"],
  ["arm-gnueabihf", "arm"],
  ["arm-musleabihf", "arm"],
  ["armv7", "arm"],
  ["arm", "arm"],
  ["ppc64", "ppc64"],
  ["s390x", "s390x"],
  ["riscv64", "riscv64"],
  ["loong64", "loong64"],
  ["mips64el", "mips64el"],
  ["wasm32", "wasm32"],
  ["universal", null],
];

function platformOf(name) {
  const base = name.split("/").pop();
  const parts = base.split(/[-_.]/);
  const os = OS.find((o) => parts.includes(o) || base.includes(`${o}-`) || base.endsWith(o));
  const cpuHit = CPU.find(([token]) => base.includes(token));
  const entry = {};
  if (os) entry.os = [os === "darwin" && cpuHit?.[0] === "universal" ? "darwin" : os];
  if (cpuHit?.[1]) entry.cpu = [cpuHit[1]];
  if (/musl/.test(base)) entry.libc = ["musl"];
  else if (/gnu/.test(base)) entry.libc = ["glibc"];
  if (/wasm32|wasi/.test(base)) {
    delete entry.os;
    entry.cpu = ["wasm32"];
  }
  return entry;
}

let added = 0;
for (const [where, meta] of Object.entries(packages)) {
  const optional = meta.optionalDependencies ?? {};
  for (const [dep, range] of Object.entries(optional)) {
    const nested = `${where ? `${where}/` : ""}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[nested] || packages[hoisted]) continue;
    const version = String(range).replace(/^[\^~=]/, "");
    if (!/^\d+\.\d+\.\d+/.test(version)) continue;
    const platform = platformOf(dep);
    if (!platform.os && !platform.cpu) continue;
    packages[hoisted] = { version, optional: true, ...platform, dev: meta.dev || undefined };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.info(`complete-lockfile: added ${added} platform-specific optional entries`);
