import { useT } from "../../lib/shell";

/** A contract's status as a badge, in words (never colour alone). */
export function ContractStatusBadge({ status }: { status: string }) {
  const t = useT();
  return <span className={`badge badge--contract-${status}`}>{t(`contracts.status.${status}`)}</span>;
}
