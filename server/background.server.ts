import type { Services } from "../platform/services.server";

/**
 * Starts the work that runs beside HTTP in this process (the job worker, when JOBS_WORKER is on).
 * Returns a function that stops it.
 */
export async function startBackgroundWork(_services: Services): Promise<() => Promise<void>> {
  return async () => {};
}
