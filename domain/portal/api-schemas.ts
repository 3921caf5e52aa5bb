import { z } from "../../platform/validation/zod-messages";
import { AREA_CODES } from "../organizations/areas";
import { LEGAL_FORM_CODES } from "../organizations/legal-forms";
import { ORG_LIMITS, plainText } from "../organizations/schemas";
import { MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, PUBLIC_PAGE_SIZE } from "./rules";

/**
 * The public NGO base's schemas: the search parameters (one schema for the page, the downloads and
 * the API) and the API's answers. The OpenAPI document is generated from these very schemas, so
 * what the API says it returns and what it returns cannot drift apart.
 */

export const SORT_ORDERS = ["name", "newest"] as const;

/** The search parameters of the NGO base (`?q=&area=&district=&legalForm=&opp=&sort=&page=&pageSize=`). */
export const PublicOrganizationQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH)
    .optional()
    .describe("Fragment nazwy (wyszukiwanie odporne na literówki) albo numer KRS lub NIP."),
  area: z.enum(AREA_CODES).optional().describe("Sfera pożytku publicznego (art. 4 ust. 1 ustawy), kod."),
  district: plainText(ORG_LIMITS.district).optional().describe("Dzielnica siedziby organizacji."),
  legalForm: z.enum(LEGAL_FORM_CODES).optional().describe("Forma prawna, kod."),
  opp: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .describe("Tylko organizacje pożytku publicznego (true) albo tylko pozostałe (false)."),
  sort: z.enum(SORT_ORDERS).default("name").describe("Kolejność: name (alfabetycznie), newest (najnowsze)."),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1).describe("Numer strony, od 1."),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .default(PUBLIC_PAGE_SIZE)
    .transform((n) => Math.min(n, MAX_PAGE_SIZE))
    .describe(`Liczba wyników na stronie; więcej niż ${MAX_PAGE_SIZE} zostaje obcięte do ${MAX_PAGE_SIZE}.`),
});
export type PublicOrganizationQuery = z.output<typeof PublicOrganizationQuerySchema>;

export const OrganizationIdParamsSchema = z.object({
  id: z.uuid().describe("Identyfikator organizacji (UUID)."),
});

/** A query string as an object: each parameter once (the first), blank values left out. */
export function queryToObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in out || value.trim() === "") continue;
    out[key] = value;
  }
  return out;
}

export interface QueryIssue {
  parameter: string;
  /** i18n key, possibly with parameters ("form.tooLong|{"max":200}"). */
  messageKey: string;
}

export type ParsedQuery = { ok: true; data: PublicOrganizationQuery } | { ok: false; issues: QueryIssue[] };

/** Strict reading, for the API: any bad parameter is an issue (the answer is 400). */
export function parsePublicOrganizationQuery(params: URLSearchParams): ParsedQuery {
  const parsed = PublicOrganizationQuerySchema.safeParse(queryToObject(params));
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ""), messageKey: i.message })),
  };
}

/**
 * Forgiving reading, for the pages and downloads: bad parameters are dropped (and named, so the
 * page can say so) and the search runs with the rest.
 */
export function readPublicOrganizationQuery(params: URLSearchParams): {
  search: PublicOrganizationQuery;
  issues: QueryIssue[];
} {
  const strict = parsePublicOrganizationQuery(params);
  if (strict.ok) return { search: strict.data, issues: [] };
  const raw = queryToObject(params);
  for (const issue of strict.issues) delete raw[issue.parameter];
  const retry = PublicOrganizationQuerySchema.safeParse(raw);
  return {
    search: retry.success ? retry.data : PublicOrganizationQuerySchema.parse({}),
    issues: strict.issues,
  };
}

const Area = z.enum(AREA_CODES);
const LegalForm = z.enum(LEGAL_FORM_CODES);

/** One organisation in a list: what identifies it and where it works. */
export const PublicOrganizationSummarySchema = z
  .strictObject({
    id: z.uuid(),
    name: z.string(),
    legalForm: LegalForm,
    krs: z.string().nullable().describe("Numer KRS (10 cyfr) albo null dla organizacji spoza KRS."),
    nip: z.string().nullable(),
    city: z.string(),
    district: z.string().nullable(),
    areas: z.array(Area),
    opp: z.boolean().describe("Status organizacji pożytku publicznego."),
  })
  .describe("Organizacja w wynikach wyszukiwania (tylko dane publiczne).");
export type PublicOrganizationSummary = z.output<typeof PublicOrganizationSummarySchema>;

export const RepresentativeSchema = z.strictObject({ name: z.string(), function: z.string() });

/** The public profile: an organisation's data except what it keeps internal (null = not public). */
export const PublicOrganizationSchema = z
  .strictObject({
    ...PublicOrganizationSummarySchema.shape,
    otherRegister: z.string().nullable(),
    regon: z.string().nullable(),
    street: z.string(),
    postalCode: z.string(),
    email: z.string().nullable().describe("null, gdy organizacja nie udostępnia adresu."),
    phone: z.string().nullable().describe("null, gdy brak albo organizacja nie udostępnia numeru."),
    website: z.string().nullable(),
    iban: z.string().nullable().describe("null, gdy brak albo organizacja nie udostępnia rachunku."),
    representatives: z
      .array(RepresentativeSchema)
      .nullable()
      .describe("Osoby uprawnione do reprezentacji; null, gdy organizacja ich nie udostępnia."),
    description: z.string(),
    verifiedAt: z.iso.datetime().nullable().describe("Kiedy urząd zweryfikował organizację."),
  })
  .describe("Publiczny profil organizacji.");
export type PublicOrganization = z.output<typeof PublicOrganizationSchema>;

export const OrganizationListResponseSchema = z
  .strictObject({
    items: z.array(PublicOrganizationSummarySchema.extend({ profileUrl: z.url() })),
    total: z.number().int().min(0).describe("Liczba wszystkich organizacji spełniających warunki."),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE),
    pageCount: z.number().int().min(1),
  })
  .describe("Strona wyników wyszukiwania w bazie organizacji.");
export type OrganizationListResponse = z.output<typeof OrganizationListResponseSchema>;

export const OrganizationResponseSchema = PublicOrganizationSchema.extend({ profileUrl: z.url() }).describe(
  "Publiczny profil organizacji z adresem strony profilu.",
);
export type OrganizationResponse = z.output<typeof OrganizationResponseSchema>;

/** Every refusal of the API: a machine code, a Polish message and, for 400, the bad parameters. */
export const ApiErrorSchema = z
  .strictObject({
    error: z.enum(["bad_request", "not_found", "method_not_allowed"]),
    message: z.string(),
    issues: z.array(z.strictObject({ parameter: z.string(), message: z.string() })).optional(),
  })
  .describe("Błąd: kod, komunikat po polsku, przy 400 lista nieprawidłowych parametrów.");
export type ApiError = z.output<typeof ApiErrorSchema>;
