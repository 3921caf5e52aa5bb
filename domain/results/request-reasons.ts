import { and, eq, inArray } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import { enforceRateLimits } from "../../platform/auth/rate-limit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { reasonRequests } from "../../platform/db/schema/evaluation";
import { staffRoles, users } from "../../platform/db/schema/identity";
import { AppError } from "../../platform/errors/app-error";
import { formatDate } from "../../platform/format/dates";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { inboxRecipients } from "../contact/recipients";
import { HONEYPOT_FIELD } from "../contact/rules";
import { validationError } from "../organizations/access";
import { getPublicResults } from "./get-public-results";
import { reasonRequestedMail } from "./mail/result-mails";
import { REASONS_LIMIT_PER_IP } from "./rules";
import { ReasonRequestSchema } from "./schemas";

/**
 * Anyone asks for the reasons of a competition's results (art. 15 ust. 2j UDPP) within 30 days of
 * their publication; after that the request is refused with the article. Like the contact form: a
 * bot filling the honeypot is dropped silently (audited), every accepted request counts against
 * the per-IP limit. The request is stored and mailed to the department's officers and the
 * coordinator, with the audit entry, in one transaction.
 */
export async function requestReasons(options: {
  db: Db;
  tenantId: string;
  tenantName?: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  competitionId: unknown;
  input: Record<string, unknown>;
}): Promise<{ requestId: string | null }> {
  const now = options.clock.now();
  const results = await getPublicResults({ ...options, competitionId: options.competitionId });
  const competition = results.competition;
  if (!results.reasonsOpen)
    throw new AppError("CONFLICT", "results.reasons.closed", {
      details: { until: formatDate(results.reasonsUntil) },
    });
  const countAttempt = () =>
    enforceRateLimits(options.db, now, [{ rule: REASONS_LIMIT_PER_IP, key: options.actor.ip }]);
  const honeypot = options.input[HONEYPOT_FIELD];
  if (typeof honeypot === "string" && honeypot.trim() !== "") {
    await countAttempt();
    await writeAudit(options.db, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "competition",
      entityId: competition.id,
      action: "results.reasonsHoneypot",
      after: { honeypot: honeypot.slice(0, 200) },
    });
    return { requestId: null };
  }
  const parsed = ReasonRequestSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  await countAttempt();
  const { name, email, question } = parsed.data;
  return options.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reasonRequests)
      .values({
        tenantId: options.tenantId,
        competitionId: competition.id,
        requesterName: name,
        requesterEmail: email,
        question,
        askedAt: now,
      })
      .returning({ id: reasonRequests.id });
    if (!row) throw new Error("reason request insert returned nothing");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "reason_request",
      entityId: row.id,
      action: "results.reasonsRequested",
      after: { competitionId: competition.id, name, email, question },
    });
    const link = `${options.appUrl.replace(/\/$/, "")}/urzad/konkursy/${competition.id}/wyniki`;
    for (const recipient of await reasonRecipients(tx, options.tenantId, competition.departmentId)) {
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: recipient.email,
        template: "results.reasonsRequested",
        rendered: reasonRequestedMail(recipient.locale, {
          tenantName: options.tenantName,
          competitionTitle: competition.title,
          name,
          email,
          question,
          link,
        }),
      });
    }
    return { requestId: row.id };
  });
}

/** The officers of the competition's department and the coordinators (or administrators), once each. */
export async function reasonRecipients(db: DbOrTx, tenantId: string, departmentId: string) {
  const officers = await db
    .selectDistinct({ email: users.email, locale: users.locale })
    .from(staffRoles)
    .innerJoin(users, eq(users.id, staffRoles.userId))
    .where(
      and(
        eq(staffRoles.tenantId, tenantId),
        inArray(staffRoles.role, ["officer"]),
        eq(staffRoles.departmentId, departmentId),
      ),
    );
  const all = new Map<string, "pl" | "en">();
  for (const o of officers) all.set(o.email, o.locale === "en" ? "en" : "pl");
  for (const c of await inboxRecipients(db, tenantId)) all.set(c.email, c.locale);
  return [...all].map(([email, locale]) => ({ email, locale }));
}
