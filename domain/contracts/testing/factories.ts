import { eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.server";
import { contractInstalments, contracts, contractVersions } from "../../../platform/db/schema/contracts";
import { offers, offerVersions } from "../../../platform/db/schema/offers";
import { reports } from "../../../platform/db/schema/reports";
import type { OfferDocument } from "../../offers/document";
import { createUpdateWorld } from "../../updates/testing/factories";
import { contentChecksum } from "../checksum.server";
import { CONTRACT_TEMPLATE, type ContractContent } from "../content";

/*
 * Test factories of the contract and what follows it. `insertTestContract` writes a contract
 * straight into its tables from an offer's submitted version (status, instalments and reports as
 * asked), so the reports', annexes' and settlement's tests start from a contract in progress
 * without going through the contract's use cases; the contract's own tests use those.
 */

export interface TestContractOptions {
  tenantId: string;
  offerId: string;
  status?: (typeof contracts.$inferInsert)["status"];
  number?: string;
  taskStart?: string;
  taskEnd?: string;
  allowedShiftBp?: number;
  /** Instalments (grosze, YYYY-MM-DD); default: the grant in one instalment on the task's first day. */
  instalments?: { plannedOn: string; amount: number; paidOn?: string }[];
  /** Reports; default: one final report, due 30 days after the task ends. */
  reports?: { kind: "partial" | "annual" | "final"; periodStart: string; periodEnd: string; dueOn: string }[];
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function insertTestContract(db: Db, options: TestContractOptions) {
  const [offer] = await db.select().from(offers).where(eq(offers.id, options.offerId));
  if (!offer?.submittedVersionId) throw new Error("the offer has no submitted version");
  const [version] = await db
    .select()
    .from(offerVersions)
    .where(eq(offerVersions.id, offer.submittedVersionId));
  if (!version) throw new Error("no version");
  const document = version.content as unknown as OfferDocument;
  const taskStart = options.taskStart ?? document.sections.task.startDate ?? "2026-06-01";
  const taskEnd = options.taskEnd ?? document.sections.task.endDate ?? "2026-11-30";
  const grant = offer.requestedGrant;
  const instalments = (options.instalments ?? [{ plannedOn: taskStart, amount: grant }]).map((t, i) => ({
    position: i + 1,
    year: Number(t.plannedOn.slice(0, 4)),
    plannedOn: t.plannedOn,
    amount: t.amount,
    paidOn: t.paidOn,
  }));
  const reportTerms = options.reports ?? [
    { kind: "final" as const, periodStart: taskStart, periodEnd: taskEnd, dueOn: addDays(taskEnd, 30) },
  ];
  const number = options.number ?? `TEST.526.${offer.id.slice(0, 8)}.2026`;
  const leader = document.offerors.find((o) => o.leader) ?? document.offerors[0];
  const content: ContractContent = {
    template: CONTRACT_TEMPLATE,
    number,
    form: "support",
    place: "Częstochowa",
    drawnUpOn: "2026-05-25",
    authority: {
      name: document.basics.authority,
      representatives: [{ name: "Jan Kowalski", function: "Zastępca Prezydenta Miasta" }],
    },
    document,
    taskTitle: offer.title,
    taskStart,
    taskEnd,
    grantAmount: grant,
    ownContribution: document.calculation.own,
    totalCost: offer.totalCost,
    bankAccount: "61 1090 1014 0000 0712 1981 2874",
    allowedShiftBp: options.allowedShiftBp ?? 2000,
    finalReportDays: 30,
    returnDays: 15,
    instalments: instalments.map(({ paidOn: _paid, ...t }) => t),
    reports: reportTerms,
  };
  const [contract] = await db
    .insert(contracts)
    .values({
      tenantId: options.tenantId,
      competitionId: offer.competitionId,
      offerId: offer.id,
      organizationId: leader?.organizationId ?? offer.organizationId,
      offerVersionId: version.id,
      number,
      status: options.status ?? "in_progress",
      taskTitle: content.taskTitle,
      taskStart,
      taskEnd,
      grantAmount: grant,
      ownContribution: content.ownContribution,
      totalCost: content.totalCost,
      bankAccount: content.bankAccount,
      allowedShiftBp: content.allowedShiftBp,
      signedOn: options.status === "draft" || options.status === "sent" ? null : "2026-05-28",
    })
    .returning();
  if (!contract) throw new Error("contract not inserted");
  await db.insert(contractVersions).values({
    contractId: contract.id,
    number: 1,
    kind: "original",
    content: content as unknown as Record<string, unknown>,
    checksum: contentChecksum(content),
  });
  for (const t of instalments)
    await db.insert(contractInstalments).values({
      contractId: contract.id,
      position: t.position,
      year: t.year,
      plannedOn: t.plannedOn,
      plannedAmount: t.amount,
      paidOn: t.paidOn ?? null,
      paidAmount: t.paidOn ? t.amount : null,
    });
  const reportRows = [];
  for (const r of reportTerms) {
    const [row] = await db
      .insert(reports)
      .values({ tenantId: options.tenantId, contractId: contract.id, ...r })
      .returning();
    if (row) reportRows.push(row);
  }
  return { contract, content, reports: reportRows };
}

/**
 * The update world (a resolved competition, three funded offers) with a contract in progress for
 * the offer funded in full (`full`, another organisation's: its owner, editor and viewer act for
 * it), one instalment paid, and a partial and a final report due.
 */
export async function createContractWorld(db: Db) {
  const world = await createUpdateWorld(db);
  const [offer] = await db.select().from(offers).where(eq(offers.id, world.full.offerId));
  const grant = offer?.requestedGrant ?? 0;
  const half = Math.floor(grant / 2);
  const contract = await insertTestContract(db, {
    tenantId: world.tenant.id,
    offerId: world.full.offerId,
    taskStart: "2026-06-01",
    taskEnd: "2026-11-30",
    instalments: [
      { plannedOn: "2026-06-10", amount: half, paidOn: "2026-06-10" },
      { plannedOn: "2026-09-01", amount: grant - half },
    ],
    reports: [
      { kind: "partial", periodStart: "2026-06-01", periodEnd: "2026-08-31", dueOn: "2026-09-30" },
      { kind: "final", periodStart: "2026-06-01", periodEnd: "2026-11-30", dueOn: "2026-12-30" },
    ],
  });
  return { ...world, contract };
}
export type ContractWorld = Awaited<ReturnType<typeof createContractWorld>>;
