import type { Db } from "../../../platform/db/client.server";
import { saveOfferSection } from "../../offers/save-offer-section";
import { sectionVersions, TEST_APP_URL } from "../../offers/testing/factories";
import { actorOf } from "../../organizations/testing/factories";
import { ensureUpdateRounds } from "../../updates/access";
import { decideUpdate } from "../../updates/decide-update";
import { submitUpdate } from "../../updates/submit-update";
import { type UpdateWorld, updateClock, updatedCosts } from "../../updates/testing/factories";

/*
 * Test helpers of drawing up a contract: the terms' form values and an accepted update round for
 * the world's own offer (funded with 15 000,00 zł of the 19 000,00 asked).
 */

/** The form of terms as typed (flat names, money in złoty), with overrides. */
export function termsForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    form: "support",
    "representatives.0.name": "Jan Kowalski",
    "representatives.0.function": "Zastępca Prezydenta Miasta",
    bankAccount: "61 1090 1014 0000 0712 1981 2874",
    "instalments.0.plannedOn": "2026-05-15",
    "instalments.0.amount": "10 000,00",
    "instalments.1.plannedOn": "2026-08-01",
    "instalments.1.amount": "9000",
    "reports.0.kind": "final",
    "reports.0.periodStart": "2026-05-01",
    "reports.0.periodEnd": "2026-12-31",
    "reports.0.dueOn": "2027-01-30",
    allowedShift: "20",
    finalReportDays: "30",
    returnDays: "15",
    ...overrides,
  };
}

/** The own offer's update to 15 000,00 zł, submitted by its owner and accepted by the officer. */
export async function acceptOwnUpdate(db: Db, w: UpdateWorld) {
  const base = { db, tenantId: w.tenant.id, clock: updateClock, appUrl: TEST_APP_URL };
  await ensureUpdateRounds(db, {
    tenantId: w.tenant.id,
    actor: actorOf(w.officer.user),
    offerId: w.own.offerId,
  });
  await saveOfferSection({
    ...base,
    actor: actorOf(w.owner),
    offerId: w.own.offerId,
    section: "costs",
    expectedVersion: (await sectionVersions(db, w.own.offerId)).costs,
    content: updatedCosts(),
  });
  await submitUpdate({ ...base, actor: actorOf(w.owner), offerId: w.own.offerId });
  await decideUpdate({
    ...base,
    actor: actorOf(w.officer.user),
    staffRoles: w.officer.staffRoles,
    offerId: w.own.offerId,
    input: { decision: "accept", remarks: "" },
  });
}
