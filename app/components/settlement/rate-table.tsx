import type { InterestRateRow } from "~/domain/settlement/interest-rates";
import { formatDate } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { formatPercent } from "~/platform/format/percent";
import { useT } from "../../lib/shell";
import { type AdminActionData, failureFor } from "../admin/action-notice";
import { Field, PostForm } from "../forms";

/** The rates with the day each applies from; a rate not yet in force can be removed. */
export function InterestRateTable({ rates, today }: { rates: InterestRateRow[]; today: string }) {
  const t = useT();
  if (rates.length === 0) return <p>{t("settlement.rates.none")}</p>;
  return (
    <table>
      <caption>{t("settlement.rates.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("settlement.rates.validFrom")}</th>
          <th scope="col">{t("settlement.rates.yearlyRate")}</th>
          <th scope="col">{t("settlement.rates.threshold")}</th>
          <th scope="col">{t("settlement.rates.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {rates.map((r) => (
          <tr key={r.id}>
            <th scope="row">{formatDate(r.validFrom)}</th>
            <td className="num">{formatPercent(r.yearlyBp, true)}</td>
            <td className="num">{formatMoney(r.thresholdGrosze)}</td>
            <td>
              {r.validFrom > today ? (
                <PostForm>
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="id" value={r.id} />
                  <button type="submit">
                    {t("settlement.rates.remove", { date: formatDate(r.validFrom) })}
                  </button>
                </PostForm>
              ) : (
                t("settlement.rates.inForce")
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Adds a rate from a day. */
export function AddInterestRateForm({ data }: { data: AdminActionData | undefined }) {
  const t = useT();
  const refused = failureFor(data, "add");
  return (
    <PostForm>
      <h2>{t("settlement.rates.addHeading")}</h2>
      <input type="hidden" name="intent" value="add" />
      <Field
        idPrefix="rate"
        name="validFrom"
        type="date"
        required
        label={t("settlement.rates.validFrom")}
        defaultValue={refused?.values.validFrom ?? ""}
        errors={refused?.fieldErrors}
      />
      <Field
        idPrefix="rate"
        name="yearlyRate"
        required
        inputMode="decimal"
        label={t("settlement.rates.yearlyRateField")}
        hint={t("settlement.rates.yearlyRateHint")}
        defaultValue={refused?.values.yearlyRate ?? ""}
        errors={refused?.fieldErrors}
      />
      <Field
        idPrefix="rate"
        name="threshold"
        inputMode="decimal"
        label={t("settlement.rates.thresholdField")}
        hint={t("settlement.rates.thresholdHint")}
        defaultValue={refused?.values.threshold ?? "8,70"}
        errors={refused?.fieldErrors}
      />
      <button type="submit" className="primary">
        {t("settlement.rates.add")}
      </button>
    </PostForm>
  );
}
