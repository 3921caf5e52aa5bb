// Helpers shared by the benchmark scenarios: a fresh PostgreSQL database, the real server started
// and stopped by its process group, the rush's offers and baseline, a keep-alive HTTP client,
// percentiles and processes' CPU time.
import { fork, spawn, spawnSync } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import pg from "pg";

export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432";

/** Drops and creates a database; returns its URL. */
export async function freshDatabase(name) {
  const client = new pg.Client({ connectionString: `${PG_ADMIN_URL}/postgres` });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
  return `${PG_ADMIN_URL}/${name}`;
}

export async function dropDatabase(name) {
  const client = new pg.Client({ connectionString: `${PG_ADMIN_URL}/postgres` });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.end();
}

/**
 * Starts the compiled server (`npm start`'s build/start/main.mjs) in its own process group and waits for 200 from /healthz: on
 * PostgreSQL (`databaseUrl`) or on the embedded PGlite in `dataDir` (then DATABASE_URL is unset).
 */
export async function startServer({ port, databaseUrl, dataDir, env = {}, logFile, timeoutMs = 180_000 }) {
  // A server left over from an interrupted run would answer /healthz in place of this one.
  const busy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${port} is already in use`);
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean);
  const [command, args] = nodeArgs
    ? [process.execPath, [...nodeArgs, "build/start/main.mjs"]]
    : [process.execPath, ["build/start/main.mjs"]];
  const childEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    APP_MODE: "demo",
    // As `npm start` runs it (React's production build).
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    JOBS_WORKER: "false",
    FILE_STORAGE: "database",
    ...(dataDir ? { DATA_DIR: dataDir } : { DATABASE_URL: databaseUrl }),
    ...env,
  };
  if (dataDir) delete childEnv.DATABASE_URL;
  // logFile (appended to) keeps the server's own log, which says why a start failed.
  const out = logFile ? openSync(logFile, "a") : "ignore";
  const child = spawn(command, args, { env: childEnv, stdio: ["ignore", out, "inherit"], detached: true });
  if (typeof out === "number") closeSync(out);
  const failed = () =>
    `server exited with ${child.exitCode}${logFile ? `:\n${readFileSync(logFile, "utf8").slice(-2000)}` : ""}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(failed());
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.status === 200) break;
    } catch {}
    if (Date.now() > deadline) {
      stopProcess(child, "SIGKILL");
      throw new Error("server did not become healthy");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

/**
 * `count` verified organisations, each with a session and a draft in the demo's open competition
 * (bench/_rush-setup.ts), in the database `dbEnv` names ({ DATABASE_URL } or { DATA_DIR }); their
 * offers as the rush posts them. `file` holds them on the way.
 */
export function prepareRushOffers(count, file, dbEnv) {
  const setup = spawnSync("node_modules/.bin/tsx", ["bench/_rush-setup.ts", String(count), file], {
    env: { ...process.env, ...dbEnv, APP_MODE: "demo", FILE_STORAGE: "database", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (setup.status !== 0) throw new Error("preparation failed");
  return JSON.parse(readFileSync(file, "utf8")).offers;
}

/** The rush's baseline server (bench/_rush-baseline.mjs) on `port`, once it listens. */
export async function startRushBaseline(port, databaseUrl) {
  const child = fork(new URL("./_rush-baseline.mjs", import.meta.url).pathname, [String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    detached: true,
  });
  await new Promise((resolve, reject) => {
    child.once("message", resolve);
    child.once("exit", (code) => reject(new Error(`baseline exited with ${code}`)));
  });
  return child;
}

/** Ends a process started with `detached: true` and its children; resolves when it has exited. */
export function stopProcess(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, signal);
  } catch {}
  const hard = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }, 10_000);
  return exited.finally(() => clearTimeout(hard));
}

/** A loopback HTTP client with keep-alive connections, at most `sockets` at once. */
export function httpClient(port, sockets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  return {
    request(method, path, { body, headers = {} } = {}) {
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            host: "127.0.0.1",
            port,
            method,
            path,
            agent,
            headers: body
              ? {
                  "content-type": "application/x-www-form-urlencoded",
                  "content-length": Buffer.byteLength(body),
                  ...headers,
                }
              : headers,
          },
          (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () =>
              resolve({
                status: res.statusCode,
                headers: res.headers,
                body: Buffer.concat(chunks).toString("utf8"),
              }),
            );
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.setTimeout(120_000, () => req.destroy(new Error("timeout")));
        if (body) req.write(body);
        req.end();
      });
    },
    close: () => agent.destroy(),
  };
}

/** The p-th percentile (0–1) of a list of numbers, nearest rank. */
export function percentile(xs, p) {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Runs `task(i)` for i in 0..count-1 with at most `concurrency` at once. */
export async function pool(count, concurrency, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** Prints rows as a left-aligned table (first row: headers). */
export function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const r of rows)
    console.info(
      r
        .map((v, c) => String(v).padEnd(widths[c]))
        .join("  ")
        .trimEnd(),
    );
}

/**
 * CPU time (user + system, ms) used so far by the processes whose command line matches `pattern`
 * (read from /proc; Linux only, 0 elsewhere or for a database on another machine). Children that
 * ended are not counted, so sample long-lived processes: the server, PostgreSQL's backends.
 */
export function cpuMsOf(pattern) {
  let total = 0;
  let entries = [];
  try {
    entries = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    try {
      if (pattern.test(readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")))
        total += processCpuMs(pid);
    } catch {}
  }
  return total;
}

/** CPU time (user + system, ms) of one process so far; 0 when it cannot be read. */
export function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}
