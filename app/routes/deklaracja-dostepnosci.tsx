import { formatDate } from "~/platform/format/dates";
import { readTenantSettings } from "~/platform/tenancy/settings";
import { tenantContext } from "../lib/contexts";
import { useT } from "../lib/shell";
import type { Route } from "./+types/deklaracja-dostepnosci";

/** The accessibility declaration, generated from the tenant's settings; linked from every footer. */
export function loader({ context }: Route.LoaderArgs) {
  const tenant = context.get(tenantContext);
  const settings = readTenantSettings(tenant.settings);
  return { entity: tenant.name, ...settings.accessibility };
}

export default function AccessibilityDeclaration({ loaderData: d }: Route.ComponentProps) {
  const t = useT();
  const orNotSet = (v: string) => v || t("a11y.notSet");
  return (
    <article id="a11y-deklaracja">
      <title>{`${t("a11y.title")} — ${d.entity}`}</title>
      <h1>{t("a11y.title")}</h1>
      <p id="a11y-wstep">
        <span id="a11y-podmiot">{t("a11y.intro", { entity: d.entity })}</span>
      </p>
      <dl className="facts">
        <dt>{t("a11y.published")}</dt>
        <dd>
          <time id="a11y-data-publikacja" dateTime={d.publishedOn}>
            {formatDate(d.publishedOn)}
          </time>
        </dd>
        <dt>{t("a11y.updated")}</dt>
        <dd>
          <time id="a11y-data-aktualizacja" dateTime={d.updatedOn}>
            {formatDate(d.updatedOn)}
          </time>
        </dd>
      </dl>
      <h2>{t("a11y.statusHeading")}</h2>
      <p id="a11y-status">{t("a11y.status")}</p>
      <h3>{t("a11y.gapsHeading")}</h3>
      <ul>
        <li>{t("a11y.gap.attachments")}</li>
        <li>{t("a11y.gap.maps")}</li>
      </ul>
      <h2>{t("a11y.preparedHeading")}</h2>
      <p>
        <time id="a11y-data-sporzadzenie" dateTime={d.updatedOn}>
          {t("a11y.prepared", { date: formatDate(d.updatedOn) })}
        </time>
      </p>
      <h2>{t("a11y.shortcutsHeading")}</h2>
      <p>{t("a11y.shortcuts")}</p>
      <h2 id="a11y-kontakt">{t("a11y.feedbackHeading")}</h2>
      <p>
        {t("a11y.feedback", {
          name: orNotSet(d.contactName),
          email: orNotSet(d.contactEmail),
          phone: orNotSet(d.contactPhone),
        })}
      </p>
      <h2 id="a11y-procedura">{t("a11y.procedureHeading")}</h2>
      <p>{t("a11y.procedure1")}</p>
      <p>{t("a11y.procedure2")}</p>
      <p>{t("a11y.procedure3")}</p>
    </article>
  );
}
