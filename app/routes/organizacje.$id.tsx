import { Link } from "react-router";
import { getPublicOrganization } from "~/domain/portal/get-public-organization";
import { PublicProfileFacts } from "../components/portal/public-profile";
import { servicesContext, tenantContext } from "../lib/contexts";
import { orErrorPage } from "../lib/organizations/organizations-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/organizacje.$id";
import "../components/portal/portal.css";

export async function loader({ params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const tenantId = context.get(tenantContext).id;
  const organization = await orErrorPage(getPublicOrganization({ db, tenantId, organizationId: params.id }));
  return { organization };
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
      {/* The results round fills this section with the grants from published results. */}
      <section aria-labelledby="grants">
        <h2 id="grants">{t("portal.profile.grants")}</h2>
        <p>{t("portal.profile.grants.placeholder")}</p>
      </section>
      <p>
        <a href={`/api/v1/organizations/${o.id}`}>{t("portal.profile.json")}</a>
      </p>
    </>
  );
}
