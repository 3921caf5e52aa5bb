import { Link } from "react-router";
import type { AdminOverview } from "~/domain/administration/get-admin-overview";
import { useT } from "../../lib/shell";
import { PostForm } from "../forms";
import type { AdminSections } from "./admin-nav";

/** The dashboard's numbers and the links to the sections the viewer may open. */
export function AdminOverviewFacts(props: {
  overview: AdminOverview;
  smtp: boolean;
  worker: boolean;
  sections: AdminSections;
}) {
  const t = useT();
  const { overview, sections } = props;
  const links: [boolean, string, string][] = [
    [sections.staff, "/admin/uzytkownicy", "admin.nav.staff"],
    [sections.departments, "/admin/wydzialy", "admin.nav.departments"],
    [sections.settings, "/admin/ustawienia", "admin.nav.settings"],
    [sections.audit, "/admin/dziennik", "admin.nav.audit"],
    [sections.mailbox, "/admin/poczta", "admin.nav.mailbox"],
  ];
  return (
    <>
      <h2>{t("admin.dashboard.facts")}</h2>
      <dl className="facts">
        <dt>{t("admin.dashboard.staffCount")}</dt>
        <dd>{overview.staff}</dd>
        <dt>{t("admin.dashboard.departmentsCount")}</dt>
        <dd>{overview.departments}</dd>
        <dt>{t("admin.dashboard.mailMode")}</dt>
        <dd>{t(props.smtp ? "admin.dashboard.mailSmtp" : "admin.dashboard.mailDev")}</dd>
        <dt>{t("admin.dashboard.mailPending")}</dt>
        <dd>{overview.mail.pending}</dd>
        <dt>{t("admin.dashboard.mailFailed")}</dt>
        <dd>{overview.mail.failed}</dd>
        <dt>{t("admin.dashboard.worker")}</dt>
        <dd>{t(props.worker ? "admin.dashboard.workerOn" : "admin.dashboard.workerOff")}</dd>
      </dl>
      <h2>{t("admin.dashboard.sections")}</h2>
      <ul>
        {links
          .filter(([allowed]) => allowed)
          .map(([, to, key]) => (
            <li key={to}>
              <Link to={to}>{t(key)}</Link>
            </li>
          ))}
      </ul>
    </>
  );
}

/** The button that enqueues a test job (see domain/administration/request-worker-ping.ts). */
export function WorkerPingForm() {
  const t = useT();
  return (
    <section aria-labelledby="ping-title">
      <h2 id="ping-title">{t("admin.dashboard.pingTitle")}</h2>
      <p id="ping-hint">{t("admin.dashboard.pingHint")}</p>
      <PostForm>
        <button type="submit" aria-describedby="ping-hint">
          {t("admin.dashboard.pingButton")}
        </button>
      </PostForm>
    </section>
  );
}
