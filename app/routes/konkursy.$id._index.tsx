import { Link } from "react-router";
import { getPublicCompetition } from "~/domain/competitions/get-public-competition";
import { formatDateTime } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { Announcement } from "../components/competitions/announcement";
import { CompetitionStatusBadge } from "../components/competitions/status-badge";
import { timeLeftText } from "../components/competitions/time-left";
import { Notice } from "../components/organizations/form-parts";
import { PublicResultsBlock } from "../components/results/public-results";
import { orCompetitionErrorPage } from "../lib/competitions/competitions-route.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { publishedResultsOrNull } from "../lib/results/results-route.server";
import { useLocale, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/konkursy.$id._index";

export async function loader({ context, params }: Route.LoaderArgs) {
  const { db, clock } = context.get(servicesContext);
  const tenantId = context.get(tenantContext).id;
  const competition = await orCompetitionErrorPage(
    context,
    getPublicCompetition({ db, tenantId, competitionId: params.id }),
    params.id,
  );
  // The published results (domain/results), shown above the announcement once the decision is recorded.
  const results = await publishedResultsOrNull(context, competition.id);
  return { competition, now: clock.now(), results };
}

export default function PublicCompetition({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { tenant } = useShell();
  const { competition: c, now } = loaderData;
  const open = c.status === "published" && c.offerDeadline !== null;
  const acceptsOffers =
    open && c.offerDeadline !== null && new Date(now).getTime() < c.offerDeadline.getTime();
  return (
    <>
      <title>{`${c.title} — ${tenant.name}`}</title>
      <p>
        <Link to="/konkursy">{t("competition.public.back")}</Link>
      </p>
      <h1>{c.title}</h1>
      {c.status === "cancelled" ? (
        <Notice
          messageKey="competition.cancelledBecause"
          params={{ reason: c.cancellationReason ?? "" }}
          kind="error"
        />
      ) : null}
      <dl className="facts">
        <dt>{t("competition.col.status")}</dt>
        <dd>
          <CompetitionStatusBadge status={c.status} />
        </dd>
        <dt>{t("competition.field.offerDeadline")}</dt>
        <dd>
          {c.offerDeadline ? t("competition.deadlineAt", { at: formatDateTime(c.offerDeadline) }) : "—"}
          {open && c.offerDeadline ? (
            <>
              {" "}
              <strong>({timeLeftText(t, locale, now, c.offerDeadline)})</strong>
            </>
          ) : null}
        </dd>
        <dt>{t("competition.col.funds")}</dt>
        <dd>{formatMoney(c.totalFunds)}</dd>
        <dt>{t("competition.offersAfterDeadline")}</dt>
        <dd>
          {c.offersAfterDeadline === null
            ? t("competition.offersAfterDeadline.later")
            : c.offersAfterDeadline}
        </dd>
        <dt>{t("competition.publishedAt")}</dt>
        <dd>{c.publishedAt ? formatDateTime(c.publishedAt) : "—"}</dd>
      </dl>
      {acceptsOffers ? (
        <div className="offer-cta">
          <Link to={`/panel/oferty/nowa?konkurs=${c.id}`} className="button primary">
            {t("offers.cta.submit")}
          </Link>
          <p className="field__hint">{t("offers.cta.hint")}</p>
        </div>
      ) : null}
      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t("competition.documents")}</h2>
        <ul>
          <li>
            <a href={`/konkursy/${c.id}/ogloszenie.pdf`} type="application/pdf">
              {t("competition.documents.announcementPdf")}
            </a>
          </li>
          <li>
            <a href={`/api/v1/competitions/${c.id}`} type="application/json">
              {t("competition.documents.json")}
            </a>
          </li>
        </ul>
      </section>
      {loaderData.results ? <PublicResultsBlock results={loaderData.results} /> : null}
      <Announcement competition={c} />
    </>
  );
}
