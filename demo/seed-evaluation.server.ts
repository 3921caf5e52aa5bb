import { and, asc, eq } from "drizzle-orm";
import { recordDecision } from "../domain/ranking/record-decision";
import { type Actor, SYSTEM_ACTOR, writeAudit } from "../platform/audit/write-audit.server";
import { fixedClock } from "../platform/clock/clock";
import type { Db, Tx } from "../platform/db/client.server";
import { competitions } from "../platform/db/schema/competitions";
import {
  committeeExclusions,
  committeeMembers,
  committeeNominations,
  committees,
  formalChecks,
  offerCorrections,
  proposedAmounts,
  scoreSheets,
} from "../platform/db/schema/evaluation";
import { offers, offerVersions } from "../platform/db/schema/offers";
import { organizations } from "../platform/db/schema/organizations";
import { warsawDateOf } from "../platform/format/dates";

/*
 * Last year's ecological-education call, evaluated and resolved: four offers passed the formal
 * check and one was rejected after a correction request it left unanswered; a committee of two
 * officials and an NGO nominee signed their declarations (the nominee declared a conflict with one
 * offer), scored, and the scoring was closed; the mayor's decision then went through the use case
 * that publishes the results (funded offers, one awarded less than requested, one below the
 * threshold, one formally rejected). The past is written directly, as submitted offers are in
 * seed-offers.server.ts; the decision is recorded the way an officer records it.
 */

const DAY = 86_400_000;

/** How good each demo offer is, as a share of every criterion's maximum (the members differ a little). */
const QUALITY: Record<string, number> = {
  "Towarzystwo Opieki nad Zwierzętami w Polsce Oddział w Częstochowie": 0.9,
  "Stowarzyszenie Komunikat": 0.85,
  "Stowarzyszenie Traugutt dla Przyszłości": 0.72,
  "Fundacja Maxima Dzieciom": 0.4,
};
const REJECTED = "Stowarzyszenie Wspierania Edukacji Artystycznej AKORD";
/** The nominee is a member of this organisation and declares the conflict. */
const NOMINEE_CONFLICT = "Stowarzyszenie Komunikat";
/** Awarded less than asked, so the update of the offer has something to show. */
const REDUCED = { name: "Stowarzyszenie Traugutt dla Przyszłości", amount: 700_000 };

interface Options {
  tenantId: string;
  userIds: Map<string, string>;
}

const actorOf = (email: string, userIds: Map<string, string>): Actor => ({
  userId: userIds.get(email) ?? null,
  label: email,
  ip: null,
});

/** Seeds the evaluation and the decision of the demo's resolved call, inside the demo's transaction. */
export async function seedDemoEvaluation(tx: Tx, options: Options): Promise<void> {
  const { tenantId, userIds } = options;
  const [competition] = await tx
    .select()
    .from(competitions)
    .where(
      and(
        eq(competitions.tenantId, tenantId),
        eq(competitions.areaCode, "ecology_animals"),
        eq(competitions.status, "in_evaluation"),
      ),
    );
  if (!competition?.offerDeadline) throw new Error("the demo's ecological-education call is missing");
  const deadline = competition.offerDeadline.getTime();
  const at = (days: number) => new Date(deadline + days * DAY);
  const rows = await tx
    .select({
      offerId: offers.id,
      versionId: offerVersions.id,
      organization: organizations.name,
      requested: offers.requestedGrant,
    })
    .from(offers)
    .innerJoin(offerVersions, eq(offerVersions.offerId, offers.id))
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(eq(offers.competitionId, competition.id))
    .orderBy(asc(offerVersions.submittedAt));

  const coordinator = userIds.get("koordynator@demo.pozytek.pl");
  const officer = userIds.get("urzednik@demo.pozytek.pl");
  const nominee = userIds.get("ngo-redaktor@demo.pozytek.pl");
  if (!coordinator || !officer || !nominee) throw new Error("demo accounts missing");

  // Formal check: every item passed, except the rejected offer's signed copy.
  for (const row of rows) {
    const rejected = row.organization === REJECTED;
    if (rejected)
      await tx.insert(offerCorrections).values({
        tenantId,
        offerId: row.offerId,
        items: [
          {
            code: "signed_copy",
            label: "Podpisana kopia oferty z sumą kontrolną zgodną z wersją złożoną",
            note: "Nie wpłynęła podpisana kopia oferty.",
          },
        ],
        sections: [],
        message: "Prosimy o przesłanie podpisanej kopii oferty.",
        deadline: at(9),
        status: "expired",
        fromVersionId: row.versionId,
        requestedBy: coordinator,
        requestedAt: at(2),
        resolvedAt: at(10),
      });
    await tx.insert(formalChecks).values({
      offerId: row.offerId,
      tenantId,
      competitionId: competition.id,
      versionId: row.versionId,
      marks: rejected
        ? { signed_copy: { result: "fail", note: "Brak podpisanej kopii mimo wezwania." } }
        : {},
      outcome: rejected ? "rejected" : "passed",
      reason: rejected ? "Nieusunięcie braków formalnych w wyznaczonym terminie." : null,
      decidedBy: coordinator,
      decidedAt: rejected ? at(10) : at(3),
      updatedBy: coordinator,
      updatedAt: rejected ? at(10) : at(3),
    });
  }

  // The committee: two officials (the coordinator chairs) and the nominee of AGAPE.
  const [agape] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.tenantId, tenantId),
        eq(organizations.name, "Stowarzyszenie Wzajemnej Pomocy „AGAPE”"),
      ),
    );
  if (!agape) throw new Error("AGAPE is missing from the demo");
  await tx.insert(committees).values({
    competitionId: competition.id,
    tenantId,
    nominationDeadline: at(5),
    hideScoresUntilComplete: true,
    scoringClosedAt: at(20),
    updatedBy: coordinator,
    updatedAt: at(20),
  });
  const [nomination] = await tx
    .insert(committeeNominations)
    .values({
      tenantId,
      competitionId: competition.id,
      organizationId: agape.id,
      candidateName: "Ewa Edytorska",
      candidateEmail: "ngo-redaktor@demo.pozytek.pl",
      statement: "Od lat prowadzę zajęcia przyrodnicze dla dzieci; nie pracuję dla żadnego z oferentów.",
      status: "accepted",
      createdBy: nominee,
      createdAt: at(1),
      decidedBy: coordinator,
      decidedAt: at(6),
    })
    .returning({ id: committeeNominations.id });
  const declaration =
    "Oświadczam, że nie zachodzą wobec mnie okoliczności, o których mowa w art. 24 Kodeksu postępowania administracyjnego, z wyjątkiem wskazanych poniżej ofert.";
  const members = await tx
    .insert(committeeMembers)
    .values(
      [
        { userId: coordinator, kind: "staff" as const, chair: true },
        { userId: officer, kind: "staff" as const, chair: false },
        { userId: nominee, kind: "ngo" as const, chair: false, nominationId: nomination?.id ?? null },
      ].map((m, i) => ({
        ...m,
        tenantId,
        competitionId: competition.id,
        voting: true,
        declaredAt: at(7 + i / 10),
        declarationText: declaration,
        addedBy: coordinator,
        addedAt: at(6),
      })),
    )
    .returning({ id: committeeMembers.id, userId: committeeMembers.userId });
  const nomineeMember = members.find((m) => m.userId === nominee);
  const conflicted = rows.find((r) => r.organization === NOMINEE_CONFLICT);
  if (nomineeMember && conflicted)
    await tx.insert(committeeExclusions).values({
      memberId: nomineeMember.id,
      offerId: conflicted.offerId,
      source: "declared",
      reason: "Jestem członkinią stowarzyszenia składającego ofertę.",
      createdBy: nominee,
      createdAt: at(7),
    });

  // Scores of every member for every offer that passed, except the declared conflict.
  for (const [index, member] of members.entries()) {
    for (const row of rows) {
      const quality = QUALITY[row.organization];
      if (quality === undefined) continue;
      if (member.id === nomineeMember?.id && row.offerId === conflicted?.offerId) continue;
      const points = Object.fromEntries(
        competition.criteria.map((c) => {
          const spread = c.maxPoints >= 10 ? index - 1 : 0;
          const value = Math.min(c.maxPoints, Math.max(0, Math.round(c.maxPoints * quality) + spread));
          return [c.code, { points: value, justification: justificationOf(value, c.maxPoints) }];
        }),
      );
      const total = Object.values(points).reduce((sum, p) => sum + p.points, 0);
      await tx.insert(scoreSheets).values({
        memberId: member.id,
        offerId: row.offerId,
        tenantId,
        competitionId: competition.id,
        points,
        total,
        submittedAt: at(15 + index),
        updatedAt: at(15 + index),
      });
    }
  }

  // The committee proposes the requested amounts, less for one offer; the mayor follows it.
  const awarded: Record<string, string> = {};
  for (const row of rows) {
    if (row.organization === REJECTED || (QUALITY[row.organization] ?? 0) < 0.5) continue;
    const amount =
      row.organization === REDUCED.name ? Math.min(REDUCED.amount, row.requested) : row.requested;
    await tx.insert(proposedAmounts).values({
      offerId: row.offerId,
      competitionId: competition.id,
      amount,
      updatedBy: coordinator,
      updatedAt: at(20),
    });
    awarded[row.offerId] = (amount / 100).toFixed(2).replace(".", ",");
  }
  const decidedAt = at(28);
  await recordDecision({
    db: tx as unknown as Db,
    tenantId,
    actor: actorOf("koordynator@demo.pozytek.pl", userIds),
    staffRoles: [{ role: "coordinator", departmentId: null }],
    clock: fixedClock(decidedAt),
    appUrl: "http://localhost:3000",
    competitionId: competition.id,
    decision: {
      number: `412/${warsawDateOf(decidedAt).slice(0, 4)}`,
      date: warsawDateOf(decidedAt),
      awarded,
    },
  });
  await writeAudit(tx, {
    tenantId,
    actor: SYSTEM_ACTOR,
    entityType: "competition",
    entityId: competition.id,
    action: "demo.evaluationSeeded",
    after: { offers: rows.length },
  });
}

function justificationOf(points: number, max: number): string {
  const share = points / max;
  if (share >= 0.85) return "Bardzo dobrze opisane i uzasadnione; spełnia kryterium w pełni.";
  if (share >= 0.6) return "Poprawnie, z drobnymi brakami w uzasadnieniu.";
  return "Opis ogólny, bez wskazania sposobu realizacji; kryterium spełnione częściowo.";
}
