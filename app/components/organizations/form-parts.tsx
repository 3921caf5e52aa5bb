import { translateError, useT } from "../../lib/shell";

/** Values of a repeated field as parseForm gives them back (joined with new lines). */
export function listOf(values: Record<string, string> | undefined, name: string): string[] {
  const raw = values?.[name];
  return raw ? raw.split("\n") : [];
}

/** A notice given as an i18n key (success after a redirect, or a message about the whole form). */
export function Notice({
  messageKey,
  params,
  kind = "success",
}: {
  messageKey: string | null | undefined;
  params?: Record<string, string | number>;
  kind?: "success" | "error" | "info";
}) {
  const t = useT();
  if (!messageKey) return null;
  const className = kind === "info" ? "notice" : `notice notice--${kind}`;
  return (
    <div className={className} role={kind === "error" ? "alert" : "status"}>
      <p>{translateError(t, params ? `${messageKey}|${JSON.stringify(params)}` : messageKey)}</p>
    </div>
  );
}
