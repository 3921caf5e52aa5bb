import { translateError, useT } from "../../lib/shell";
import { ErrorSummary } from "../forms";

/** What an action returns when a form is refused (see app/lib/http.server.ts). */
export interface FormFailureData {
  ok: false;
  messageKey: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
}

/** The refusal in an action's data, or null when the action succeeded or did not run. */
export function asFailure(data: unknown): FormFailureData | null {
  if (!data || typeof data !== "object") return null;
  const d = data as Partial<FormFailureData>;
  return d.ok === false && typeof d.messageKey === "string" ? (d as FormFailureData) : null;
}

/**
 * Shows why a form was refused: the list of field errors (each also next to its field), or one
 * message when the refusal is about the whole form (wrong password, too many attempts).
 */
export function FormFailure({
  failure,
  labels,
}: {
  failure: FormFailureData | null;
  labels: Record<string, string>;
}) {
  const t = useT();
  if (!failure) return null;
  const hasFieldErrors = Object.values(failure.fieldErrors ?? {}).some((e) => e.length > 0);
  if (hasFieldErrors) return <ErrorSummary errors={failure.fieldErrors} labels={labels} />;
  return (
    <div className="notice notice--error" role="alert">
      <p>{translateError(t, failure.messageKey)}</p>
    </div>
  );
}
