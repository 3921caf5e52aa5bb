import { Link } from "react-router";
import { getPublicOrganization } from "~/domain/portal/get-public-organization";
import { PublicProfileFacts } from "../components/portal/public-profile";
import { OrganizationGrants } from "../components/results/grants-table";
import { servicesContext, tenantContext } from "../lib/contexts";
import { orErrorPage } from "../lib/organizations/organizations-route.server";
import { organizationGrants } from "../lib/results/results-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/organizacje.$id";
import "../components/portal/portal.css";

export async function loader({ params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const tenantId = context.get(tenantContext).id;
  const organization = await orErrorPage(getPublicOrganization({ db, tenantId, organizationId: params.id }));
  // The grants from published results (domain/results), read only for an organisation the portal shows.
  const grants = await organizationGrants(context, organization.id);
  return { organization, grants };
}

export default function PublicOrganizationProfile({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const o = loaderData.organization;
  return (
    <>
      <title>{`${o.name} — ${t("portal.search.title")} — ${tenant.name}`}</title>
      <p>
        <Link to="/organizacje">{t("portal.profile.back")}</Link>
      </p>
      <h1>
        {o.name}
        {o.opp ? (
          <>
            {" "}
            <abbr className="badge" title={t("portal.badge.opp.long")}>
              {t("portal.badge.opp")}
            </abbr>
          </>
        ) : null}
      </h1>
      <h2>{t("portal.profile.facts")}</h2>
      <PublicProfileFacts organization={o} />
      {o.description ? (
        <section aria-labelledby="about">
          <h2 id="about">{t("portal.profile.description")}</h2>
          {o.description.split(/\n+/).map((paragraph, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      ) : null}
      <OrganizationGrants grants={loaderData.grants} />
      <p>
        <a href={`/api/v1/organizations/${o.id}`}>{t("portal.profile.json")}</a>
      </p>
    </>
  );
}
