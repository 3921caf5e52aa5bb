import { AuditHistoryTable, type HistoryLine } from "../audit-history";

/** The organisation's lines of the audit log, newest first. */
export function OrganizationHistory({ history }: { history: HistoryLine[] }) {
  return <AuditHistoryTable history={history} actionKeyPrefix="org.audit" />;
}
