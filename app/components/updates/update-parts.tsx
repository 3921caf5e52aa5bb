import { Link } from "react-router";
import type { OfferIssue } from "~/domain/offers/checks";
import { isSectionKey, SECTION_NUMERALS, type SectionKey } from "~/domain/offers/sections";
import { formatMoney } from "~/platform/format/money";
import { formatPercent } from "~/platform/format/percent";
import { sectionHref } from "../../lib/offers/section-slugs";
import { translateError, useT } from "../../lib/shell";

/** What was awarded against what was requested, and the shares the competition requires, as a table. */
export function AmountsTable(props: {
  round: { awardedAmount: number; requestedAmount: number };
  calculation: {
    total: number;
    grant: number;
    ownBp: number | null;
    financialBp: number | null;
    personalBp: number | null;
    adminBp: number | null;
  };
  competition: {
    minOwnContributionBp: number | null;
    minFinancialContributionBp: number | null;
    minPersonalContributionBp: number | null;
    adminCostCapBp: number | null;
  };
}) {
  const t = useT();
  const { round, calculation: c, competition: k } = props;
  const rows: [string, string][] = [
    [t("updates.amounts.requested"), formatMoney(round.requestedAmount)],
    [t("updates.amounts.awarded"), formatMoney(round.awardedAmount)],
    [t("updates.amounts.grantNow"), formatMoney(c.grant)],
    [t("updates.amounts.total"), formatMoney(c.total)],
    [
      t("updates.amounts.own", { min: formatPercent(k.minOwnContributionBp, true) }),
      formatPercent(c.ownBp, true),
    ],
    [
      t("updates.amounts.financial", { min: formatPercent(k.minFinancialContributionBp, true) }),
      formatPercent(c.financialBp, true),
    ],
    [
      t("updates.amounts.personal", { min: formatPercent(k.minPersonalContributionBp, true) }),
      formatPercent(c.personalBp, true),
    ],
    [
      t("updates.amounts.admin", { cap: formatPercent(k.adminCostCapBp, true) }),
      formatPercent(c.adminBp, true),
    ],
  ];
  return (
    <div className="table-scroll">
      <table>
        <caption>{t("updates.amounts.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("updates.amounts.item")}</th>
            <th scope="col">{t("updates.amounts.value")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What no longer fits, by section, each with a link to the section when the update reopens it. */
export function DoesNotFit(props: {
  offerId: string;
  groups: { section: SectionKey; issues: OfferIssue[] }[];
  editable: readonly SectionKey[];
  open: boolean;
}) {
  const t = useT();
  const name = (s: SectionKey) => ({ numeral: SECTION_NUMERALS[s], name: t(`evaluation.section.${s}`) });
  return (
    <section aria-labelledby="does-not-fit">
      <h2 id="does-not-fit">{t("updates.fits.heading")}</h2>
      {props.groups.length === 0 ? (
        <p className="notice notice--success">{t("updates.fits.none")}</p>
      ) : (
        props.groups
          .filter((g) => isSectionKey(g.section))
          .map((g) => (
            <div key={g.section}>
              <h3>{t("updates.fits.section", name(g.section))}</h3>
              <ul>
                {g.issues.map((i) => (
                  <li key={`${i.field}-${i.message}`}>
                    {props.open && props.editable.includes(g.section) ? (
                      <Link to={sectionHref(props.offerId, g.section, i.field)}>
                        {translateError(t, i.message)}
                      </Link>
                    ) : (
                      translateError(t, i.message)
                    )}
                  </li>
                ))}
              </ul>
              {props.open && props.editable.includes(g.section) ? (
                <p>
                  <Link to={sectionHref(props.offerId, g.section)}>
                    {t("updates.fits.edit", name(g.section))}
                  </Link>
                </p>
              ) : null}
            </div>
          ))
      )}
    </section>
  );
}
