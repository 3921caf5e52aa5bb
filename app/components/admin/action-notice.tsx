import { translateError, useT } from "../../lib/shell";
import { ErrorSummary, type FieldErrors } from "../forms";

/** What the administration actions return: a success message, or the refusal of app/lib/http.server.ts. */
export type AdminActionData =
  | { ok: true; messageKey: string; params?: Record<string, string> }
  | { ok: false; messageKey: string; fieldErrors: Record<string, string[]>; values: Record<string, string> };

/** The refusal for the form whose submit button carried this intent (several forms share a page). */
export function failureFor(data: AdminActionData | undefined, intent?: string) {
  if (!data || data.ok) return undefined;
  if (intent && data.values.intent !== intent) return undefined;
  return data;
}

/** The outcome of the last action: a success notice, or a message about the whole form. */
export function ActionNotice({ data }: { data: AdminActionData | undefined }) {
  const t = useT();
  if (!data) return null;
  if (data.ok) {
    return (
      <div className="notice notice--success" role="status">
        <p>{t(data.messageKey, data.params)}</p>
      </div>
    );
  }
  const hasFieldErrors = Object.values(data.fieldErrors ?? {}).some((e) => e.length > 0);
  if (hasFieldErrors) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{translateError(t, data.messageKey)}</p>
    </div>
  );
}

/** The error list at the top of one form, when that form was refused. */
export function FormErrors({
  errors,
  labels,
}: {
  errors: FieldErrors | undefined;
  labels: Record<string, string>;
}) {
  return <ErrorSummary errors={errors} labels={labels} />;
}
