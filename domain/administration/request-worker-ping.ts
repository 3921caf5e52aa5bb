import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Database } from "../../platform/db/client.server";
import { enqueueJob } from "../../platform/jobs/job-queue.server";
import { PING_JOB } from "../../platform/jobs/ping-job.server";

/**
 * An administrator checks that the job queue works: a test job is enqueued (audited as requested);
 * the worker that runs it writes its own "job.ping" entry, so the log shows whether and where it ran.
 */
export async function requestWorkerPing(options: {
  database: Database;
  tenantId: string;
  actor: Actor;
}): Promise<{ jobId: string | null }> {
  const { database, tenantId, actor } = options;
  const jobId = await enqueueJob(database, PING_JOB, { tenantId, requestedBy: actor.label });
  await writeAudit(database.db, {
    tenantId,
    actor,
    entityType: "job",
    entityId: jobId,
    action: "job.ping_requested",
  });
  return { jobId };
}
