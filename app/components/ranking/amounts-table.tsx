import type { RankedOffer } from "~/domain/ranking/read-ranking";
import { formatMoney } from "~/platform/format/money";
import { moneyInput } from "../../lib/offers/section-values";
import { translateError, useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";

/**
 * A table of amounts typed per offer (proposed by the committee, or awarded by the decision):
 * Polish money ("12 000,00"), at most the requested amount, the error next to its cell.
 */
export function AmountsTable(props: {
  /** "amount" (proposed) or "awarded": the fields are `<prefix>.<offerId>`. */
  prefix: "amount" | "awarded";
  caption: string;
  offers: RankedOffer[];
  /** The amount to show when nothing was typed yet. */
  initial: (offer: RankedOffer) => number | null;
  values?: Record<string, string>;
  errors?: FieldErrors;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ranking.col.rank")}</th>
            <th scope="col">{t("ranking.col.offer")}</th>
            <th scope="col">{t("ranking.col.requested")}</th>
            <th scope="col">{t(`ranking.col.${props.prefix}`)}</th>
          </tr>
        </thead>
        <tbody>
          {props.offers.map((o) => {
            const name = `${props.prefix}.${o.offerId}`;
            const id = `f-${name}`;
            const messages = props.errors?.[name] ?? [];
            const typed = props.values?.[name];
            return (
              <tr key={o.offerId}>
                <td>{o.rank ?? "—"}</td>
                <th scope="row" id={`${id}-offer`}>
                  {o.organizationName} — {o.title}
                </th>
                <td className="num" id={`${id}-requested`}>
                  {formatMoney(o.requestedAmount)}
                </td>
                <td className={messages.length ? "field--error" : undefined}>
                  <label htmlFor={id} className="visually-hidden">
                    {t(`ranking.col.${props.prefix}`)}: {o.organizationName}
                  </label>
                  <input
                    id={id}
                    name={name}
                    inputMode="decimal"
                    size={14}
                    autoComplete="off"
                    disabled={props.disabled}
                    defaultValue={typed ?? moneyInput(props.initial(o))}
                    aria-invalid={messages.length ? true : undefined}
                    aria-describedby={[`${id}-requested`, messages.length ? `${id}-error` : ""]
                      .filter(Boolean)
                      .join(" ")}
                  />{" "}
                  zł
                  {messages.length ? (
                    <p className="field__error" id={`${id}-error`}>
                      {messages.map((m) => translateError(t, m)).join(" ")}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The total of the amounts against the competition's funds, warning (in words) when above. */
export function FundsSummary(props: { total: number; funds: number; kind: "proposed" | "awarded" }) {
  const t = useT();
  const over = props.total > props.funds;
  return (
    <p className={over ? "notice notice--error" : undefined} role={over ? "alert" : undefined}>
      {t(`ranking.total.${props.kind}`, { total: formatMoney(props.total), funds: formatMoney(props.funds) })}
      {over ? ` ${t("ranking.total.over")}` : ""}
    </p>
  );
}
