import { useT } from "../../lib/shell";

/** A formal outcome as words (never colour alone). */
export function OutcomeText({ outcome }: { outcome: string }) {
  const t = useT();
  return <span className={`status status--${outcome}`}>{t(`evaluation.outcome.${outcome}`)}</span>;
}

/** A signed copy's result as words; null: none uploaded. */
export function SignedCopyText({ match }: { match: string | null }) {
  const t = useT();
  return <span>{t(`evaluation.copy.${match ?? "none"}`)}</span>;
}
