import { toWarsawIso } from "../../platform/format/dates";
import { z } from "../../platform/validation/zod-messages";
import { PUBLIC_BENEFIT_AREAS } from "../organizations/areas";
import type { PublicCompetition } from "./get-public-competition";
import type { CompetitionSummary } from "./public-views";
import { PUBLIC_STATUSES } from "./states";

/*
 * The public API's responses (GET /api/v1/competitions and /api/v1/competitions/{id}), declared
 * once as Zod schemas: the routes build their JSON through these mappers, tests parse responses
 * with them, and app/lib/openapi.server.ts builds the OpenAPI document from them. Money is integer
 * grosze (exact) with a decimal string beside it; shares are basis points (1 % = 100); instants
 * are ISO 8601 with the Europe/Warsaw offset, e.g. "2026-12-20T15:00:00+01:00".
 */

const IsoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Grosze = z.number().int().nonnegative();

export const ApiFundsSchema = z.object({
  currency: z.literal("PLN"),
  totalGrosze: Grosze,
  /** The same total as a decimal string in złoty, "1234.56". */
  total: z.string(),
  byYear: z.array(z.object({ year: z.number().int(), amountGrosze: Grosze })),
});

/** The path parameter of GET /api/v1/competitions/{id} (any other value answers 404). */
export const CompetitionIdParamsSchema = z.object({
  id: z.uuid().describe("Identyfikator konkursu (UUID)."),
});

export const ApiCompetitionSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(PUBLIC_STATUSES),
  area: z.object({ code: z.string(), label: z.string() }),
  legalBasis: z.object({ code: z.string(), label: z.string(), act: z.string(), article: z.string() }),
  department: z.object({ code: z.string(), name: z.string() }),
  funds: ApiFundsSchema,
  taskPeriod: z.object({ start: IsoDate.nullable(), end: IsoDate.nullable() }),
  deadline: IsoWithOffset.nullable(),
  publishedAt: IsoWithOffset.nullable(),
  /** Offers received by the deadline; null until the deadline has passed. */
  offersAfterDeadline: z.number().int().nonnegative().nullable(),
  url: z.url(),
  announcementPdfUrl: z.url(),
});
export type ApiCompetitionSummary = z.output<typeof ApiCompetitionSummarySchema>;

export const ApiCompetitionListSchema = z.object({
  items: z.array(ApiCompetitionSummarySchema),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  total: z.number().int().nonnegative(),
});

export const ApiCompetitionDetailSchema = ApiCompetitionSummarySchema.extend({
  taskDescription: z.string(),
  awardRules: z.string(),
  taskConditions: z.string(),
  selection: z.object({ procedure: z.string(), date: IsoDate.nullable() }),
  eligibleLegalForms: z.array(z.string()),
  grant: z.object({ minGrosze: Grosze.nullable(), maxGrosze: Grosze.nullable() }),
  ownContribution: z.object({
    minTotalBasisPoints: z.number().int().nullable(),
    minFinancialBasisPoints: z.number().int().nullable(),
    minPersonalBasisPoints: z.number().int().nullable(),
  }),
  adminCostCapBasisPoints: z.number().int().nullable(),
  requiredAttachments: z.array(z.object({ label: z.string() })),
  criteria: z.array(z.object({ code: z.string(), label: z.string(), maxPoints: z.number().int() })),
  passThreshold: z.number().int().nullable(),
  priorTasks: z.array(z.object({ year: z.number().int(), name: z.string(), amountGrosze: Grosze })),
  amendments: z.array(
    z.object({
      amendedAt: IsoWithOffset,
      reason: z.string(),
      changedFields: z.array(z.string()),
      oldDeadline: IsoWithOffset.nullable(),
      newDeadline: IsoWithOffset.nullable(),
    }),
  ),
  cancellation: z.object({ at: IsoWithOffset, reason: z.string() }).nullable(),
});
export type ApiCompetitionDetail = z.output<typeof ApiCompetitionDetailSchema>;

/** Same shape as the NGO base API's errors (domain/portal/api-schemas.ts), so clients handle both alike. */
export const ApiErrorSchema = z
  .object({
    error: z.enum(["bad_request", "not_found", "method_not_allowed"]),
    message: z.string(),
    issues: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .describe("Błąd: kod, komunikat po polsku, przy 400 lista nieprawidłowych parametrów.");
export type ApiError = z.output<typeof ApiErrorSchema>;

const iso = (d: Date | null) => (d ? toWarsawIso(d) : null);

function areaLabel(code: string): string {
  return PUBLIC_BENEFIT_AREAS.find((a) => a.code === code)?.label ?? code;
}

function decimal(grosze: number): string {
  return `${Math.trunc(grosze / 100)}.${String(grosze % 100).padStart(2, "0")}`;
}

/** A competition in brief as the API answers it; `baseUrl` is the portal's address. */
export function toApiSummary(c: CompetitionSummary, baseUrl: string): ApiCompetitionSummary {
  const base = baseUrl.replace(/\/$/, "");
  return {
    id: c.id,
    title: c.title,
    status: c.status as ApiCompetitionSummary["status"],
    area: { code: c.areaCode, label: areaLabel(c.areaCode) },
    legalBasis: c.legalBasis,
    department: c.department,
    funds: {
      currency: "PLN",
      totalGrosze: c.totalFunds,
      total: decimal(c.totalFunds),
      byYear: c.budgetYears.map((b) => ({ year: b.year, amountGrosze: b.amount })),
    },
    taskPeriod: { start: c.taskStart, end: c.taskEnd },
    deadline: iso(c.offerDeadline),
    publishedAt: iso(c.publishedAt),
    offersAfterDeadline: c.offersAfterDeadline,
    url: `${base}/konkursy/${c.id}`,
    announcementPdfUrl: `${base}/konkursy/${c.id}/ogloszenie.pdf`,
  };
}

/** The whole announcement as the API answers it. */
export function toApiDetail(c: PublicCompetition, baseUrl: string): ApiCompetitionDetail {
  return {
    ...toApiSummary(c, baseUrl),
    taskDescription: c.taskDescription,
    awardRules: c.awardRules,
    taskConditions: c.taskConditions,
    selection: { procedure: c.selectionProcedure, date: c.selectionDate },
    eligibleLegalForms: c.eligibleLegalForms,
    grant: { minGrosze: c.minGrant, maxGrosze: c.maxGrant },
    ownContribution: {
      minTotalBasisPoints: c.minOwnContributionBp,
      minFinancialBasisPoints: c.minFinancialContributionBp,
      minPersonalBasisPoints: c.minPersonalContributionBp,
    },
    adminCostCapBasisPoints: c.adminCostCapBp,
    requiredAttachments: c.requiredAttachments,
    criteria: c.criteria,
    passThreshold: c.passThreshold,
    priorTasks: c.priorTasks.map((p) => ({ year: p.year, name: p.name, amountGrosze: p.amount })),
    amendments: c.amendments.map((a) => ({
      amendedAt: toWarsawIso(a.amendedAt),
      reason: a.reason,
      changedFields: a.changedFields,
      oldDeadline: iso(a.oldDeadline),
      newDeadline: iso(a.newDeadline),
    })),
    cancellation:
      c.cancelledAt && c.cancellationReason
        ? { at: toWarsawIso(c.cancelledAt), reason: c.cancellationReason }
        : null,
  };
}
