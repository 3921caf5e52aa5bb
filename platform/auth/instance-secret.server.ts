import { eq } from "drizzle-orm";
import type { Db } from "../db/client.server";
import { instanceSecrets } from "../db/schema/tenancy";
import { randomToken } from "./tokens.server";

/**
 * The secret that signs CSRF tokens: SESSION_SECRET when given, otherwise one generated once and
 * kept in the database so that every app process on it agrees (demo mode only; production requires
 * SESSION_SECRET).
 */
export async function loadSigningSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insert(instanceSecrets)
    .values({ name: "signing", value: randomToken(48) })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSecrets).where(eq(instanceSecrets.name, "signing"));
  if (!row) throw new Error("signing secret missing");
  return row.value;
}
