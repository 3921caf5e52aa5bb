import { resultsTable, xlsxResponse } from "../lib/results/results-export.server";
import { loadPublicResults } from "../lib/results/results-route.server";
import type { Route } from "./+types/konkursy.$id.wyniki[.]xlsx";

/** GET /konkursy/:id/wyniki.xlsx — the published results as a workbook, amounts as numbers. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const results = await loadPublicResults(context, params.id);
  return xlsxResponse(resultsTable(context, results.rows));
}
