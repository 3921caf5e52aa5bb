import { Link } from "react-router";
import type { ChangeDiff } from "~/domain/annexes/rules";
import { formatMoney } from "~/platform/format/money";
import { ChangeDiffTables, ShiftNotice } from "../components/annexes/change-diff";
import { ChangeForm } from "../components/annexes/change-form";
import { changeFormAction, loadChangeForm } from "../lib/annexes/ngo.server";
import type { ActionFailure } from "../lib/http.server";
import { translateError, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.umowy.$id.zmiana";

/**
 * GET /panel/umowy/:id/zmiana — the organisation's request to change its contract (wniosek o
 * zmianę, PROCESS.md §4): the kinds of change, the justification and the proposed values
 * prefilled with the contract's current ones. "Sprawdź zmiany" shows the difference and, for a
 * shift between cost lines within the allowed percentage, that no annex is needed.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadChangeForm(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return changeFormAction(context, request, params.id);
}

type Answer = { ok: true; values: Record<string, string>; focus?: string; diff: ChangeDiff | null };

export default function ChangeRequestPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { contract } = loaderData;
  const answer = actionData as Answer | ActionFailure | undefined;
  const refused = answer && !answer.ok ? answer : null;
  const shown = answer?.ok ? answer : null;
  const title = t("annexes.form.title", { number: contract.number });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        {contract.taskTitle} — <Link to={`/panel/umowy/${contract.id}`}>{t("annexes.back")}</Link>
      </p>
      <p>{t("annexes.form.intro", { grant: formatMoney(loaderData.grantAmount) })}</p>
      {!loaderData.can.submit ? (
        <p className="notice">{t("annexes.form.closed")}</p>
      ) : (
        <>
          {refused && Object.keys(refused.fieldErrors).length === 0 ? (
            <div className="notice notice--error" role="alert">
              <p>{translateError(t, refused.messageKey)}</p>
            </div>
          ) : null}
          {shown?.diff ? (
            <section aria-labelledby="change-preview">
              <h2 id="change-preview">{t("annexes.form.previewHeading")}</h2>
              <ShiftNotice diff={shown.diff} />
              {shown.diff.empty ? <p>{t("annexes.diff.none")}</p> : <ChangeDiffTables diff={shown.diff} />}
            </section>
          ) : null}
          <ChangeForm
            values={refused?.values ?? shown?.values ?? loaderData.values}
            errors={refused?.fieldErrors ?? {}}
            focus={shown?.focus}
            actionNames={loaderData.actionNames}
            options={loaderData.options}
          />
        </>
      )}
    </>
  );
}
