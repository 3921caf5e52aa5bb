import type { z } from "zod";
import { CSRF_FIELD } from "~/platform/auth/csrf-field";
import type { FieldErrors } from "~/platform/errors/app-error";

export type FormResult<T> =
  | { ok: true; data: T; values: Record<string, string> }
  | { ok: false; fieldErrors: FieldErrors; values: Record<string, string> };

/**
 * Reads a form into an object (repeated names become arrays: give array fields in `arrays`),
 * validates it with the shared schema and keeps what the user typed, so a refused form comes back
 * filled in. The CSRF field is dropped (the root middleware has checked it).
 */
export async function parseForm<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: { arrays?: string[] } = {},
): Promise<FormResult<z.infer<S>>> {
  const form = await request.formData();
  return validateForm(form, schema, options);
}

export function validateForm<S extends z.ZodType>(
  form: FormData,
  schema: S,
  options: { arrays?: string[] } = {},
): FormResult<z.infer<S>> {
  const raw: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  const arrays = new Set(options.arrays ?? []);
  for (const [key, value] of form.entries()) {
    if (key === CSRF_FIELD || typeof value !== "string") continue;
    if (arrays.has(key)) {
      raw[key] = [...((raw[key] as string[] | undefined) ?? []), value];
      values[key] = values[key] ? `${values[key]}\n${value}` : value;
    } else {
      raw[key] = value;
      values[key] = value;
    }
  }
  for (const key of arrays) raw[key] ??= [];
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  return { ok: false, fieldErrors: zodFieldErrors(parsed.error), values };
}

/** Zod issues as { "field.path": ["i18n.key", …] }. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}
