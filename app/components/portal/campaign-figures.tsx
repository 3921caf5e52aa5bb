import { formatMoney } from "~/platform/format/money";
import type { OppCampaignYear } from "~/platform/tenancy/settings";
import { formatCount } from "../../i18n/plural";
import { useT } from "../../lib/shell";

/** Share of the local OPPs, to one decimal place ("27,8 %"), from exact amounts. */
function localShare(year: OppCampaignYear): string {
  if (year.totalGrosze === 0) return "—";
  const tenths = Math.round((year.localGrosze * 1000) / year.totalGrosze);
  return `${Math.floor(tenths / 10)},${tenths % 10}\u00a0%`;
}

/**
 * The campaign's figures per year: a bar chart for the eye (hidden from screen readers) and the
 * same numbers in a table, which is what assistive technology reads.
 */
export function CampaignFigures({ figures }: { figures: OppCampaignYear[] }) {
  const t = useT();
  if (figures.length === 0) return <p>{t("portal.campaign.figures.empty")}</p>;
  const max = Math.max(...figures.map((f) => f.totalGrosze), 1);
  const width = (grosze: number) => `${((grosze / max) * 100).toFixed(2)}%`;
  return (
    <>
      <figure className="bar-chart" aria-hidden="true">
        <figcaption>{t("portal.campaign.figures.chart")}</figcaption>
        <ul className="bar-chart__legend">
          <li>
            <span className="bar-chart__bar bar-chart__bar--total" />
            {t("portal.campaign.figures.total")}
          </li>
          <li>
            <span className="bar-chart__bar bar-chart__bar--local" />
            {t("portal.campaign.figures.local")}
          </li>
        </ul>
        {figures.map((f) => (
          <div key={f.year} className="bar-chart__year">
            <strong>{f.year}</strong>
            <div className="bar-chart__bars">
              <span
                className="bar-chart__bar bar-chart__bar--total"
                style={{ width: width(f.totalGrosze) }}
              />
              <span
                className="bar-chart__bar bar-chart__bar--local"
                style={{ width: width(f.localGrosze) }}
              />
            </div>
          </div>
        ))}
      </figure>
      <div className="table-scroll">
        <table>
          <caption>{t("portal.campaign.figures.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("portal.campaign.col.year")}</th>
              <th scope="col">{t("portal.campaign.col.donors")}</th>
              <th scope="col">{t("portal.campaign.col.total")}</th>
              <th scope="col">{t("portal.campaign.col.local")}</th>
              <th scope="col">{t("portal.campaign.col.share")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.year}>
                <th scope="row">{f.year}</th>
                <td>{formatCount(f.donors)}</td>
                <td>{formatMoney(f.totalGrosze)}</td>
                <td>{formatMoney(f.localGrosze)}</td>
                <td>{localShare(f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t("portal.campaign.figures.note")}</p>
    </>
  );
}
