import type { RouterContextProvider } from "react-router";
import type { PublicOrganization } from "~/domain/portal/api-schemas";
import { readPublicOrganizationQuery } from "~/domain/portal/api-schemas";
import { exportPublicOrganizations } from "~/domain/portal/export-public-organizations";
import type { XlsxColumn } from "~/platform/export/xlsx.server";
import { type Translate, translator } from "../../i18n/catalog";
import { absoluteUrl } from "../api.server";
import { preferencesContext, servicesContext, tenantContext } from "../contexts";

/**
 * The NGO base as a table for the CSV and XLSX downloads: the search of the address, every page of
 * it, public fields only. Representatives and bank accounts stay on the profile pages: a bulk file
 * of people's names is more than the base's purpose needs (RODO art. 5 ust. 1 lit. c).
 */
const COLUMNS: {
  key: string;
  width: number;
  value: (o: PublicOrganization, t: Translate, url: string) => string;
}[] = [
  { key: "org.field.name", width: 50, value: (o) => o.name },
  { key: "org.field.legalForm", width: 30, value: (o, t) => t(`org.legalForm.${o.legalForm}`) },
  { key: "org.field.krs", width: 13, value: (o) => o.krs ?? "" },
  { key: "org.field.otherRegister", width: 30, value: (o) => o.otherRegister ?? "" },
  { key: "org.field.nip", width: 13, value: (o) => o.nip ?? "" },
  { key: "org.field.regon", width: 15, value: (o) => o.regon ?? "" },
  { key: "org.field.street", width: 30, value: (o) => o.street },
  { key: "org.field.postalCode", width: 10, value: (o) => o.postalCode },
  { key: "org.field.city", width: 20, value: (o) => o.city },
  { key: "org.field.district", width: 20, value: (o) => o.district ?? "" },
  { key: "org.field.email", width: 30, value: (o) => o.email ?? "" },
  { key: "org.field.phone", width: 18, value: (o) => o.phone ?? "" },
  { key: "org.field.website", width: 30, value: (o) => o.website ?? "" },
  {
    key: "portal.export.areas",
    width: 60,
    value: (o, t) => o.areas.map((a) => t(`org.area.${a}`)).join("; "),
  },
  { key: "portal.export.opp", width: 10, value: (o, t) => (o.opp ? t("org.opp.yes") : t("org.opp.no")) },
  { key: "portal.export.profileUrl", width: 50, value: (_o, _t, url) => url },
];

/** The table of the search in the request's address, headed in the visitor's language. */
export async function organizationExportTable(context: Readonly<RouterContextProvider>, request: Request) {
  const t = translator(context.get(preferencesContext).locale);
  const { search } = readPublicOrganizationQuery(new URL(request.url).searchParams);
  const { rows, truncated } = await exportPublicOrganizations({
    db: context.get(servicesContext).db,
    tenantId: context.get(tenantContext).id,
    search,
  });
  const columns: XlsxColumn[] = COLUMNS.map((c) => ({ header: t(c.key), width: c.width }));
  const cells = rows.map((o) =>
    COLUMNS.map((c) => c.value(o, t, absoluteUrl(request, `/organizacje/${o.id}`))),
  );
  const day = context.get(servicesContext).clock.now().toISOString().slice(0, 10);
  return { t, columns, cells, truncated, day };
}

/** Headers of a download: the file name with the day's date, open to every origin like the API. */
export function downloadHeaders(options: {
  contentType: string;
  extension: string;
  day: string;
  truncated: boolean;
}) {
  const { contentType, extension, day, truncated } = options;
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="baza-ngo-${day}.${extension}"`,
    "Cache-Control": "public, max-age=60",
    "Access-Control-Allow-Origin": "*",
    ...(truncated ? { "X-Export-Truncated": "true" } : {}),
  };
}
