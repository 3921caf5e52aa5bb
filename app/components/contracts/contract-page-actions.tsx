import type { ReactNode } from "react";
import { formatDate } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { translateError, useT } from "../../lib/shell";
import { ErrorSummary, Field, FieldError, type FieldErrors, PostForm } from "../forms";
import type { InstalmentRow } from "./instalment-ledger";

export interface ContractActionRefusal {
  messageKey: string;
  fieldErrors: FieldErrors;
  values: Record<string, string>;
}

type Allowed = Record<"send" | "recall" | "sign" | "start" | "recordPayment" | "terminate", boolean>;

/**
 * The office's forms for what may be done with the contract now; each posts its intent, works
 * without JavaScript, and shows a refusal next to its own fields with the typed values kept.
 */
export function ContractPageActions(props: {
  allowed: Allowed;
  instalments: InstalmentRow[];
  refused: ContractActionRefusal | null;
  maxSize: string;
}) {
  const t = useT();
  const { allowed, refused } = props;
  const mine = (intent: string) => (refused?.values.intent === intent ? refused : null);
  if (!Object.values(allowed).some(Boolean)) return null;
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t("contracts.actions.title")}</h2>
      {allowed.send ? (
        <ActionForm intent="send" title={t("contracts.actions.send")} refused={mine("send")}>
          <p>{t("contracts.actions.sendLead")}</p>
        </ActionForm>
      ) : null}
      {allowed.recall ? (
        <ReasonForm intent="recall" title={t("contracts.actions.recall")} refused={mine("recall")} />
      ) : null}
      {allowed.sign ? <SignForm refused={mine("sign")} maxSize={props.maxSize} /> : null}
      {allowed.start ? (
        <ActionForm intent="start" title={t("contracts.actions.start")} refused={mine("start")}>
          <p>{t("contracts.actions.startLead")}</p>
        </ActionForm>
      ) : null}
      {allowed.recordPayment
        ? props.instalments.map((i) => (
            <PaymentForm
              key={i.position}
              instalment={i}
              refused={mine("pay")?.values.position === String(i.position) ? mine("pay") : null}
            />
          ))
        : null}
      {allowed.terminate ? (
        <ReasonForm intent="terminate" title={t("contracts.actions.terminate")} refused={mine("terminate")} />
      ) : null}
    </section>
  );
}

function FormMessage({ refused }: { refused: ContractActionRefusal | null }) {
  const t = useT();
  if (!refused) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{translateError(t, refused.messageKey)}</p>
    </div>
  );
}

function ActionForm(props: {
  intent: string;
  title: string;
  refused: ContractActionRefusal | null;
  children: ReactNode;
}) {
  const t = useT();
  const id = `action-${props.intent}`;
  return (
    <section aria-labelledby={id} className="contract-action">
      <h3 id={id}>{props.title}</h3>
      <FormMessage refused={props.refused} />
      <PostForm>
        <input type="hidden" name="intent" value={props.intent} />
        {props.children}
        <button type="submit" className="primary">
          {t(`contracts.actions.${props.intent}Submit`)}
        </button>
      </PostForm>
    </section>
  );
}

/** A form whose one field is the reason (recalling or terminating the contract). */
function ReasonForm(props: { intent: string; title: string; refused: ContractActionRefusal | null }) {
  const t = useT();
  return (
    <ActionForm intent={props.intent} title={props.title} refused={props.refused}>
      <Field
        idPrefix={props.intent}
        name="reason"
        label={t("contracts.actions.reason")}
        required
        multiline
        maxLength={2000}
        defaultValue={props.refused?.values.reason ?? ""}
        errors={props.refused?.fieldErrors}
      />
    </ActionForm>
  );
}

function SignForm(props: { refused: ContractActionRefusal | null; maxSize: string }) {
  const t = useT();
  const errors = props.refused?.fieldErrors;
  const fileErrors = errors?.file;
  const fileLabel = t("contracts.actions.signFile");
  return (
    <section aria-labelledby="action-sign" className="contract-action">
      <h3 id="action-sign">{t("contracts.actions.sign")}</h3>
      <ErrorSummary errors={errors} labels={{ signedOn: t("contracts.actions.signedOn"), file: fileLabel }} />
      <PostForm encType="multipart/form-data">
        <Field
          idPrefix="sign"
          name="signedOn"
          type="date"
          label={t("contracts.actions.signedOn")}
          required
          defaultValue={props.refused?.values.signedOn ?? ""}
          errors={errors}
        />
        <div className={`field${fileErrors?.length ? " field--error" : ""}`}>
          <label htmlFor="sign-file">
            {fileLabel}
            <span aria-hidden="true"> *</span>
          </label>
          <p className="field__hint" id="sign-file-hint">
            {t("contracts.actions.signFileHint", { max: props.maxSize })}
          </p>
          <FieldError id="sign-file-error" messages={fileErrors} />
          <input
            type="file"
            id="sign-file"
            name="file"
            required
            accept=".pdf,application/pdf"
            aria-invalid={fileErrors?.length ? true : undefined}
            aria-describedby={fileErrors?.length ? "sign-file-hint sign-file-error" : "sign-file-hint"}
          />
        </div>
        <button type="submit" className="primary">
          {t("contracts.actions.signSubmit")}
        </button>
      </PostForm>
    </section>
  );
}

function PaymentForm(props: { instalment: InstalmentRow; refused: ContractActionRefusal | null }) {
  const t = useT();
  const i = props.instalment;
  const values = props.refused?.values;
  const title = t("contracts.actions.pay", {
    n: i.position,
    date: formatDate(i.plannedOn),
    amount: formatMoney(i.plannedAmount),
  });
  return (
    <section aria-labelledby={`action-pay-${i.position}`} className="contract-action">
      <h3 id={`action-pay-${i.position}`}>{title}</h3>
      <FormMessage refused={props.refused} />
      <PostForm>
        <input type="hidden" name="intent" value="pay" />
        <input type="hidden" name="position" value={i.position} />
        <Field
          idPrefix={`pay-${i.position}`}
          name="paidOn"
          type="date"
          label={t("contracts.actions.paidOn")}
          required
          defaultValue={values?.paidOn ?? i.paidOn ?? ""}
          errors={props.refused?.fieldErrors}
        />
        <Field
          idPrefix={`pay-${i.position}`}
          name="paidAmount"
          label={t("contracts.actions.paidAmount")}
          hint={t("contracts.actions.paidAmountHint", { amount: formatMoney(i.plannedAmount) })}
          inputMode="decimal"
          required
          defaultValue={
            values?.paidAmount ??
            (i.paidAmount === null ? "" : (i.paidAmount / 100).toFixed(2).replace(".", ","))
          }
          errors={props.refused?.fieldErrors}
        />
        <button type="submit" className="primary">
          {i.paidOn ? t("contracts.actions.payCorrect") : t("contracts.actions.paySubmit")}
        </button>
      </PostForm>
    </section>
  );
}
