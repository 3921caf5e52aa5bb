import { hostname } from "node:os";
import { SYSTEM_ACTOR, writeAudit } from "../audit/write-audit.server";
import type { Db } from "../db/client.server";
import { defineJob, handleJob, type JobRegistration } from "./job-queue.server";

export interface PingPayload {
  tenantId: string | null;
  /** E-mail of the administrator who asked, or "system". */
  requestedBy: string;
}

/**
 * A diagnostic job: an administrator enqueues it from the dashboard and its audit entry shows that
 * a worker picked it up, which one, and when. No retries: a ping that fails should be seen failing.
 */
export const PING_JOB = defineJob<PingPayload>("system.ping", { retryLimit: 0 });

/** The name of this worker process in audit entries: host and process id. */
export function workerName(): string {
  return `${hostname()}:${process.pid}`;
}

export function pingHandler(db: Db): JobRegistration {
  return handleJob(PING_JOB, async (payload, meta) => {
    await writeAudit(db, {
      tenantId: payload.tenantId,
      actor: SYSTEM_ACTOR,
      entityType: "job",
      entityId: meta.id,
      action: "job.ping",
      after: { worker: workerName(), requestedBy: payload.requestedBy },
    });
  });
}
