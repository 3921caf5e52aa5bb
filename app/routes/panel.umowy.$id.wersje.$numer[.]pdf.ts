import { memberContractFile } from "../lib/contracts/documents-routes.server";
import type { Route } from "./+types/panel.umowy.$id.wersje.$numer[.]pdf";

/** GET /panel/umowy/:id/wersje/:numer.pdf — a version of the contract as PDF, for the members of the offerors, once the contract was sent. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return memberContractFile(context, request, params, "pdf");
}
