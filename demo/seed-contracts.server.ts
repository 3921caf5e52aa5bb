import { and, eq } from "drizzle-orm";
import { decideChangeRequest } from "../domain/annexes/decide-change-request";
import { submitChangeRequest } from "../domain/annexes/submit-change-request";
import { generateContract } from "../domain/contracts/generate-contract";
import { readContractTerms } from "../domain/contracts/generate-view";
import { recordInstalmentPayment } from "../domain/contracts/record-instalment-payment";
import { sendContract } from "../domain/contracts/send-contract";
import { signContract } from "../domain/contracts/sign-contract";
import { contractContentOf } from "../domain/reports/access";
import { decideReport } from "../domain/reports/decide-report";
import { initialReportContent } from "../domain/reports/plan";
import { saveReportSection } from "../domain/reports/save-report-section";
import { submitReport } from "../domain/reports/submit-report";
import { closeSettlement } from "../domain/settlement/close-settlement";
import { confirmSettlement } from "../domain/settlement/confirm-settlement";
import { insertDemoInterestRates } from "../domain/settlement/interest-rates";
import { recordReturn } from "../domain/settlement/record-return";
import type { Actor } from "../platform/audit/write-audit.server";
import { fixedClock } from "../platform/clock/clock";
import type { Db, Tx } from "../platform/db/client.server";
import { competitions } from "../platform/db/schema/competitions";
import { contractInstalments } from "../platform/db/schema/contracts";
import { competitionResults } from "../platform/db/schema/evaluation";
import { organizations } from "../platform/db/schema/organizations";
import { reports } from "../platform/db/schema/reports";
import { renderPdf } from "../platform/documents/pdf.server";
import { databaseFileStorage } from "../platform/files/database-file-storage.server";
import { fileStorages } from "../platform/files/file-storage";
import { warsawDateOf, warsawLocalToInstant } from "../platform/format/dates";
import { formatMoney } from "../platform/format/money";

/*
 * What followed last year's ecological call, through the same use cases the office and the
 * organisations use, each at its own moment: the Towarzystwo Opieki nad Zwierzętami's contract
 * is in progress (signed, instalments paid, an annex changing its bank account, the partial
 * report accepted); Stowarzyszenie Komunikat's school-year task ended on 30 June and is settled
 * (final report accepted, 250,00 zł of unused grant returned, the file closed). Traugutt's offer,
 * awarded less than it asked, still waits for its update (the demo's eko@ account tries it). Steps
 * whose day has not come yet (a demo seeded early in the task's year) are left for later.
 */

const APP_URL = "http://localhost:3000";
const COORDINATOR_STAFF = [{ role: "coordinator" as const, departmentId: null }];
const IN_PROGRESS = "Towarzystwo Opieki nad Zwierzętami w Polsce Oddział w Częstochowie";
const SETTLED = "Stowarzyszenie Komunikat";
/** Unused grant the settled task returns, grosze. */
const UNUSED = 25_000;

interface Options {
  tenantId: string;
  userIds: Map<string, string>;
  now: Date;
}

const actorOf = (email: string, userIds: Map<string, string>): Actor => ({
  userId: userIds.get(email) ?? null,
  label: email,
  ip: null,
});

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A clock fixed at 10:00 Warsaw time on the day. */
function on(date: string) {
  const at = warsawLocalToInstant(`${date} 10:00`);
  if (!at) throw new Error(`bad demo date ${date}`);
  return fixedClock(at);
}

const zl = (grosze: number) => formatMoney(grosze).replace(/\s*zł$/, "");

export async function seedDemoContracts(tx: Tx, options: Options): Promise<void> {
  const db = tx as unknown as Db;
  const today = warsawDateOf(options.now);
  const office = {
    db,
    tenantId: options.tenantId,
    actor: actorOf("koordynator@demo.pozytek.pl", options.userIds),
    staffRoles: COORDINATOR_STAFF,
    appUrl: APP_URL,
  };
  await insertDemoInterestRates(db, options.tenantId);
  const [competition] = await tx
    .select({ id: competitions.id })
    .from(competitions)
    .where(and(eq(competitions.tenantId, options.tenantId), eq(competitions.status, "resolved")));
  if (!competition) throw new Error("the demo's resolved call is missing");
  const offerOf = async (name: string) => {
    const [row] = await tx
      .select({ offerId: competitionResults.offerId })
      .from(competitionResults)
      .innerJoin(organizations, eq(organizations.id, competitionResults.organizationId))
      .where(and(eq(competitionResults.competitionId, competition.id), eq(organizations.name, name)));
    if (!row) throw new Error(`no demo result of ${name}`);
    return row.offerId;
  };

  /** Draws up, sends and signs a contract (when those days have come); returns its id and period. */
  const contractFor = async (
    offerId: string,
    shape: (grant: number, start: string, end: string) => object,
  ) => {
    const terms = await readContractTerms(db, {
      tenantId: options.tenantId,
      staffRoles: COORDINATOR_STAFF,
      offerId,
    });
    if (terms.kind !== "new") throw new Error(`demo contract cannot be drawn up: ${terms.kind}`);
    const drawnUp = addDays(terms.taskStart, -10);
    if (drawnUp > today) return null;
    const input = {
      ...terms.values,
      representatives: [{ name: "Anna Przykładowa", function: "Zastępca Prezydenta Miasta Częstochowy" }],
      ...shape(terms.grant, terms.taskStart, terms.taskEnd),
    };
    const { contractId } = await generateContract({ ...office, clock: on(drawnUp), offerId, input });
    await sendContract({ ...office, clock: on(drawnUp), contractId });
    const signedOn = addDays(terms.taskStart, -3);
    const scan = await renderPdf({
      title: "Umowa podpisana (skan)",
      issuer: "Gmina Miasto Częstochowa",
      language: "pl",
      footerText: "Dane demonstracyjne",
      content: [{ text: "Umowa podpisana przez obie strony — skan (dane demonstracyjne)." }],
    });
    await signContract({
      ...office,
      clock: on(signedOn),
      contractId,
      files: fileStorages(databaseFileStorage(tx)),
      limits: { maxFileBytes: 10 * 1024 * 1024, maxOfferBytes: 50 * 1024 * 1024 },
      input: { signedOn },
      file: { filename: "umowa-podpisana.pdf", bytes: new Uint8Array(scan) },
    });
    const instalments = await tx
      .select()
      .from(contractInstalments)
      .where(eq(contractInstalments.contractId, contractId));
    for (const t of instalments.sort((a, b) => a.position - b.position)) {
      if (t.plannedOn > today) continue;
      await recordInstalmentPayment({
        ...office,
        clock: on(t.plannedOn),
        contractId,
        input: { position: t.position, paidOn: t.plannedOn, paidAmount: zl(t.plannedAmount) },
      });
    }
    return { contractId, ...terms };
  };

  /** Fills, submits and (on its day) accepts a report of the contract as the organisation's owner. */
  const fileReport = async (
    contractId: string,
    kind: "partial" | "final",
    by: string,
    days: { submitted: string; accepted: string },
    underspend = 0,
  ) => {
    if (days.submitted > today) return;
    const [row] = await tx
      .select()
      .from(reports)
      .where(and(eq(reports.contractId, contractId), eq(reports.kind, kind)));
    if (!row) throw new Error(`no ${kind} report`);
    const plan = initialReportContent(await contractContentOf(db, contractId), row);
    const base = {
      db,
      tenantId: options.tenantId,
      actor: actorOf(by, options.userIds),
      clock: on(days.submitted),
    };
    let revision = row.revision;
    const save = async (section: string, values: unknown) => {
      revision = (await saveReportSection({ ...base, reportId: row.id, section, revision, values })).revision;
    };
    const share = kind === "partial" ? 0.5 : 1;
    await save("substantive", {
      achievement:
        kind === "partial"
          ? "Połowa zaplanowanych zajęć za nami; frekwencja zgodna z planem."
          : "Cel zadania osiągnięty: zajęcia odbyły się w szkołach zgodnie z harmonogramem.",
      actions: plan.actions.map(() => ({ done: kind === "partial" ? "W trakcie realizacji." : "Wykonano." })),
      indicators: plan.indicators.map(() => ({
        achieved: kind === "partial" ? "Połowa" : "Osiągnięto",
        comment: "",
      })),
      beneficiaries: kind === "partial" ? 120 : 260,
      deviations: underspend ? "Jeden warsztat poprowadzili wolontariusze, bez wynagrodzenia." : "",
    });
    const lines = plan.costLines.map((l, i) => {
      const actual = Math.round(l.planned * share) - (i === 0 ? underspend : 0);
      return {
        actual,
        explanation: i === 0 && underspend ? "Warsztat poprowadzony przez wolontariuszy." : "",
      };
    });
    const total = lines.reduce((s, l) => s + l.actual, 0);
    const planned = plan.sources.planned;
    const personal = Math.round(planned.personal * share);
    const inKind = Math.round(planned.inKind * share);
    const grant = Math.round(planned.grant * share) - underspend;
    await save("financial", {
      costLines: lines,
      sources: { grant, financial: Math.max(0, total - grant - personal - inKind), personal, inKind },
      otherIncome: 0,
      interestEarned: 0,
      interestSpent: 0,
    });
    await save("additional", { additionalInfo: "" });
    await save("declarations", { truthful: true, vatAccounting: true, dataConsent: true });
    await submitReport({ ...base, appUrl: APP_URL, reportId: row.id });
    if (days.accepted > today) return;
    await decideReport({
      ...office,
      clock: on(days.accepted),
      reportId: row.id,
      input: { decision: "accept" },
    });
  };

  // In progress: two instalments, a partial report for the first half year, an annex.
  const inProgress = await contractFor(await offerOf(IN_PROGRESS), (grant, start, end) => {
    const year = start.slice(0, 4);
    const first = Math.round(grant * 0.6);
    return {
      instalments: [
        { plannedOn: addDays(start, 14), amount: zl(first) },
        { plannedOn: `${year}-07-01`, amount: zl(grant - first) },
      ],
      reports: [
        { kind: "partial", periodStart: start, periodEnd: `${year}-06-30`, dueOn: `${year}-07-30` },
        { kind: "final", periodStart: start, periodEnd: end, dueOn: addDays(end, 30) },
      ],
    };
  });
  if (inProgress) {
    const year = inProgress.taskStart.slice(0, 4);
    if (`${year}-04-15` <= today) {
      const toz = actorOf("toz@demo.pozytek.pl", options.userIds);
      const { id } = await submitChangeRequest({
        ...office,
        actor: toz,
        clock: on(`${year}-04-10`),
        contractId: inProgress.contractId,
        input: {
          kinds: ["bank_account"],
          justification: "Oddział przeniósł rachunek do innego banku; dotacja ma wpływać na nowy rachunek.",
          bankAccount: "PL61 1090 1014 0000 0712 1981 2874",
        },
      });
      await decideChangeRequest({
        ...office,
        clock: on(`${year}-04-15`),
        contractId: inProgress.contractId,
        changeId: id,
        input: { decision: "approve" },
      });
    }
    await fileReport(inProgress.contractId, "partial", "toz@demo.pozytek.pl", {
      submitted: `${year}-07-20`,
      accepted: `${year}-07-27`,
    });
  }

  // Settled: a school-year task (January–June), the unused grant returned on time, the file closed.
  const settled = await contractFor(await offerOf(SETTLED), () => ({}));
  if (settled) {
    const year = settled.taskStart.slice(0, 4);
    const steps = { returned: `${year}-07-14`, submitted: `${year}-07-20`, accepted: `${year}-07-27` };
    if (steps.returned <= today)
      await recordReturn({
        ...office,
        clock: on(steps.returned),
        contractId: settled.contractId,
        input: {
          kind: "principal",
          amount: zl(UNUSED),
          paidOn: steps.returned,
          note: "Zwrot niewykorzystanej dotacji",
        },
      });
    await fileReport(settled.contractId, "final", "komunikat@demo.pozytek.pl", steps, UNUSED);
    const closing = `${year}-07-29`;
    if (closing <= today) {
      await confirmSettlement({ ...office, clock: on(closing), contractId: settled.contractId });
      await closeSettlement({ ...office, clock: on(closing), contractId: settled.contractId });
    }
  }
}
