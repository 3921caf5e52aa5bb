import { and, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, Tx } from "../../platform/db/client.server";
import {
  type CorrectionItemJson,
  type FormalMarkJson,
  formalChecks,
  offerCorrections,
} from "../../platform/db/schema/evaluation";
import { AppError } from "../../platform/errors/app-error";
import { formatDateTime } from "../../platform/format/dates";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { tenantNameOf } from "../offers/offer-content";
import { requireUserId, validationError } from "../organizations/access";
import {
  type CheckedOffer,
  evaluationLinks,
  findCheckedOffer,
  offerorPeople,
  openCorrection,
  readFormalCheck,
  type StaffRoles,
} from "./access";
import type { ChecklistItem } from "./checklist";
import { correctionRequestedMail, formalPassedMail, formalRejectedMail } from "./mail/evaluation-mails";
import { correctionDeadline } from "./rules";
import { type FormalDecision, FormalDecisionSchema } from "./schemas";

export interface DecideFormalCheckOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: StaffRoles;
  clock: Clock;
  appUrl: string;
  offerId: unknown;
  input: unknown;
}

export interface DecidedFormalCheck {
  outcome: "pending" | "passed" | "correction" | "rejected";
  version: number;
  correctionId: string | null;
  deadline: Date | null;
}

type Outcome = DecidedFormalCheck["outcome"];

/**
 * The officer marks the checklist of one submitted offer and decides (UDPP art. 15, PROCESS.md §3):
 * `save` keeps the marks only; `passed` needs every item passed or not applicable; `correction`
 * opens a round with the failed correctable items, the sections the organisation may change and a
 * deadline of `correction_days` calendar days to 23:59:59 Warsaw; `rejected` needs a reason. A
 * failed item that cannot be corrected rejects the offer whatever was asked, with the items as the
 * reason. Guarded by the check's version (CONFLICT when someone decided meanwhile), audited, mailed.
 */
export async function decideFormalCheck(options: DecideFormalCheckOptions): Promise<DecidedFormalCheck> {
  const userId = requireUserId(options.actor);
  const parsed = FormalDecisionSchema.safeParse(options.input);
  return options.db.transaction(async (tx) => {
    const checked = await findCheckedOffer(tx, {
      tenantId: options.tenantId,
      offerId: options.offerId,
      staffRoles: options.staffRoles,
      action: "evaluation.run",
      forUpdate: true,
    });
    if (!parsed.success) throw validationError(parsed.error.issues);
    const input = parsed.data;
    if (await openCorrection(tx, checked.offer.id))
      throw new AppError("CONFLICT", "evaluation.error.correctionOpen");
    const before = await readFormalCheck(tx, checked.offer.id);
    if ((before?.version ?? 0) !== input.expectedVersion)
      throw new AppError("CONFLICT", "evaluation.error.changed");
    const marks = marksOf(checked.checklist, input);
    const now = options.clock.now();
    const decision = decide(checked.checklist, marks, input, before?.outcome ?? "pending");
    const values = {
      versionId: checked.versionId,
      marks,
      outcome: decision.outcome,
      reason: decision.outcome === "rejected" ? decision.reason : null,
      decidedBy: input.outcome === "save" ? (before?.decidedBy ?? null) : userId,
      decidedAt: input.outcome === "save" ? (before?.decidedAt ?? null) : now,
      updatedBy: userId,
      updatedAt: now,
    };
    const version = await writeCheck(tx, checked, values, before?.version ?? 0);
    let correction: { id: string; deadline: Date } | null = null;
    if (decision.outcome === "correction" && input.outcome === "correction")
      correction = await openRound(tx, options.tenantId, checked, decision.items, input, userId, now);
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: checked.offer.id,
      action: input.outcome === "save" ? "evaluation.marksSaved" : `evaluation.formal.${decision.outcome}`,
      before: before ? { outcome: before.outcome, marks: before.marks, reason: before.reason } : null,
      after: {
        outcome: decision.outcome,
        marks,
        reason: values.reason,
        versionId: checked.versionId,
        ...(correction
          ? {
              correctionId: correction.id,
              deadline: correction.deadline.toISOString(),
              sections: input.correctionSections,
            }
          : {}),
      },
    });
    if (input.outcome !== "save")
      await mailDecision(
        tx,
        options,
        checked,
        decision,
        input.correctionMessage,
        correction?.deadline ?? null,
      );
    return {
      outcome: decision.outcome,
      version,
      correctionId: correction?.id ?? null,
      deadline: correction?.deadline ?? null,
    };
  });
}

/** The marks of the checklist's items (unknown codes dropped, missing ones unmarked). */
function marksOf(checklist: readonly ChecklistItem[], input: FormalDecision): Record<string, FormalMarkJson> {
  return Object.fromEntries(
    checklist.map((item) => {
      const mark = Object.hasOwn(input.marks, item.code) ? input.marks[item.code] : undefined;
      return [item.code, { result: mark?.result ?? null, note: mark?.note ?? "" }];
    }),
  );
}

interface Decision {
  outcome: Outcome;
  reason: string;
  /** The failed correctable items, for a correction. */
  items: CorrectionItemJson[];
}

function decide(
  checklist: readonly ChecklistItem[],
  marks: Record<string, FormalMarkJson>,
  input: FormalDecision,
  current: Outcome,
): Decision {
  const failed = checklist.filter((i) => marks[i.code]?.result === "fail");
  const fatal = failed.filter((i) => !i.correctable);
  const items = failed
    .filter((i) => i.correctable)
    .map((i) => ({ code: i.code, label: i.label, note: marks[i.code]?.note ?? "" }));
  const refuse = (field: string, key: string) =>
    new AppError("VALIDATION", "error.validation", { fieldErrors: { [field]: [key] } });
  if (input.outcome === "save") return { outcome: current, reason: "", items: [] };
  if (fatal.length > 0) {
    const listed = fatal.map((i) => (marks[i.code]?.note ? `${i.label} (${marks[i.code]?.note})` : i.label));
    return {
      outcome: "rejected",
      reason: input.reason || `Niespełnione wymogi formalne: ${listed.join("; ")}`,
      items: [],
    };
  }
  if (input.outcome === "passed") {
    const open = checklist.filter((i) => marks[i.code]?.result !== "pass" && marks[i.code]?.result !== "na");
    if (open.length > 0) throw refuse("outcome", "evaluation.error.notAllPassed");
    return { outcome: "passed", reason: "", items: [] };
  }
  if (input.outcome === "correction") {
    if (items.length === 0) throw refuse("outcome", "evaluation.error.nothingToCorrect");
    if (
      input.correctionSections.length === 0 &&
      !items.some((i) => i.code === "signed_copy" || i.code === "attachments")
    )
      throw refuse("correctionSections", "evaluation.error.noSections");
    return { outcome: "correction", reason: "", items };
  }
  if (!input.reason) throw refuse("reason", "form.required");
  return { outcome: "rejected", reason: input.reason, items: [] };
}

/** Writes the check guarded by the version read (inserts the first one). */
async function writeCheck(
  tx: Tx,
  checked: CheckedOffer,
  values: Omit<typeof formalChecks.$inferInsert, "offerId" | "tenantId" | "competitionId">,
  expected: number,
): Promise<number> {
  if (expected === 0) {
    const inserted = await tx
      .insert(formalChecks)
      .values({
        ...values,
        offerId: checked.offer.id,
        tenantId: checked.offer.tenantId,
        competitionId: checked.competition.id,
      })
      .onConflictDoNothing()
      .returning({ version: formalChecks.version });
    if (!inserted[0]) throw new AppError("CONFLICT", "evaluation.error.changed");
    return inserted[0].version;
  }
  const [updated] = await tx
    .update(formalChecks)
    .set({ ...values, version: sql`${formalChecks.version} + 1` })
    .where(and(eq(formalChecks.offerId, checked.offer.id), eq(formalChecks.version, expected)))
    .returning({ version: formalChecks.version });
  if (!updated) throw new AppError("CONFLICT", "evaluation.error.changed");
  return updated.version;
}

async function openRound(
  tx: Tx,
  tenantId: string,
  checked: CheckedOffer,
  items: CorrectionItemJson[],
  input: FormalDecision,
  userId: string,
  now: Date,
) {
  const deadline = correctionDeadline(now, checked.competition.correctionDays);
  const [row] = await tx
    .insert(offerCorrections)
    .values({
      tenantId,
      offerId: checked.offer.id,
      items,
      sections: [...new Set(input.correctionSections)],
      message: input.correctionMessage,
      deadline,
      fromVersionId: checked.versionId,
      requestedBy: userId,
      requestedAt: now,
    })
    .returning({ id: offerCorrections.id });
  if (!row) throw new Error("correction not written");
  return { id: row.id, deadline };
}

async function mailDecision(
  tx: Tx,
  options: DecideFormalCheckOptions,
  checked: CheckedOffer,
  decision: Decision,
  message: string,
  deadline: Date | null,
) {
  const tenantName = await tenantNameOf(tx, options.tenantId);
  const base = {
    tenantName,
    competitionTitle: checked.competition.title,
    offerTitle: checked.offer.title,
    link: evaluationLinks.offer(options.appUrl, checked.offer.id),
  };
  for (const person of await offerorPeople(tx, checked.offer)) {
    const rendered =
      decision.outcome === "passed"
        ? formalPassedMail(person.locale, base)
        : decision.outcome === "rejected"
          ? formalRejectedMail(person.locale, { ...base, reason: decision.reason })
          : correctionRequestedMail(person.locale, {
              ...base,
              link: evaluationLinks.correction(options.appUrl, checked.offer.id),
              items: decision.items.map((i) => (i.note ? `${i.label}: ${i.note}` : i.label)),
              message,
              deadline: deadline ? formatDateTime(deadline) : "",
            });
    await enqueueMail(tx, {
      tenantId: options.tenantId,
      to: person.email,
      template: `evaluation.formal.${decision.outcome}`,
      rendered,
    });
  }
}
