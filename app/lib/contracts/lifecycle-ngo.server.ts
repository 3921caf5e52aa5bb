import type { RouterContextProvider } from "react-router";
import { getMemberContract } from "~/domain/contracts/get-member-contract";
import { listMemberContracts } from "~/domain/contracts/list-member-contracts";
import { servicesContext, tenantContext } from "../contexts";
import { actorOf, requireUser } from "../guards.server";
import { orRefusalPage } from "../http.server";

/*
 * Route plumbing of the organisation's contract pages (/panel/umowy, /panel/umowy/:id): the
 * contracts of the person's organisations once sent; a draft answers 404, a stranger 403.
 */

type Context = Readonly<RouterContextProvider>;

function deps(context: Context) {
  const { db } = context.get(servicesContext);
  return { db, tenantId: context.get(tenantContext).id, actor: actorOf(context) };
}

/** The person's organisations' contracts. */
export async function loadMemberContracts(context: Context, request: Request) {
  requireUser(context, request);
  return { contracts: await listMemberContracts(deps(context)) };
}

/** One contract as the organisation sees it, or the 403/404 page. */
export async function loadMemberContract(context: Context, request: Request, contractId: unknown) {
  requireUser(context, request);
  const view = await orRefusalPage(context, getMemberContract({ ...deps(context), contractId }), {
    type: "contract",
    id: contractId,
  });
  return { view };
}
