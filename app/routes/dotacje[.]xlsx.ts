import { grantsOfRequestedYear } from "../lib/results/grants-route.server";
import { grantsTable, xlsxResponse } from "../lib/results/results-export.server";
import type { Route } from "./+types/dotacje[.]xlsx";

/** GET /dotacje.xlsx?rok= — the year's grants as a workbook, amounts as numbers. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { year, grants } = await grantsOfRequestedYear(context, request);
  return xlsxResponse(grantsTable(context, grants, year));
}
