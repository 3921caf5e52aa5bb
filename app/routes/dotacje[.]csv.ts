import { grantsOfRequestedYear } from "../lib/results/grants-route.server";
import { csvResponse, grantsTable } from "../lib/results/results-export.server";
import type { Route } from "./+types/dotacje[.]csv";

/** GET /dotacje.csv?rok= — the year's grants for Polish spreadsheets. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { year, grants } = await grantsOfRequestedYear(context, request);
  return csvResponse(grantsTable(context, grants, year));
}
