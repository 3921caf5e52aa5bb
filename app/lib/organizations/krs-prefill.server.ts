import {
  LOCAL_KRS_MAINTENANCE_NUMBER,
  LOCAL_KRS_SAMPLES,
} from "~/domain/organizations/krs/local-krs-registry.server";
import { mapKrsExtract, mergePrefill } from "~/domain/organizations/krs/map-krs-extract";
import { krsRegistryKind, selectKrsRegistry } from "~/domain/organizations/krs/select-krs-registry.server";
import { PROFILE_FORM_ARRAYS, profileToFormValues } from "~/domain/organizations/schemas";
import { KrsSchema } from "~/platform/validation/identifiers";
import { z } from "~/platform/validation/zod-messages";
import type { LocalKrsHint, PrefillOutcome } from "../../components/organizations/krs-prefill";
import { validateForm } from "../form.server";
import { formFailure } from "../http.server";

const PrefillSchema = z.object({
  krs: KrsSchema,
  register: z.enum(["S", "P"]).catch("S"),
});

/**
 * "Pobierz dane z KRS": asks the register and sends the form back filled in, keeping everything
 * typed. A wrong number is refused next to the field; an unknown number or an unavailable
 * register is a polite message, and the person can always type the data in.
 */
export async function prefillFromKrs(form: FormData) {
  const parsed = validateForm(form, PrefillSchema, { arrays: PROFILE_FORM_ARRAYS });
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  const { krs, register } = parsed.data;
  const typed = { ...parsed.values, krs };
  const lookup = await selectKrsRegistry().fetchCurrentExtract(krs, register);
  if (lookup.kind === "found") {
    const prefill: PrefillOutcome = {
      kind: "found",
      asOf: lookup.extract.odpis.naglowekA?.stanZDnia ?? null,
    };
    const values = mergePrefill(typed, profileToFormValues(mapKrsExtract(krs, lookup.extract)));
    return { ok: true as const, values, prefill };
  }
  const prefill: PrefillOutcome =
    lookup.kind === "not-found" ? { kind: "not-found", krs, register } : { kind: "unavailable" };
  return { ok: true as const, values: typed, prefill };
}

/** Sample numbers to try when the local registry stands in for the real one. */
export function localKrsHint(): LocalKrsHint | null {
  if (krsRegistryKind() !== "local") return null;
  return {
    numbers: LOCAL_KRS_SAMPLES.map((s) => `${s.krs} (${s.register})`),
    maintenance: LOCAL_KRS_MAINTENANCE_NUMBER,
  };
}
