import { downloadSignedContract } from "../lib/contracts/lifecycle-office.server";
import type { Route } from "./+types/urzad.umowy.$id.podpisana.$plik";

/** GET /urzad/umowy/:id/podpisana/:plik — the signed scan of the contract, as a download. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return downloadSignedContract(context, request, params.id);
}
