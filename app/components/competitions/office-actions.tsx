import type { ReactNode } from "react";
import { Link } from "react-router";
import type { CompetitionAction } from "~/domain/competitions/policy";
import { translateError, useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm } from "../forms";

/**
 * What the officer may do with the competition now: each action a POST form that says what will
 * happen before the button (works without JavaScript). Editing and amending open their own forms.
 */
export function OfficeActions(props: {
  id: string;
  allowed: Record<CompetitionAction, boolean>;
  errors?: FieldErrors;
  values?: Record<string, string>;
  /** The intent whose form the errors belong to. */
  refusedIntent?: string | null;
}) {
  const t = useT();
  const { allowed, id } = props;
  const errorsFor = (intent: string) => (props.refusedIntent === intent ? props.errors : undefined);
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t("competition.actions.title")}</h2>
      {allowed["draft.edit"] || allowed.amend ? (
        <ul>
          {allowed["draft.edit"] ? (
            <li>
              <Link to={`/urzad/konkursy/${id}/edytuj`}>{t("competition.actions.edit")}</Link>
            </li>
          ) : null}
          {allowed.amend ? (
            <li>
              <Link to={`/urzad/konkursy/${id}/zmiana`}>{t("competition.actions.amend")}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      {allowed.publish ? (
        <ActionForm
          intent="publish"
          hint={t("competition.actions.publish.hint")}
          label={t("competition.actions.publish")}
          primary
        >
          <PublishRefusal errors={errorsFor("publish")} id={id} />
        </ActionForm>
      ) : null}
      {allowed["evaluation.start"] ? (
        <ActionForm
          intent="startEvaluation"
          hint={t("competition.actions.startEvaluation.hint")}
          label={t("competition.actions.startEvaluation")}
          primary
        />
      ) : null}
      {allowed.copy ? (
        <ActionForm
          intent="copy"
          hint={t("competition.actions.copy.hint")}
          label={t("competition.actions.copy")}
        />
      ) : null}
      {allowed.cancel ? (
        <ActionForm
          intent="cancel"
          hint={t("competition.actions.cancel.hint")}
          label={t("competition.actions.cancel")}
          danger
        >
          <ErrorSummary errors={errorsFor("cancel")} labels={{ reason: t("competition.field.reason") }} />
          <Field
            name="reason"
            idPrefix="cancel"
            label={t("competition.field.reason")}
            hint={t("competition.field.reason.hint")}
            multiline
            required
            errors={errorsFor("cancel")}
            defaultValue={props.refusedIntent === "cancel" ? props.values?.reason : undefined}
          />
        </ActionForm>
      ) : null}
    </section>
  );
}

function ActionForm(props: {
  intent: string;
  hint: string;
  label: string;
  primary?: boolean;
  danger?: boolean;
  children?: ReactNode;
}) {
  const hintId = `${props.intent}-hint`;
  return (
    <PostForm>
      <input type="hidden" name="intent" value={props.intent} />
      <p id={hintId}>{props.hint}</p>
      {props.children}
      <div className="actions">
        <button
          type="submit"
          className={props.primary ? "primary" : props.danger ? "danger" : undefined}
          aria-describedby={hintId}
        >
          {props.label}
        </button>
      </div>
    </PostForm>
  );
}

/** Why publishing was refused: each missing or wrong part, with the way to the edit form. */
function PublishRefusal({ errors, id }: { errors?: FieldErrors; id: string }) {
  const t = useT();
  const entries = Object.entries(errors ?? {}).filter(([, m]) => m?.length);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h3>{t("competition.actions.publish.refused")}</h3>
      <ul>
        {entries.map(([field, messages]) => (
          <li key={field}>
            <Link to={`/urzad/konkursy/${id}/edytuj#f-${field}`}>{t(`competition.field.${field}`)}</Link>:{" "}
            <ErrorText messages={messages ?? []} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ErrorText({ messages }: { messages: string[] }) {
  const t = useT();
  return <>{messages.map((m) => translateError(t, m)).join(" ")}</>;
}
