import { useT } from "../../lib/shell";

/** A competition's status as a badge, with its words (never colour alone). */
export function CompetitionStatusBadge({ status }: { status: string }) {
  const t = useT();
  return <span className={`badge badge--competition-${status}`}>{t(`competition.status.${status}`)}</span>;
}
