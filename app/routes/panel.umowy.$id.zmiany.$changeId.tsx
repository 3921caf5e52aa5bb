import { Link } from "react-router";
import { ChangeDiffTables, ShiftNotice } from "../components/annexes/change-diff";
import { AnnexFiles, ChangeFacts } from "../components/annexes/change-status";
import { PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { loadMemberChange, memberChangeAction } from "../lib/annexes/ngo.server";
import type { ActionFailure } from "../lib/http.server";
import { translateError, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.umowy.$id.zmiany.$changeId";

/**
 * GET /panel/umowy/:id/zmiany/:changeId — the organisation's change request: its status, what it
 * changes against the contract's version it was made on, the office's remarks, the annex's files
 * once approved, and the withdrawal while it waits.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadMemberChange(context, request, params.id, params.changeId);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return memberChangeAction(context, request, params.id, params.changeId);
}

export default function MemberChangePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused = actionData as ActionFailure | undefined;
  const title = t("annexes.request.title", { number: view.contract.number });
  const base = `/panel/umowy/${view.contract.id}`;
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        {view.contract.taskTitle} — <Link to={base}>{t("annexes.back")}</Link>
      </p>
      <Notice messageKey={notice} />
      {refused && !refused.ok ? (
        <div className="notice notice--error" role="alert">
          <p>{translateError(t, refused.messageKey)}</p>
        </div>
      ) : null}
      <ChangeFacts request={view.request} />
      <h2>{t("annexes.diff.heading")}</h2>
      <ShiftNotice diff={view.diff} />
      {view.diff.empty ? <p>{t("annexes.diff.none")}</p> : <ChangeDiffTables diff={view.diff} />}
      {view.annex ? <AnnexFiles base={base} number={view.annex.number} /> : null}
      {view.can.withdraw ? (
        <section aria-labelledby="change-withdraw">
          <h2 id="change-withdraw">{t("annexes.withdraw.heading")}</h2>
          <p>{t("annexes.withdraw.text")}</p>
          <PostForm>
            <button type="submit" name="intent" value="withdraw" className="danger">
              {t("annexes.withdraw.submit")}
            </button>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
