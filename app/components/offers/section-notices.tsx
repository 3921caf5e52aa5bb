import type { SectionAnswer } from "../../lib/offers/answers";
import { translateError, useT } from "../../lib/shell";
import { formatInstant, formatTimeOfDay, looksLikeId } from "./format";

/**
 * A refusal of the whole section: someone else saved it meanwhile (the typed values stay in the
 * form, with a way to load the saved version), or the deadline has passed (the draft is kept).
 */
export function ConflictNotice(props: {
  failure: { messageKey: string; details: Record<string, string | number | null> } | null;
  reloadHref: string;
}) {
  const t = useT();
  const { failure } = props;
  if (!failure) return null;
  if (failure.messageKey === "offer.error.sectionChanged") {
    const by = String(failure.details.updatedBy ?? "");
    const at = failure.details.updatedAt;
    return (
      <div className="notice notice--error" role="alert" data-testid="section-conflict">
        <p>
          {t("offers.conflict.text", {
            who: by && !looksLikeId(by) ? by : t("offers.conflict.someone"),
            at: typeof at === "string" ? formatInstant(at) : "—",
          })}
        </p>
        <p>
          <a href={props.reloadHref}>{t("offers.conflict.reload")}</a>
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="alert">
      <p>{translateError(t, failure.messageKey)}</p>
    </div>
  );
}

/** The background save's status line ("Zapisano automatycznie o 23:41"), announced politely. */
export function AutosaveStatus({ answer, blocked }: { answer: SectionAnswer | undefined; blocked: boolean }) {
  const t = useT();
  let text = "";
  if (blocked) text = t("offers.autosave.stopped");
  else if (answer?.ok) text = t("offers.autosave.saved", { time: formatTimeOfDay(answer.savedAt) });
  else if (answer) text = t("offers.autosave.refused");
  return (
    <p id="autosave-status" role="status" className="autosave-status">
      {text}
    </p>
  );
}
