import { Link } from "react-router";
import {
  countOrganizationsByStatus,
  listPendingOrganizations,
} from "~/domain/organizations/list-pending-organizations";
import { ORGANIZATION_STATUSES } from "~/domain/organizations/states";
import { canOnPortal } from "~/domain/portal/policy";
import { formatDate } from "~/platform/format/dates";
import { StatusBadge } from "../components/organizations/status-badge";
import { orgDeps, requireOffice } from "../lib/organizations/organizations-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad._index";

export async function loader({ request, context }: Route.LoaderArgs) {
  const staffRoles = requireOffice(context, request);
  const { db, tenantId } = orgDeps(context);
  return {
    canEditCampaign: canOnPortal(staffRoles, "oppCampaign.edit"),
    counts: await countOrganizationsByStatus({ db, tenantId }),
    pending: await listPendingOrganizations({ db, tenantId }),
  };
}

export default function OfficeDashboard({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  return (
    <>
      <title>{`${t("org.office.title")} — ${tenant.name}`}</title>
      <h1>{t("org.office.title")}</h1>
      <p className="lead">{t("org.office.lead")}</p>
      <h2>{t("org.office.counts")}</h2>
      <ul>
        {ORGANIZATION_STATUSES.map((status) => (
          <li key={status}>
            <Link to={`/urzad/organizacje?status=${status}`}>
              <StatusBadge status={status} /> {loaderData.counts[status]}
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t("org.office.pending")}</h2>
      {loaderData.pending.length === 0 ? (
        <p>{t("org.office.pending.empty")}</p>
      ) : (
        <ul>
          {loaderData.pending.map((o) => (
            <li key={o.id}>
              <Link to={`/urzad/organizacje/${o.id}`}>{o.name}</Link>,{" "}
              {t("org.office.submittedAt", { date: formatDate(o.createdAt) })}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/urzad/organizacje">{t("org.office.allOrganizations")}</Link>
      </p>
      <p>
        <Link to="/urzad/konkursy">{t("competition.office.title")}</Link>
      </p>
      <p>
        <Link to="/urzad/umowy">{t("contracts.list.officeTitle")}</Link>
      </p>
      <p>
        <Link to="/komisja">{t("committee.my.title")}</Link>
      </p>
      {loaderData.canEditCampaign ? (
        <>
          <p>
            <Link to="/urzad/kampania-1-5">{t("portal.campaign.admin.title")}</Link>
          </p>
          <p>
            <Link to="/urzad/aktualnosci">{t("news.moderation.title")}</Link>
          </p>
          <p>
            <Link to="/urzad/skrzynka">{t("contact.inbox.title")}</Link>
          </p>
          <p>
            <Link to="/urzad/kalendarz">{t("events.office.title")}</Link>
          </p>
        </>
      ) : null}
    </>
  );
}
