import { formatMoney, parseMoney } from "../../platform/format/money";
import type { OppCampaignYear } from "../../platform/tenancy/settings";
import { z } from "../../platform/validation/zod-messages";
import { FIRST_OPP_CAMPAIGN_YEAR, MAX_OPP_CAMPAIGN_YEARS } from "./rules";

/** The coordinator's form of the 1.5 % campaign's figures (shared by the form, the action and the tests). */

/** Latest year the form accepts (a campaign is reported after it ends; this only stops typos). */
const LAST_OPP_CAMPAIGN_YEAR = 2100;

/** Field names of one row in the form; each is repeated once per year. */
export const CAMPAIGN_FORM_COLUMNS = ["year", "donors", "total", "local"] as const;

const Amount = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .transform((typed, ctx) => {
    const grosze = parseMoney(typed);
    if (grosze === null || grosze < 0) {
      ctx.addIssue({ code: "custom", message: "portal.campaign.error.amount" });
      return z.NEVER;
    }
    return grosze;
  });

const CampaignRowSchema = z
  .object({
    year: z
      .string()
      .trim()
      .min(1)
      .regex(/^\d{4}$/, "portal.campaign.error.year")
      .transform(Number)
      .pipe(z.number().min(FIRST_OPP_CAMPAIGN_YEAR).max(LAST_OPP_CAMPAIGN_YEAR)),
    donors: z
      .string()
      .min(1)
      .max(30)
      .transform((v) => v.replace(/[\s\u00a0]/g, ""))
      .pipe(z.string().regex(/^\d{1,9}$/, "portal.campaign.error.donors"))
      .transform(Number),
    total: Amount,
    local: Amount,
  })
  .superRefine((row, ctx) => {
    if (row.local > row.total)
      ctx.addIssue({ code: "custom", path: ["local"], message: "portal.campaign.error.localAboveTotal" });
  })
  .transform(
    (row): OppCampaignYear => ({
      year: row.year,
      donors: row.donors,
      totalGrosze: row.total,
      localGrosze: row.local,
    }),
  );

/** The repeated columns of the form as rows; a row left entirely blank is dropped. */
function decodeRows(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  const column = (name: string) => (Array.isArray(form[name]) ? (form[name] as unknown[]) : []);
  const length = Math.max(...CAMPAIGN_FORM_COLUMNS.map((c) => column(c).length));
  const rows = Array.from({ length }, (_, i) =>
    Object.fromEntries(
      CAMPAIGN_FORM_COLUMNS.map((c) => [c, typeof column(c)[i] === "string" ? column(c)[i] : ""]),
    ),
  ).filter((row) => Object.values(row).some((v) => String(v).trim() !== ""));
  return { rows };
}

/** The coordinator's form: one row per year (year, residents who gave, total and local amounts in zł). */
export const OppCampaignFormSchema = z.preprocess(
  decodeRows,
  z.object({ rows: z.array(CampaignRowSchema).max(MAX_OPP_CAMPAIGN_YEARS) }).superRefine((value, ctx) => {
    const seen = new Set<number>();
    value.rows.forEach((row, i) => {
      if (seen.has(row.year))
        ctx.addIssue({
          code: "custom",
          path: ["rows", i, "year"],
          message: "portal.campaign.error.duplicateYear",
        });
      seen.add(row.year);
    });
  }),
);
export type OppCampaignFormOutput = z.output<typeof OppCampaignFormSchema>;

/** Stored figures as the form's values (the same shape parseForm gives back after a refusal). */
export function campaignFormValues(figures: readonly OppCampaignYear[]): Record<string, string> {
  const plain = (grosze: number) => formatMoney(grosze).replace(/\u00a0zł$/, "");
  return {
    year: figures.map((f) => String(f.year)).join("\n"),
    donors: figures.map((f) => String(f.donors)).join("\n"),
    total: figures.map((f) => plain(f.totalGrosze)).join("\n"),
    local: figures.map((f) => plain(f.localGrosze)).join("\n"),
  };
}
