import { and, count, eq } from "drizzle-orm";
import { organizations } from "~/platform/db/schema/organizations";
import { servicesContext, tenantContext } from "../lib/contexts";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/_index";

export async function loader({ context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  const [row] = await db
    .select({ n: count() })
    .from(organizations)
    .where(and(eq(organizations.tenantId, tenant.id), eq(organizations.status, "verified")));
  return { verifiedOrganizations: row?.n ?? 0 };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  return (
    <>
      <title>{`${t("home.title")} — ${tenant.name}`}</title>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <p>{t("home.organizationsCount", { count: loaderData.verifiedOrganizations })}</p>
    </>
  );
}
