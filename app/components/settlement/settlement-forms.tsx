import { formatMoney } from "~/platform/format/money";
import type { ActionFailure } from "../../lib/http.server";
import { useT } from "../../lib/shell";
import { Field, PostForm, SelectField } from "../forms";

/*
 * The office's settlement forms. Each posts an `intent`; a refused form gets its errors next to
 * its fields and keeps what was typed (the action's values), the line's form by its key.
 */

export type Refused = Pick<ActionFailure, "fieldErrors" | "values" | "messageKey"> | null;

const refusedFor = (refused: Refused, intent: string, lineKey?: string) =>
  refused && refused.values.intent === intent && (lineKey === undefined || refused.values.lineKey === lineKey)
    ? refused
    : null;

/** Marks part of a line's actual cost ineligible (or takes the mark back). */
export function IneligibleForm({
  lineKey,
  mark,
  actual,
  refused,
}: {
  lineKey: string;
  mark: { amount: number; reason: string } | undefined;
  actual: number;
  refused: Refused;
}) {
  const t = useT();
  const mine = refusedFor(refused, "mark", lineKey);
  return (
    <>
      <PostForm>
        <input type="hidden" name="intent" value="mark" />
        <input type="hidden" name="lineKey" value={lineKey} />
        <Field
          idPrefix={`line-${lineKey}`}
          name="amount"
          label={t("settlement.mark.amount")}
          hint={t("settlement.mark.amountHint", { actual: formatMoney(actual) })}
          inputMode="decimal"
          defaultValue={mine?.values.amount ?? (mark ? formatMoney(mark.amount).replace(/\s*zł$/, "") : "")}
          errors={mine?.fieldErrors}
        />
        <Field
          idPrefix={`line-${lineKey}`}
          name="reason"
          label={t("settlement.mark.reason")}
          multiline
          maxLength={2000}
          defaultValue={mine?.values.reason ?? mark?.reason ?? ""}
          errors={mine?.fieldErrors}
        />
        <button type="submit">{t("settlement.mark.submit")}</button>
      </PostForm>
      {mark ? (
        <PostForm>
          <input type="hidden" name="intent" value="unmark" />
          <input type="hidden" name="lineKey" value={lineKey} />
          <button type="submit">{t("settlement.mark.remove")}</button>
        </PostForm>
      ) : null}
    </>
  );
}

/** Corrects the bank interest to return (the report's figure by default). */
export function BankInterestForm({ current, refused }: { current: number; refused: Refused }) {
  const t = useT();
  const mine = refusedFor(refused, "bankInterest");
  return (
    <PostForm>
      <input type="hidden" name="intent" value="bankInterest" />
      <Field
        idPrefix="interest"
        name="bankInterest"
        label={t("settlement.bankInterest.label")}
        hint={t("settlement.bankInterest.hint")}
        inputMode="decimal"
        defaultValue={mine?.values.bankInterest ?? formatMoney(current).replace(/\s*zł$/, "")}
        errors={mine?.fieldErrors}
      />
      <button type="submit">{t("settlement.bankInterest.submit")}</button>
    </PostForm>
  );
}

/** Records a return paid into the authority's account. */
export function ReturnForm({ refused }: { refused: Refused }) {
  const t = useT();
  const mine = refusedFor(refused, "return");
  return (
    <PostForm>
      <input type="hidden" name="intent" value="return" />
      <SelectField
        idPrefix="return"
        name="kind"
        label={t("settlement.returns.kind")}
        options={[
          { value: "principal", label: t("settlement.returns.kind.principal") },
          { value: "interest", label: t("settlement.returns.kind.interest") },
        ]}
        defaultValue={mine?.values.kind ?? "principal"}
        errors={mine?.fieldErrors}
      />
      <Field
        idPrefix="return"
        name="amount"
        label={t("settlement.returns.amount")}
        inputMode="decimal"
        required
        defaultValue={mine?.values.amount ?? ""}
        errors={mine?.fieldErrors}
      />
      <Field
        idPrefix="return"
        name="paidOn"
        type="date"
        label={t("settlement.returns.paidOn")}
        required
        defaultValue={mine?.values.paidOn ?? ""}
        errors={mine?.fieldErrors}
      />
      <Field
        idPrefix="return"
        name="note"
        label={t("settlement.returns.note")}
        maxLength={500}
        defaultValue={mine?.values.note ?? ""}
        errors={mine?.fieldErrors}
      />
      <button type="submit">{t("settlement.returns.submit")}</button>
    </PostForm>
  );
}

/** A form with one button (confirm the computation, close the file). */
export function IntentButton({
  intent,
  label,
  disabledReason,
}: {
  intent: string;
  label: string;
  /** Why the button is disabled (shown beside it), or null when it works. */
  disabledReason?: string | null;
}) {
  const describedBy = disabledReason ? `${intent}-why` : undefined;
  return (
    <PostForm>
      <input type="hidden" name="intent" value={intent} />
      <button
        type="submit"
        className="primary"
        disabled={Boolean(disabledReason)}
        aria-describedby={describedBy}
      >
        {label}
      </button>
      {disabledReason ? (
        <p className="hint" id={describedBy}>
          {disabledReason}
        </p>
      ) : null}
    </PostForm>
  );
}
