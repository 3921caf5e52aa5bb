import type { RouterContextProvider } from "react-router";
import { allGrantsOfYear, currentGrantYear, grantYears, listGrants } from "~/domain/results/list-grants";
import { servicesContext, tenantContext } from "../contexts";

/*
 * Route plumbing of the grants' open data: the page (/dotacje?rok=&strona=) and its downloads
 * (/dotacje.csv?rok=, /dotacje.xlsx?rok=). A missing or malformed year is the current Warsaw year.
 */

type Context = Readonly<RouterContextProvider>;

function grantYearOf(context: Context, request: Request): number {
  const raw = new URL(request.url).searchParams.get("rok") ?? "";
  const year = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  return year >= 2000 && year <= 2100 ? year : currentGrantYear(context.get(servicesContext).clock);
}

/** The page: one page of the year's grants, the totals and the years to choose from. */
export async function grantsPage(context: Context, request: Request) {
  const { db, clock } = context.get(servicesContext);
  const tenantId = context.get(tenantContext).id;
  const year = grantYearOf(context, request);
  const page = Number(new URL(request.url).searchParams.get("strona")) || 1;
  const list = await listGrants({
    db,
    clock,
    tenantId,
    query: { year, page: Math.max(1, Math.trunc(page)) },
  });
  const years = new Set(await grantYears(db, tenantId));
  years.add(year);
  years.add(currentGrantYear(clock));
  return { ...list, years: [...years].sort((a, b) => b - a) };
}

/** Every grant of the year in the address (the downloads). */
export async function grantsOfRequestedYear(context: Context, request: Request) {
  const year = grantYearOf(context, request);
  const grants = await allGrantsOfYear({
    db: context.get(servicesContext).db,
    tenantId: context.get(tenantContext).id,
    year,
  });
  return { year, grants };
}
