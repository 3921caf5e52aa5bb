import { Link } from "react-router";
import { ChangeDiffTables, ShiftNotice } from "../components/annexes/change-diff";
import { ChangeFacts } from "../components/annexes/change-status";
import { Field, FieldError, PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { loadOfficeChange, officeChangeAction } from "../lib/annexes/office.server";
import type { ActionFailure } from "../lib/http.server";
import { translateError, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.umowy.$id.zmiany.$changeId";

/**
 * GET /urzad/umowy/:id/zmiany/:changeId — a change request for the officer of the competition's
 * department: the difference against the version it was made on (the fields before → after, the
 * cost lines with their change in % and whether each stays within the allowed shift), and the
 * decision (approve: the annex is drawn up; reject with remarks). After approval, the annex's files.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadOfficeChange(context, request, params.id, params.changeId);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return officeChangeAction(context, request, params.id, params.changeId);
}

export default function OfficeChangePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? (actionData as ActionFailure) : null;
  const values = refused?.values;
  const title = t("annexes.request.title", { number: view.contract.number });
  const base = `/urzad/umowy/${view.contract.id}`;
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        {view.contract.taskTitle} — <Link to={base}>{t("annexes.back")}</Link>
      </p>
      <Notice messageKey={notice} />
      <ChangeFacts request={view.request} />
      <h2>{t("annexes.diff.heading")}</h2>
      {view.stale ? (
        <p className="notice notice--warning" role="status">
          {t("annexes.office.stale")}
        </p>
      ) : null}
      <ShiftNotice diff={view.diff} />
      {view.diff.empty ? <p>{t("annexes.diff.none")}</p> : <ChangeDiffTables diff={view.diff} />}
      {view.annex ? (
        <section aria-labelledby="annex-files">
          <h2 id="annex-files">{t("annexes.annex.heading", { n: view.annex.number })}</h2>
          <ul>
            <li>
              <a href={`${base}/aneksy/${view.annex.number}.pdf`}>
                {t("annexes.annex.pdf", { n: view.annex.number })}
              </a>
            </li>
            <li>
              <a href={`${base}/aneksy/${view.annex.number}.docx`}>
                {t("annexes.annex.docx", { n: view.annex.number })}
              </a>
            </li>
          </ul>
        </section>
      ) : null}
      {view.can.decide ? (
        <section aria-labelledby="change-decide">
          <h2 id="change-decide">{t("annexes.office.decide")}</h2>
          {refused ? (
            <div className="notice notice--error" role="alert">
              <p>{translateError(t, refused.messageKey)}</p>
            </div>
          ) : null}
          <PostForm>
            <fieldset aria-describedby={refused?.fieldErrors.decision ? "decision-error" : undefined}>
              <legend>{t("annexes.office.decision")}</legend>
              <FieldError id="decision-error" messages={refused?.fieldErrors.decision} />
              <div className="radios">
                {(["approve", "reject"] as const).map((d) => (
                  <div className="radio" key={d}>
                    <input
                      type="radio"
                      id={`decision-${d}`}
                      name="decision"
                      value={d}
                      defaultChecked={(values?.decision ?? "approve") === d}
                    />
                    <label htmlFor={`decision-${d}`}>{t(`annexes.office.${d}`)}</label>
                  </div>
                ))}
              </div>
            </fieldset>
            <Field
              idPrefix="decide"
              name="remarks"
              label={t("annexes.office.remarks")}
              multiline
              maxLength={4000}
              defaultValue={values?.remarks ?? ""}
              errors={refused?.fieldErrors}
            />
            <button type="submit" className="primary">
              {t("annexes.office.submit")}
            </button>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
