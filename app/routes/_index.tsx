import { listPublicCompetitions } from "~/domain/competitions/list-public-competitions";
import { listUpcomingEvents } from "~/domain/events/list-upcoming-events";
import { listPublishedNews } from "~/domain/news/list-published-news";
import { NEWS_HOME_ITEMS } from "~/domain/news/rules";
import { getPortalFigures } from "~/domain/portal/get-portal-figures";
import { UpcomingEvents } from "../components/events/upcoming-events";
import { LatestNews } from "../components/news/latest-news";
import { CurrentCompetitions } from "../components/portal/home-competitions";
import { HomeFigures, HomeSearch, QuickLinks } from "../components/portal/home-sections";
import { servicesContext, tenantContext } from "../lib/contexts";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/_index";
import "../components/portal/portal.css";

/** How many open calls the home page lists (the rest are one link away). */
const HOME_COMPETITIONS = 5;

export async function loader({ context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const tenantId = context.get(tenantContext).id;
  const open = await listPublicCompetitions({
    db,
    tenantId,
    query: { status: "open", page: 1 },
    pageSize: HOME_COMPETITIONS,
  });
  const news = await listPublishedNews({ db, tenantId, page: 1, pageSize: NEWS_HOME_ITEMS });
  return {
    news: news.items.map(({ body: _body, image: _image, ...summary }) => summary),
    events: (await listUpcomingEvents({ db, tenantId, now: context.get(servicesContext).clock.now() })).map(
      ({ description: _d, url: _u, ...entry }) => entry,
    ),
    figures: await getPortalFigures({ db, tenantId }),
    competitions: {
      total: open.total,
      items: open.items.map((c) => ({
        id: c.id,
        title: c.title,
        department: c.department.name,
        offerDeadline: c.offerDeadline,
      })),
    },
  };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { figures, competitions } = loaderData;
  return (
    <>
      <title>{`${t("home.title")} — ${tenant.name}`}</title>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <HomeSearch />
      <CurrentCompetitions items={competitions.items} total={competitions.total} />
      <LatestNews items={loaderData.news} />
      <UpcomingEvents items={loaderData.events} />
      <HomeFigures verified={figures.verifiedOrganizations} opp={figures.oppOrganizations} />
      <QuickLinks />
    </>
  );
}
