import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { useLocale, useT } from "../../lib/shell";
import { timeLeftText } from "../competitions/time-left";

/** An offer's status as a badge, in words (never colour alone). */
export function OfferStatusBadge({ status }: { status: string }) {
  const t = useT();
  return <span className={`badge badge--offer-${status}`}>{t(`offers.status.${status}`)}</span>;
}

/** "Termin składania ofert: 24.11.2026, 23:59 (czasu warszawskiego), zostało 2 godziny 5 minut." */
export function DeadlineLine(props: { deadline: Date | null; now: Date; open: boolean; bare?: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (!props.deadline) return null;
  const at = t("competition.deadlineAt", { at: formatDateTime(props.deadline) });
  const passed = props.deadline.getTime() <= props.now.getTime();
  return (
    <span>
      {props.bare ? at : t(passed ? "offers.deadline.passed" : "offers.deadline", { at })}
      {!passed && props.open ? (
        <>
          {" "}
          <strong>({timeLeftText(t, locale, props.now, props.deadline)})</strong>
        </>
      ) : null}
    </span>
  );
}

/** The offer at a glance: competition, authority, deadline, status, amounts, offerors. */
export function OfferFacts(props: {
  competition: { id: string; title: string; offerDeadline: Date | null };
  authority: string;
  status: string;
  now: Date;
  open: boolean;
  totalCost: number;
  requestedGrant: number;
  offerors: { organizationId: string; name: string; leader: boolean }[];
}) {
  const t = useT();
  return (
    <dl className="facts">
      <dt>{t("offers.col.competition")}</dt>
      <dd>
        <Link to={`/konkursy/${props.competition.id}`}>{props.competition.title}</Link>
      </dd>
      <dt>{t("offers.facts.authority")}</dt>
      <dd>{props.authority}</dd>
      <dt>{t("offers.col.deadline")}</dt>
      <dd>
        {props.competition.offerDeadline ? (
          <DeadlineLine deadline={props.competition.offerDeadline} now={props.now} open={props.open} bare />
        ) : (
          "—"
        )}
      </dd>
      <dt>{t("offers.col.status")}</dt>
      <dd>
        <OfferStatusBadge status={props.status} />
      </dd>
      <dt>{t("offers.facts.offerors")}</dt>
      <dd>
        {props.offerors
          .map(
            (o) =>
              `${o.name}${o.leader && props.offerors.length > 1 ? ` (${t("offers.offerors.leader")})` : ""}`,
          )
          .join("; ")}
      </dd>
      <dt>{t("offers.facts.totalCost")}</dt>
      <dd>{formatMoney(props.totalCost)}</dd>
      <dt>{t("offers.col.grant")}</dt>
      <dd>{formatMoney(props.requestedGrant)}</dd>
    </dl>
  );
}
