import { and, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.server";
import { mailOutbox } from "../../../platform/db/schema/mail";
import { closeDueCompetitions } from "../../competitions/close-due-competitions";
import { startEvaluation } from "../../competitions/start-evaluation";
import {
  createOfferWorld,
  offerClock,
  submittedTestOffer,
  TEST_APP_URL,
} from "../../offers/testing/factories";
import { actorOf } from "../../organizations/testing/factories";
import { decideFormalCheck } from "../decide-formal-check";
import type { FormalDecisionInput } from "../schemas";

/** Test factories for the formal check: real rows through the real use cases. */

/** Four days after the default competition's deadline (2026-04-10 15:00 Warsaw). */
export const EVALUATION_TIME = "2026-04-14 10:00";
export const evaluationClock = (at: string = EVALUATION_TIME) => offerClock(at);

/**
 * The offers' world with one submitted offer, its competition closed at the deadline and put in
 * evaluation by the officer of its department.
 */
export async function createEvaluationWorld(db: Db) {
  const world = await createOfferWorld(db);
  const submitted = await submittedTestOffer(db, world);
  await closeDueCompetitions({ db, clock: evaluationClock() });
  await startEvaluation({
    db,
    tenantId: world.tenant.id,
    actor: world.officer.actor,
    staffRoles: world.officer.staffRoles,
    clock: evaluationClock(),
    competitionId: world.competitionId,
  });
  return { ...world, offerId: submitted.offerId, submitted };
}
export type EvaluationWorld = Awaited<ReturnType<typeof createEvaluationWorld>>;

/** Every item passed, except those given. */
export function marksAll(
  codes: readonly string[],
  overrides: Record<string, { result: "pass" | "fail" | "na" | null; note?: string }> = {},
) {
  return Object.fromEntries(
    codes.map((c) => {
      const o = overrides[c];
      return [c, { result: o ? o.result : "pass", note: o?.note ?? "" }];
    }),
  );
}

/** The officer decides on the world's offer. */
export function decideAsOfficer(
  db: Db,
  world: EvaluationWorld,
  input: FormalDecisionInput,
  options: { at?: string; staff?: EvaluationWorld["officer"] } = {},
) {
  const staff = options.staff ?? world.officer;
  return decideFormalCheck({
    db,
    tenantId: world.tenant.id,
    actor: staff.actor,
    staffRoles: staff.staffRoles,
    clock: evaluationClock(options.at),
    appUrl: TEST_APP_URL,
    offerId: world.offerId,
    input,
  });
}

/** Mail of a template whose text names the offer. */
export async function mailsOf(db: Db, template: string, offerId: string) {
  const rows = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.template, template)));
  return rows.filter((m) => m.text.includes(offerId));
}

export { actorOf, TEST_APP_URL };
