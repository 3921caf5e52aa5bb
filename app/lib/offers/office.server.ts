import type { RouterContextProvider } from "react-router";
import { countOffersAfterDeadline } from "~/domain/competitions/count-offers-after-deadline";
import { getCompetitionParameters } from "~/domain/competitions/get-competition-parameters";
import { shareBp } from "~/domain/offers/calculations";
import { getOfferVersion } from "~/domain/offers/get-offer-version";
import { type CompetitionOfferRow, listCompetitionOffers } from "~/domain/offers/list-competition-offers";
import { toXlsx, type XlsxColumn } from "~/platform/export/xlsx.server";
import { attachmentDisposition } from "~/platform/files/content-disposition";
import { warsawDateOf } from "~/platform/format/dates";
import { type Translate, translator } from "../../i18n/catalog";
import {
  competitionDeps,
  orCompetitionErrorPage,
  requireCompetitionOffice,
} from "../competitions/competitions-route.server";
import { preferencesContext, servicesContext } from "../contexts";
import { orOfferErrorPage } from "./offers-route.server";

/*
 * Route plumbing of the office's side of offers: the offers of one competition for the staff of
 * its department (the domain refuses drafts and other departments), their exports with the same
 * columns as the table, and the count the competition page links with.
 */

type Context = Readonly<RouterContextProvider>;

/** The offers of the competition in the URL and the funds it has, or the 403/404 page. */
export async function loadCompetitionOffers(context: Context, request: Request, competitionId: unknown) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const list = await orCompetitionErrorPage(
    context,
    listCompetitionOffers({ db, tenantId, staffRoles, competitionId }),
    competitionId,
  );
  // Read after the list, which has already refused anyone outside the department.
  const parameters = await getCompetitionParameters({ db, tenantId, competitionId: list.competition.id });
  const available = parameters.budgetYears.reduce((sum, y) => sum + y.amount, 0);
  return { ...list, available };
}

/** Own contribution as a share of the total cost in basis points (null without costs). */
export function ownShareBp(row: Pick<CompetitionOfferRow, "ownContribution" | "totalCost">): number | null {
  return shareBp({ part: row.ownContribution, whole: row.totalCost });
}

/** A share in basis points as a number of percent with two decimals (10,5 % → 10.5). */
const percentOf = (bp: number | null) => (bp === null ? null : Math.round(bp) / 100);

/** Grosze as złoty with two decimals, a number a spreadsheet can add up. */
const zloty = (grosze: number) => Math.round(grosze) / 100;

/** Excel's format code for "1 234,56" (the spreadsheet shows it with the reader's separators). */
const MONEY_FORMAT = "#,##0.00";
const PERCENT_FORMAT = "0.00";

type Cell = string | number | null;

/** The columns of the table, the CSV and the workbook (money columns hold złoty as numbers). */
const COLUMNS: {
  key: string;
  width: number;
  money?: boolean;
  value: (r: CompetitionOfferRow, i: number, t: Translate) => Cell;
}[] = [
  { key: "offersOffice.col.lp", width: 5, value: (_r, i) => i + 1 },
  { key: "offersOffice.col.receipt", width: 16, value: (r) => r.receiptNumber },
  { key: "offersOffice.col.leader", width: 45, value: (r) => r.organizations[0] ?? "" },
  { key: "offersOffice.col.partners", width: 45, value: (r) => r.organizations.slice(1).join("; ") },
  { key: "offersOffice.col.title", width: 50, value: (r) => r.title },
  { key: "offersOffice.col.status", width: 12, value: (r, _i, t) => t(`offersOffice.status.${r.status}`) },
  { key: "offersOffice.col.submittedAt", width: 20, value: (r) => warsawDateTime(r.submittedAt) },
  { key: "offersOffice.col.version", width: 8, value: (r) => r.versionNumber },
  { key: "offersOffice.col.totalCost", width: 16, money: true, value: (r) => zloty(r.totalCost) },
  { key: "offersOffice.col.grant", width: 16, money: true, value: (r) => zloty(r.requestedGrant) },
  { key: "offersOffice.col.own", width: 16, money: true, value: (r) => zloty(r.ownContribution) },
  { key: "offersOffice.col.ownShare", width: 12, value: (r) => percentOf(ownShareBp(r)) },
];

const warsawTime = new Intl.DateTimeFormat("pl-PL", {
  timeZone: "Europe/Warsaw",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** "2026-11-24 13:05:07" in Warsaw time: sortable in a spreadsheet. */
function warsawDateTime(at: Date): string {
  return `${warsawDateOf(at)} ${warsawTime.format(at)}`;
}

/** Lowercase ASCII words of a title for a file name, at most 60 characters, cut between words. */
function fileSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, "");
}

/** The competition's offers as export rows, headed in the viewer's language, with the file's name. */
export async function officeOffersExport(context: Context, request: Request, competitionId: unknown) {
  const list = await loadCompetitionOffers(context, request, competitionId);
  const t = translator(context.get(preferencesContext).locale);
  const columns: (XlsxColumn & { money: boolean })[] = COLUMNS.map((c) => ({
    header: t(c.key),
    width: c.width,
    money: c.money === true,
  }));
  const rows = list.offers.map((r, i) => COLUMNS.map((c) => c.value(r, i, t)));
  const day = warsawDateOf(context.get(servicesContext).clock.now());
  const filename = `oferty-${fileSlug(list.competition.title) || "konkurs"}-${day}`;
  return { t, columns, rows, filename, sheetName: t("offersOffice.export.sheet") };
}

/** The workbook: the platform's sheet (never formulas) with money and share columns formatted. */
export async function officeOffersXlsx(table: Awaited<ReturnType<typeof officeOffersExport>>) {
  const plain = await toXlsx({ sheetName: table.sheetName, columns: table.columns, rows: table.rows });
  // Loaded on first use: a sixth of a second of a server's start otherwise.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(plain as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("export sheet missing");
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    if (c.money) column.numFmt = MONEY_FORMAT;
    else if (COLUMNS[i]?.key === "offersOffice.col.ownShare") column.numFmt = PERCENT_FORMAT;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Headers of a staff download: the file's name, never cached by anyone in between. */
export function officeDownloadHeaders(contentType: string, filename: string) {
  return {
    "Content-Type": contentType,
    "Content-Disposition": attachmentDisposition(filename),
    "Cache-Control": "private, no-store",
  };
}

/** How many offers take part in a published competition (null before publication: no link yet). */
export async function officeOfferCount(
  context: Context,
  competition: { id: string; publishedAt: Date | string | null },
): Promise<number | null> {
  if (!competition.publishedAt) return null;
  const { db } = competitionDeps(context);
  const counts = await countOffersAfterDeadline(db, { competitionIds: [competition.id] });
  return counts.get(competition.id) ?? 0;
}

/** A submitted version for the office (staff of the competition's department only), or the 403/404 page. */
export async function loadOfficeVersion(
  context: Context,
  request: Request,
  params: { id?: string; numer?: string },
) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  return orOfferErrorPage(
    context,
    getOfferVersion({
      db,
      tenantId,
      // Staff read as staff: membership of an offeror plays no part on the office's pages.
      userId: null,
      staffRoles,
      offerId: params.id,
      versionNumber: params.numer,
    }),
    params.id,
  );
}
