import { getPortalFigures } from "~/domain/portal/get-portal-figures";
import { HomeFigures, HomeSearch, QuickLinks } from "../components/portal/home-sections";
import { servicesContext, tenantContext } from "../lib/contexts";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/_index";
import "../components/portal/portal.css";

export async function loader({ context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  return { figures: await getPortalFigures({ db, tenantId: context.get(tenantContext).id }) };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { figures } = loaderData;
  return (
    <>
      <title>{`${t("home.title")} — ${tenant.name}`}</title>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <HomeSearch />
      {/*
        ── CURRENT COMPETITIONS ──────────────────────────────────────────────────────────────────
        The competitions round puts its section here: open calls with their offer deadlines
        (e.g. <CurrentCompetitions /> fed by this loader). Keep it between the search and the figures.
      */}
      <HomeFigures verified={figures.verifiedOrganizations} opp={figures.oppOrganizations} />
      <QuickLinks />
    </>
  );
}
