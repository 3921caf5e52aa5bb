import { and, eq, isNull } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { reasonRequests } from "../../platform/db/schema/evaluation";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { assertCan, type CompetitionSubject } from "../competitions/policy";
import { validationError } from "../organizations/access";
import { reasonAnsweredMail } from "./mail/result-mails";
import { competitionOfResults } from "./read-results";
import { ReasonAnswerSchema } from "./schemas";

/**
 * The office answers a request for reasons (policy `reasons.answer`: the department's officers,
 * the coordinator, the administrator): the answer is stored once, audited and mailed to the person
 * who asked, in one transaction. A second answer to the same request is a conflict.
 */
export async function answerReasonRequest(options: {
  db: Db;
  tenantId: string;
  tenantName?: string;
  actor: Actor;
  staffRoles: CompetitionSubject["staffRoles"];
  clock: Clock;
  appUrl: string;
  competitionId: unknown;
  input: Record<string, unknown>;
}): Promise<void> {
  const competition = await competitionOfResults(options.db, options.tenantId, options.competitionId);
  assertCan({ staffRoles: options.staffRoles }, "reasons.answer", competition);
  const parsed = ReasonAnswerSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { requestId, answer } = parsed.data;
  const now = options.clock.now();
  await options.db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(reasonRequests)
      .where(and(eq(reasonRequests.id, requestId), eq(reasonRequests.competitionId, competition.id)));
    if (!request) throw new AppError("NOT_FOUND", "error.notFound");
    const answered = await tx
      .update(reasonRequests)
      .set({ answer, answeredBy: options.actor.userId, answeredAt: now })
      .where(and(eq(reasonRequests.id, requestId), isNull(reasonRequests.answeredAt)))
      .returning({ id: reasonRequests.id });
    if (answered.length === 0) throw new AppError("CONFLICT", "results.reasons.alreadyAnswered");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "reason_request",
      entityId: requestId,
      action: "results.reasonsAnswered",
      before: { answer: null },
      after: { answer, answeredAt: now.toISOString() },
    });
    await enqueueMail(tx, {
      tenantId: options.tenantId,
      to: request.requesterEmail,
      template: "results.reasonsAnswered",
      rendered: reasonAnsweredMail("pl", {
        tenantName: options.tenantName,
        competitionTitle: competition.title,
        question: request.question,
        answer,
        link: `${options.appUrl.replace(/\/$/, "")}/konkursy/${competition.id}/wyniki`,
      }),
    });
  });
}
