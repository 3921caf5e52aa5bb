import { z } from "../../platform/validation/zod-messages";
import type { Grant } from "./list-grants";
import type { ResultRow } from "./read-results";
import { GRANTS_MAX_PAGE_SIZE, GRANTS_PAGE_SIZE, RESULT_GROUPS } from "./rules";

/** A contract shows in open data once concluded (domain/contracts/states.ts). */
const CONCLUDED_STATUSES = ["signed", "in_progress", "settled", "terminated"] as const;

/*
 * The public API of the results (GET /api/v1/competitions/{id}/results) and of the grants
 * (GET /api/v1/grants), declared once as Zod schemas: the routes build their JSON through these
 * mappers and app/lib/openapi.server.ts documents them. Money is integer grosze, as everywhere in
 * the API (docs/decisions/008-open-data-api.md); dates of decisions are "YYYY-MM-DD".
 */

const Grosze = z.number().int().nonnegative();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The path parameter of GET /api/v1/competitions/{id}/results. */
export const ResultsIdParamsSchema = z.object({
  id: z.uuid().describe("Identyfikator konkursu (UUID)."),
});

export const ApiResultSchema = z.object({
  organization: z.object({
    name: z.string(),
    krs: z
      .string()
      .nullable()
      .describe("Numer KRS lub numer innego rejestru; null, gdy oferta go nie podała."),
  }),
  offerTitle: z.string(),
  requestedAmount: Grosze.describe("Wnioskowana kwota dotacji w groszach."),
  awardedAmount: Grosze.describe("Przyznana kwota dotacji w groszach (0, gdy oferta nie otrzymała dotacji)."),
  score: z.number().nonnegative().nullable().describe("Średnia liczba punktów (dwa miejsca po przecinku)."),
  status: z.enum(RESULT_GROUPS),
});
export type ApiResult = z.output<typeof ApiResultSchema>;

export const ApiResultListSchema = z
  .array(ApiResultSchema)
  .describe(
    "Wyniki konkursu: najpierw oferty z dotacją, potem bez dotacji, poniżej progu, odrzucone formalnie.",
  );

export function toApiResult(r: ResultRow): ApiResult {
  return {
    organization: { name: r.organizationName, krs: r.registerNumber === "" ? null : r.registerNumber },
    offerTitle: r.offerTitle,
    requestedAmount: r.requestedAmount,
    awardedAmount: r.status === "funded" ? r.awardedAmount : 0,
    score: r.scoreHundredths === null ? null : r.scoreHundredths / 100,
    status: r.status,
  };
}

/** An empty parameter ("?year=") reads as absent. */
const blank = (v: unknown) => (v === "" ? undefined : v);

/** The query of GET /api/v1/grants (the grants page and downloads read the year from rok=). */
export const GrantsQuerySchema = z.object({
  year: z
    .preprocess(blank, z.coerce.number().int().min(2000).max(2100).optional())
    .describe("Rok daty zarządzenia (domyślnie bieżący rok w czasie warszawskim)."),
  page: z
    .preprocess(blank, z.coerce.number().int().min(1).max(100_000).default(1))
    .describe("Numer strony (od 1)."),
  pageSize: z
    .preprocess(blank, z.coerce.number().int().min(1).default(GRANTS_PAGE_SIZE))
    .transform((n) => Math.min(n, GRANTS_MAX_PAGE_SIZE))
    .describe(`Wyników na stronie (domyślnie ${GRANTS_PAGE_SIZE}, najwyżej ${GRANTS_MAX_PAGE_SIZE}).`),
});
export type GrantsQuery = z.output<typeof GrantsQuerySchema>;

export const ApiGrantSchema = z.object({
  competition: z.object({ id: z.uuid(), title: z.string() }),
  organization: z.object({ id: z.uuid(), name: z.string(), krs: z.string().nullable() }),
  taskTitle: z.string(),
  awardedAmount: Grosze.describe("Przyznana kwota dotacji w groszach."),
  decisionDate: IsoDate,
  contractStatus: z
    .enum(CONCLUDED_STATUSES)
    .nullable()
    .describe(
      "Stan zawartej umowy: signed (podpisana), in_progress (w realizacji), settled (rozliczona), terminated (rozwiązana); null, dopóki umowa nie jest podpisana.",
    ),
  paid: Grosze.describe("Suma przekazanych transz dotacji w groszach."),
  returned: Grosze.describe("Suma zwróconej dotacji (należność główna, bez odsetek) w groszach."),
});
export type ApiGrant = z.output<typeof ApiGrantSchema>;

export const ApiGrantListSchema = z.object({
  year: z.number().int(),
  items: z.array(ApiGrantSchema),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  total: z.number().int().nonnegative(),
  totalAwarded: Grosze.describe("Suma przyznanych dotacji w roku, w groszach."),
});

export function toApiGrant(g: Grant): ApiGrant {
  return {
    competition: { id: g.competitionId, title: g.competitionTitle },
    organization: { id: g.organizationId, name: g.organizationName, krs: g.registerNumber || null },
    taskTitle: g.taskTitle,
    awardedAmount: g.awardedAmount,
    decisionDate: g.decisionDate,
    contractStatus: (g.contractStatus as ApiGrant["contractStatus"]) ?? null,
    paid: g.paid,
    returned: g.returned,
  };
}
