import type { PublicOrganizationQuery } from "~/domain/portal/api-schemas";
import { PUBLIC_PAGE_SIZE } from "~/domain/portal/rules";

/** The filters of a search as a query string (defaults left out), so every search has a short, shareable address. */
export function searchQueryString(
  search: PublicOrganizationQuery,
  options: { page?: number; withPaging?: boolean } = {},
): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.area) params.set("area", search.area);
  if (search.district) params.set("district", search.district);
  if (search.legalForm) params.set("legalForm", search.legalForm);
  if (search.opp !== undefined) params.set("opp", String(search.opp));
  if (search.sort !== "name") params.set("sort", search.sort);
  if (options.withPaging !== false) {
    const page = options.page ?? search.page;
    if (page > 1) params.set("page", String(page));
    if (search.pageSize !== PUBLIC_PAGE_SIZE) params.set("pageSize", String(search.pageSize));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
