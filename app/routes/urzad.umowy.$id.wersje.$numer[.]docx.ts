import { officeContractFile } from "../lib/contracts/documents-routes.server";
import type { Route } from "./+types/urzad.umowy.$id.wersje.$numer[.]docx";

/** GET /urzad/umowy/:id/wersje/:numer.docx — a version of the contract as DOCX, for the office (per the contract's policy: an officer only in the competition's department). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return officeContractFile(context, request, params, "docx");
}
