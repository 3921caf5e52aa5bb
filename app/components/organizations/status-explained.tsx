import { useT } from "../../lib/shell";
import { StatusBadge } from "./status-badge";

/** The status with what it means for the organisation (and the coordinator's reason when rejected). */
export function StatusExplained({ status, reason }: { status: string; reason: string | null }) {
  const t = useT();
  return (
    <div className={status === "rejected" ? "notice notice--error" : "notice"}>
      <p>
        <StatusBadge status={status} /> {t(`org.status.${status}.explain`, { reason: reason ?? "" })}
      </p>
    </div>
  );
}
