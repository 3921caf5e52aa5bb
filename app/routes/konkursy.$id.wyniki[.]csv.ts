import { csvResponse, resultsTable } from "../lib/results/results-export.server";
import { loadPublicResults } from "../lib/results/results-route.server";
import type { Route } from "./+types/konkursy.$id.wyniki[.]csv";

/** GET /konkursy/:id/wyniki.csv — the published results for Polish spreadsheets (formulas neutralised). */
export async function loader({ context, params }: Route.LoaderArgs) {
  const results = await loadPublicResults(context, params.id);
  return csvResponse(resultsTable(context, results.rows));
}
