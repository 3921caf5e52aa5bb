import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSRF_COOKIE } from "../platform/auth/csrf.server";
import { createSession, SESSION_COOKIE } from "../platform/auth/session.server";
import { type Database, openDatabase } from "../platform/db/client.server";
import { migrateDatabase } from "../platform/db/migrate.server";
import { auditLog } from "../platform/db/schema/audit";
import { sessions, staffRoles, users } from "../platform/db/schema/identity";
import { tenants } from "../platform/db/schema/tenancy";
import { enqueueJob } from "../platform/jobs/job-queue.server";
import { PING_JOB } from "../platform/jobs/ping-job.server";
import { withDatabase } from "../test/global-setup";

/*
 * "Two app processes on one PostgreSQL behave as one": two real servers (`tsx server/main.ts`, the
 * production build) on one fresh database. It needs PostgreSQL — PGlite is an embedded database
 * that only one process can open — so it runs in the postgresql project only (TEST_DATABASE_URL).
 */
const baseUrl = process.env.TEST_DATABASE_URL;
const enabled = Boolean(baseUrl) && process.env.DB_DRIVER === "postgresql";
const ADMIN_NAME = "Zofia Dwuprocesowa";
const PING_COUNT = 20;

interface AppProcess {
  url: string;
  child: ChildProcess;
  output: string[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startApp(env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["server/main.ts"], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    // Its own process group, so stopping it stops tsx's child too.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  return { url: `http://127.0.0.1:${port}`, child, output };
}

async function waitForHealth(app: AppProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`app exited:\n${app.output.join("")}`);
    const ok = await fetch(`${app.url}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`app did not become healthy:\n${app.output.join("")}`);
}

async function stopApp(app: AppProcess | undefined): Promise<void> {
  if (!app?.child.pid || app.child.exitCode !== null) return;
  const exited = new Promise((r) => app.child.once("exit", r));
  process.kill(-app.child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (app.child.exitCode === null) process.kill(-app.child.pid, "SIGKILL");
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The cookies a response sets, as name → value. */
function setCookies(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const at = pair.indexOf("=");
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

describe("two app processes on one PostgreSQL", () => {
  const dbName = `pozytek_2p_${randomBytes(5).toString("hex")}`;
  let database: Database | undefined;
  let a: AppProcess | undefined;
  let b: AppProcess | undefined;
  let tenantId = "";
  let sessionCookie = "";

  beforeAll(async () => {
    if (!enabled || !baseUrl) return;
    if (!existsSync("build/server/index.js")) {
      const build = spawnSync("npx", ["react-router", "build"], { stdio: "inherit" });
      if (build.status !== 0) throw new Error("react-router build failed");
    }
    await adminQuery(`create database ${dbName}`);
    const url = withDatabase(baseUrl, dbName);
    database = await openDatabase({ kind: "postgresql", url, poolSize: 4 });
    await migrateDatabase(database);
    const db = database.db;
    const [tenant] = await db
      .insert(tenants)
      .values({ slug: "gmina-dwuprocesowa", name: "Gmina Dwuprocesowa", teryt: "1234567" })
      .returning();
    const [user] = await db
      .insert(users)
      .values({ email: "zofia@um.example.pl", name: ADMIN_NAME, passwordHash: "x" })
      .returning();
    if (!tenant || !user) throw new Error("seed failed");
    tenantId = tenant.id;
    await db.insert(staffRoles).values({ tenantId, userId: user.id, role: "admin" });
    // A session as logging in on process A would leave it, second factor passed.
    const now = new Date();
    const { token } = await createSession(db, {
      userId: user.id,
      isStaff: true,
      now,
      ip: null,
      userAgent: null,
    });
    await db.update(sessions).set({ secondFactorAt: now }).where(eq(sessions.userId, user.id));
    sessionCookie = `${SESSION_COOKIE}=${token}`;

    const env = {
      DATABASE_URL: url,
      APP_MODE: "production",
      SESSION_SECRET: randomBytes(32).toString("hex"),
      APP_URL: "http://localhost",
      JOBS_WORKER: "true",
      LOG_LEVEL: "warn",
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "pozytek-2p-")),
    };
    // Both start at once: migrations and the job schema must cope with a concurrent start.
    [a, b] = await Promise.all([startApp(env), startApp(env)]);
    await Promise.all([waitForHealth(a), waitForHealth(b)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([stopApp(a), stopApp(b)]);
    await database?.close();
    if (enabled) await adminQuery(`drop database if exists ${dbName} with (force)`);
  }, 30_000);

  it.skipIf(!enabled)("accepts on process B the session and the CSRF token made on process A", async () => {
    for (const app of [a!, b!]) {
      const page = await fetch(`${app.url}/admin`, { headers: { cookie: sessionCookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(ADMIN_NAME);
    }
    const formPage = await fetch(`${a!.url}/admin`, { headers: { cookie: sessionCookie } });
    const seed = setCookies(formPage)[CSRF_COOKIE];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await formPage.text())?.[1];
    expect(seed && csrf).toBeTruthy();
    const posted = await fetch(`${b!.url}/admin?index`, {
      method: "POST",
      headers: {
        cookie: `${sessionCookie}; ${CSRF_COOKIE}=${seed}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ _csrf: csrf ?? "" }),
      redirect: "manual",
    });
    expect(posted.status).toBe(200);
  });

  it.skipIf(!enabled)(
    "runs each job exactly once with both workers polling",
    async () => {
      for (let i = 0; i < PING_COUNT; i++) {
        await enqueueJob(database!, PING_JOB, { tenantId, requestedBy: `test-${i}` });
      }
      // One more came through process B's dashboard in the test above.
      const expected = PING_COUNT + 1;
      const pings = () =>
        database!.db
          .select({ jobId: auditLog.entityId, after: auditLog.after })
          .from(auditLog)
          .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, "job.ping")));
      // Each process starts its job worker after it answers; on a loaded CI machine that can take a
      // while after both are healthy. Locally all pings are in within a few seconds.
      const deadline = Date.now() + 60_000;
      while ((await pings()).length < expected && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
      }
      // Give a second run (if there were one) the time to show up.
      await new Promise((r) => setTimeout(r, 2_500));
      const rows = await pings();
      expect(rows).toHaveLength(expected);
      expect(new Set(rows.map((r) => r.jobId)).size).toBe(expected);
      const workers = new Set(rows.map((r) => (r.after as { worker: string }).worker));
      expect(workers.size).toBeGreaterThanOrEqual(1);
    },
    90_000,
  );
});
