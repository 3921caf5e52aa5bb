import { z } from "zod";

/** Tenant settings with their defaults; stored as JSON on the tenant, read through this schema. */
export const TenantSettingsSchema = z.object({
  /** Accessibility declaration data (ustawa z 4 kwietnia 2019 r. o dostępności cyfrowej, art. 10). */
  accessibility: z
    .object({
      publishedOn: z.string().default("2026-11-24"),
      updatedOn: z.string().default("2026-11-24"),
      contactName: z.string().default(""),
      contactEmail: z.string().default(""),
      contactPhone: z.string().default(""),
    })
    .default({
      publishedOn: "2026-11-24",
      updatedOn: "2026-11-24",
      contactName: "",
      contactEmail: "",
      contactPhone: "",
    }),
  /** Name of the office unit that coordinates the cooperation (e.g. the NGO centre). */
  coordinatorUnit: z.string().default(""),
  coordinatorEmail: z.string().default(""),
});

export type TenantSettings = z.infer<typeof TenantSettingsSchema>;

export function readTenantSettings(raw: unknown): TenantSettings {
  return TenantSettingsSchema.parse(raw ?? {});
}
