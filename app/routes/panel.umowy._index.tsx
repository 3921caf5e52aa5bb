import { ContractPageList } from "../components/contracts/contract-page-list";
import { loadMemberContracts } from "../lib/contracts/lifecycle-ngo.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.umowy._index";

/** GET /panel/umowy — the contracts of the person's organisations (as leader or partner), once sent. */
export async function loader({ request, context }: Route.LoaderArgs) {
  return loadMemberContracts(context, request);
}

export default function MemberContracts({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  return (
    <>
      <title>{`${t("contracts.list.memberTitle")} — ${tenant.name}`}</title>
      <h1>{t("contracts.list.memberTitle")}</h1>
      <p>{t("contracts.list.memberLead")}</p>
      {loaderData.contracts.length === 0 ? (
        <p>{t("contracts.list.memberEmpty")}</p>
      ) : (
        <ContractPageList
          rows={loaderData.contracts}
          base="/panel"
          caption={t("contracts.list.memberTitle")}
        />
      )}
    </>
  );
}
