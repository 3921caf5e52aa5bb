import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { reports, reportVersions } from "../../platform/db/schema/reports";
import type { ReportContent } from "./content";

/** What the settlement takes from the accepted final report (the version the officer accepted). */
export interface SettlementFigures {
  reportId: string;
  versionId: string;
  lines: { key: string; name: string; planned: number; actual: number }[];
  /** II.2: the grant spent (sources.actual.grant). */
  grantSpent: number;
  /** Bank interest earned on the grant and not spent on the task (never below 0). */
  bankInterest: number;
  otherIncome: number;
}

/**
 * The figures of the contract's accepted final report for the settlement (UDPP art. 18; ufp art.
 * 251–252), or null while there is none.
 */
export async function settlementFiguresOf(db: DbOrTx, contractId: string): Promise<SettlementFigures | null> {
  const [row] = await db
    .select({ reportId: reports.id, versionId: reportVersions.id, content: reportVersions.content })
    .from(reports)
    .innerJoin(reportVersions, eq(reportVersions.id, reports.currentVersionId))
    .where(and(eq(reports.contractId, contractId), eq(reports.kind, "final"), eq(reports.status, "accepted")))
    .orderBy(desc(reports.decidedAt))
    .limit(1);
  if (!row) return null;
  const content = row.content as unknown as ReportContent;
  return {
    reportId: row.reportId,
    versionId: row.versionId,
    lines: content.costLines.map((l) => ({ key: l.key, name: l.name, planned: l.planned, actual: l.actual })),
    grantSpent: content.sources.actual.grant,
    bankInterest: Math.max(0, content.interestEarned - content.interestSpent),
    otherIncome: content.otherIncome,
  };
}
