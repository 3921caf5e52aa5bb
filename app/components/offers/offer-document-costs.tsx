import type { CSSProperties, ReactNode } from "react";
import type { OfferDocument } from "~/domain/offers/document";
import {
  type CostGroup,
  type CostLine,
  costTable,
  formatPln,
  formatUnits,
  sourcesTable,
  splitTable,
} from "~/domain/offers/offer-document-layout";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";

/** Numbers in tables: right-aligned, never broken inside "1 234,56". */
export const NUM: CSSProperties = { textAlign: "right", whiteSpace: "nowrap" };

/**
 * A wide table's scrolling box: a named region reachable by keyboard, so a keyboard user can
 * scroll a cost table with a column per year (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/**
 * Section V of the offer (Dz.U. 2018 poz. 2057, zał. 1) as tables: V.A grouped by action (one
 * row group each, with its subtotal), V.B the sources with shares, V.C the split of a joint offer.
 * The same rows and numbers as the PDF (domain/offers/offer-document-layout.ts).
 */
export function OfferCostsView({ document: doc }: { document: OfferDocument }) {
  const t = useT();
  const table = costTable(doc);
  const years = table.years.length >= 2 ? table.years : [];
  const width = 6 + years.length;
  const sources = sourcesTable(doc);
  const split = splitTable(doc);

  const line = (l: CostLine) => (
    <tr key={l.lp}>
      <td>{l.lp}</td>
      <th scope="row">{l.row.name || "—"}</th>
      <td>{l.row.unit || "—"}</td>
      <td style={NUM}>{formatPln(l.row.unitCost)}</td>
      <td style={NUM}>{formatUnits(l.row.units)}</td>
      <td style={NUM}>{formatPln(l.value)}</td>
      {years.map((y) => (
        <td key={y} style={NUM}>
          {l.row.year === y ? formatPln(l.value) : ""}
        </td>
      ))}
    </tr>
  );
  const sum = (label: string, group: CostGroup) => (
    <tr>
      <th scope="row" colSpan={5}>
        {label}
      </th>
      <td style={NUM}>
        <strong>{formatPln(group.total)}</strong>
      </td>
      {years.map((y) => (
        <td key={y} style={NUM}>
          <strong>{group.byYear.has(y) ? formatPln(group.byYear.get(y) ?? 0) : "—"}</strong>
        </td>
      ))}
    </tr>
  );

  return (
    <section aria-labelledby="offer-doc-V">
      <h2 id="offer-doc-V">{t("offerDoc.section.V")}</h2>
      <h3>{t("offerDoc.V.A")}</h3>
      <TableScroll label={t("offerDoc.V.A")}>
        <table>
          <caption className="visually-hidden">{t("offerDoc.V.A")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("offerDoc.lp")}</th>
              <th scope="col">{t("offerDoc.V.A.kind")}</th>
              <th scope="col">{t("offerDoc.V.A.unit")}</th>
              <th scope="col" style={NUM}>
                {t("offerDoc.V.A.unitCost")}
              </th>
              <th scope="col" style={NUM}>
                {t("offerDoc.V.A.units")}
              </th>
              <th scope="col" style={NUM}>
                {t("offerDoc.V.A.total")}
              </th>
              {years.map((y) => (
                <th key={y} scope="col" style={NUM}>
                  {t("offerDoc.V.A.year", { year: y })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={width}>
                I. {t("offerDoc.V.A.actions")}
              </th>
            </tr>
          </tbody>
          {table.actions.map((a) => (
            <tbody key={a.action}>
              <tr>
                <th scope="rowgroup" colSpan={width}>
                  {a.lp}. {t("offerDoc.V.A.action", { n: a.action, name: a.name || "—" })}
                </th>
              </tr>
              {a.lines.map(line)}
              {sum(t("offerDoc.V.A.actionTotal", { n: a.action }), a)}
            </tbody>
          ))}
          <tbody>
            {sum(t("offerDoc.V.A.actionsTotal"), table.actionsTotal)}
            <tr>
              <th scope="rowgroup" colSpan={width}>
                II. {t("offerDoc.V.A.admin")}
              </th>
            </tr>
            {table.admin.lines.map(line)}
            {sum(t("offerDoc.V.A.adminTotal"), table.admin)}
          </tbody>
          <tfoot>{sum(t("offerDoc.V.A.grandTotal"), table.total)}</tfoot>
        </table>
      </TableScroll>

      <h3>{t("offerDoc.V.B")}</h3>
      <TableScroll label={t("offerDoc.V.B")}>
        <table>
          <caption className="visually-hidden">{t("offerDoc.V.B")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("offerDoc.lp")}</th>
              <th scope="col">{t("offerDoc.V.B.source")}</th>
              <th scope="col" style={NUM}>
                {t("offerDoc.V.B.value")}
              </th>
              <th scope="col" style={NUM}>
                {t("offerDoc.V.B.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.rows.map((r) => (
              <tr key={r.key}>
                <td>{r.lp}</td>
                <th scope="row">{t(`offerDoc.V.B.${r.key}`)}</th>
                <td style={NUM}>{formatPln(r.value)}</td>
                <td style={NUM}>{r.share}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {sources.unallocated !== 0 ? (
        <p className="notice notice--error">
          {t("offerDoc.V.B.unallocated", { amount: formatMoney(sources.unallocated) })}
        </p>
      ) : null}

      {split ? (
        <>
          <h3>{t("offerDoc.V.C")}</h3>
          <TableScroll label={t("offerDoc.V.C")}>
            <table>
              <caption className="visually-hidden">{t("offerDoc.V.C")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("offerDoc.lp")}</th>
                  <th scope="col">{t("offerDoc.V.C.offeror")}</th>
                  <th scope="col" style={NUM}>
                    {t("offerDoc.V.C.value")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {split.rows.map((r) => (
                  <tr key={r.lp}>
                    <td>{r.lp}</td>
                    <th scope="row">{r.name}</th>
                    <td style={NUM}>{formatPln(r.value)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t("offerDoc.V.A.grandTotal")}
                  </th>
                  <td style={NUM}>
                    <strong>{formatPln(split.sum)}</strong>
                  </td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </>
      ) : null}
    </section>
  );
}
