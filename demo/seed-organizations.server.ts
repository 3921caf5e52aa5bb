import type { Tx } from "../platform/db/client.server";

/** Demo organisations modelled on the seed report; filled in with the NGO base. */
export async function seedDemoOrganizations(
  _tx: Tx,
  _options: { tenantId: string; userIds: Map<string, string>; now: Date },
): Promise<void> {}
