import { useT } from "../../lib/shell";

/** The registration's status as a badge, with its words (never colour alone). */
export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  return <span className={`badge badge--${status}`}>{t(`org.status.${status}`)}</span>;
}
