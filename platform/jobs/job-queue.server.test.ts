import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { createLogger } from "../logging/logger.server";
import {
  defineJob,
  enqueueJob,
  handleJob,
  installJobSchema,
  type JobWorker,
  startJobWorker,
} from "./job-queue.server";

const logger = createLogger("silent");

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("job queue (pg-boss on the app's database)", () => {
  const t = useTestDatabase();

  it("installs its schema twice without harm", async () => {
    await installJobSchema(t.database);
    await installJobSchema(t.database);
    const { rows } = await t.database.executeSql("select version from pgboss.version");
    expect(rows).toHaveLength(1);
  });

  it("runs each enqueued job exactly once, even with two workers polling", async () => {
    const job = defineJob<{ n: number; text: string }>("test.count");
    const runs: { n: number; worker: string; text: string }[] = [];
    const workers: JobWorker[] = [];
    for (const worker of ["a", "b"]) {
      workers.push(
        await startJobWorker({
          database: t.database,
          logger,
          pollingIntervalSeconds: 0.5,
          handlers: [
            handleJob(job, async (payload) => {
              runs.push({ n: payload.n, worker, text: payload.text });
            }),
          ],
        }),
      );
    }
    try {
      const ids = await Promise.all(
        Array.from({ length: 12 }, (_, n) => enqueueJob(t.database, job, { n, text: "zażółć gęślą jaźń" })),
      );
      expect(new Set(ids).size).toBe(12);
      await waitUntil(() => runs.length >= 12);
      await new Promise((r) => setTimeout(r, 1200));
      expect(runs.map((r) => r.n).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, n) => n));
      expect(runs.every((r) => r.text === "zażółć gęślą jaźń")).toBe(true);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
  });

  it("refuses a duplicate with the same singleton key while the first waits", async () => {
    const job = defineJob<Record<string, never>>("test.singleton", { policy: "stately" });
    const first = await enqueueJob(t.database, job, {}, { singletonKey: "only" });
    const second = await enqueueJob(t.database, job, {}, { singletonKey: "only" });
    expect(first).toBeTypeOf("string");
    expect(second).toBeNull();
  });

  it("retries a failed job per its queue settings and survives a failing handler", async () => {
    const job = defineJob<{ failTimes: number }>("test.retry", { retryLimit: 2, retryDelay: 0 });
    let attempts = 0;
    const worker = await startJobWorker({
      database: t.database,
      logger,
      pollingIntervalSeconds: 0.5,
      handlers: [
        handleJob(job, async (payload) => {
          attempts += 1;
          if (attempts <= payload.failTimes) throw new Error("temporary failure");
        }),
      ],
    });
    try {
      await enqueueJob(t.database, job, { failTimes: 1 });
      await waitUntil(() => attempts >= 2);
      // The database connection stays usable after a failure inside pg-boss's transaction.
      const { rows } = await t.database.executeSql("select 1 as ok");
      expect(rows[0]?.ok).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});
