import { and, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, Tx } from "../../platform/db/client.server";
import { competitionAmendments, competitions } from "../../platform/db/schema/competitions";
import { AppError, type FieldErrors } from "../../platform/errors/app-error";
import {
  calendarDaysBetween,
  formatDateTime,
  warsawDateOf,
  warsawDatePlusDays,
} from "../../platform/format/dates";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import {
  type CompetitionRow,
  competitionLinks,
  findCompetitionInTenant,
  findLegalBasis,
  subjectOf,
} from "./access";
import { changedFields } from "./draft-columns";
import { listDraftOfferRecipients } from "./list-draft-offer-recipients";
import { competitionAmendedMail } from "./mail/competition-mails";
import { assertCan, type StaffRoleName } from "./policy";
import { AMENDABLE_FIELDS, type Amendment } from "./schemas";

export interface AmendCompetitionOptions {
  db: Db;
  tenantId: string;
  tenantName?: string;
  actor: Actor;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  clock: Clock;
  appUrl: string;
  competitionId: unknown;
  amendment: Amendment;
}

/**
 * Changes a published announcement openly: the change is recorded as an amendment (what changed,
 * before and after, why, by whom, when), shown on the portal, audited, and mailed to every member
 * of an organisation with a draft offer. The deadline may be extended at any time; it may be
 * moved earlier only if it still leaves the legal basis's minimum of calendar days counted from
 * the amendment (UDPP art. 13 ust. 1 read for the changed announcement).
 */
export async function amendCompetition(options: AmendCompetitionOptions): Promise<{ amendmentId: string }> {
  return options.db.transaction(async (tx) => {
    const current = await findCompetitionInTenant(tx, options.tenantId, options.competitionId);
    assertCan(subjectOf(options.staffRoles), "amend", current);
    if (current.version !== options.amendment.version)
      throw new AppError("CONFLICT", "competition.error.changedMeanwhile");
    const basis = await findLegalBasis(tx, options.tenantId, current.legalBasisId);
    const now = options.clock.now();
    const next = {
      ...options.amendment,
      offerDeadline: options.amendment.offerDeadline ?? current.offerDeadline,
    };
    const changes = changedFields(pick(current), pick(next));
    const fieldErrors = amendmentErrors(current, next, basis, now);
    if (Object.keys(fieldErrors).length)
      throw new AppError("VALIDATION", "error.validation", { fieldErrors });
    if (Object.keys(changes).length === 0)
      throw new AppError("VALIDATION", "competition.error.nothingChanged");
    const [updated] = await tx
      .update(competitions)
      .set({
        ...pick(next),
        version: sql`${competitions.version} + 1`,
        updatedAt: now,
        updatedBy: options.actor.userId,
      })
      .where(
        and(
          eq(competitions.id, current.id),
          eq(competitions.version, current.version),
          eq(competitions.status, "published"),
        ),
      )
      .returning();
    if (!updated) throw new AppError("CONFLICT", "competition.error.changedMeanwhile");
    const deadlineChanged = "offerDeadline" in changes;
    const [amendment] = await tx
      .insert(competitionAmendments)
      .values({
        tenantId: options.tenantId,
        competitionId: current.id,
        changes,
        reason: options.amendment.reason,
        oldDeadline: deadlineChanged ? current.offerDeadline : null,
        newDeadline: deadlineChanged ? next.offerDeadline : null,
        amendedBy: options.actor.userId,
        amendedAt: now,
      })
      .returning({ id: competitionAmendments.id });
    if (!amendment) throw new Error("amendment not recorded");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "competition",
      entityId: current.id,
      action: "competition.amended",
      before: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.before])),
      after: {
        ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.after])),
        reason: options.amendment.reason,
        amendmentId: amendment.id,
      },
    });
    await notify(tx, options, updated, deadlineChanged);
    return { amendmentId: amendment.id };
  });
}

function pick(source: Pick<CompetitionRow, (typeof AMENDABLE_FIELDS)[number]>) {
  return Object.fromEntries(AMENDABLE_FIELDS.map((f) => [f, source[f]])) as Pick<
    CompetitionRow,
    (typeof AMENDABLE_FIELDS)[number]
  >;
}

function amendmentErrors(
  current: CompetitionRow,
  next: Pick<CompetitionRow, (typeof AMENDABLE_FIELDS)[number]>,
  basis: { minDaysToDeadline: number; minDaysArticle: string },
  now: Date,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of ["taskDescription", "awardRules", "taskConditions", "selectionProcedure"] as const) {
    if (!next[field].trim()) errors[field] = ["competition.error.requiredToPublish"];
  }
  if (!next.selectionDate) errors.selectionDate = ["competition.error.requiredToPublish"];
  const before = current.offerDeadline;
  const after = next.offerDeadline;
  if (after && before && after.getTime() !== before.getTime()) {
    const extended = after > before;
    const leavesMinimum = calendarDaysBetween(now, after) >= basis.minDaysToDeadline;
    if (after <= now || (!extended && !leavesMinimum)) {
      errors.offerDeadline = [
        `competition.error.amendedDeadlineTooSoon|${JSON.stringify({
          days: basis.minDaysToDeadline,
          article: basis.minDaysArticle,
          earliest: warsawDatePlusDays(now, basis.minDaysToDeadline),
        })}`,
      ];
    }
  }
  if (after && next.selectionDate && next.selectionDate < warsawDateOf(after))
    errors.selectionDate = ["competition.error.selectionBeforeDeadline"];
  return errors;
}

async function notify(
  tx: Tx,
  options: AmendCompetitionOptions,
  competition: CompetitionRow,
  deadlineChanged: boolean,
) {
  const recipients = await listDraftOfferRecipients(tx, {
    tenantId: options.tenantId,
    competitionId: competition.id,
  });
  for (const person of recipients) {
    await enqueueMail(tx, {
      tenantId: options.tenantId,
      to: person.email,
      template: "competitions.amended",
      rendered: competitionAmendedMail(person.locale, {
        tenantName: options.tenantName,
        title: competition.title,
        reason: options.amendment.reason,
        newDeadline:
          deadlineChanged && competition.offerDeadline ? formatDateTime(competition.offerDeadline) : null,
        link: competitionLinks.public(options.appUrl, competition.id),
      }),
    });
  }
}
