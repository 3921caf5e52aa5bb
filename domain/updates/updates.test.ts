import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { competitionResults } from "~/platform/db/schema/evaluation";
import { offerVersions } from "~/platform/db/schema/offers";
import { offerUpdates } from "~/platform/db/schema/updates";
import { isAppError } from "~/platform/errors/app-error";
import { useTestDatabase } from "~/test/db";
import { getOfferWorkspace } from "../offers/get-offer-workspace";
import { saveOfferSection } from "../offers/save-offer-section";
import { completeSections, sectionVersions, TEST_APP_URL } from "../offers/testing/factories";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { auditOfAction, mailsOf } from "../results/testing/factories";
import { ensureUpdateRounds } from "./access";
import { decideUpdate } from "./decide-update";
import { getOfferUpdate } from "./get-offer-update";
import { getOfficeUpdate } from "./get-office-update";
import { submitUpdate } from "./submit-update";
import { createUpdateWorld, type UpdateWorld, updateClock, updatedCosts } from "./testing/factories";
import { withdrawFromGrant } from "./withdraw-from-grant";

type Person = { id: string; email: string };

/** The view of an offer with a round (fails the test otherwise). */
function withRound<T extends { round: unknown }>(v: T): Exclude<T, { round: null }> {
  if (v.round === null) throw new Error("expected an update round");
  return v as Exclude<T, { round: null }>;
}

describe("the update of an offer after the award", () => {
  const t = useTestDatabase();
  let w: UpdateWorld;

  beforeAll(async () => {
    w = await createUpdateWorld(t.db);
  });

  const base = () => ({ db: t.db, tenantId: w.tenant.id, clock: updateClock, appUrl: TEST_APP_URL });
  const view = (by: Person, offerId = w.own.offerId) =>
    getOfferUpdate({ db: t.db, tenantId: w.tenant.id, actor: actorOf(by), offerId });
  const save = async (section: "task" | "costs" | "profile", content: unknown, by: Person = w.owner) =>
    saveOfferSection({
      ...base(),
      actor: actorOf(by),
      offerId: w.own.offerId,
      section,
      expectedVersion: (await sectionVersions(t.db, w.own.offerId))[section],
      content,
    });
  const submit = (by: Person = w.owner, offerId = w.own.offerId) =>
    submitUpdate({ ...base(), actor: actorOf(by), offerId });
  const office = (staff: {
    user: Person;
    staffRoles: never[] | { role: "officer" | "coordinator" | "admin"; departmentId: string | null }[];
  }) =>
    getOfficeUpdate({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(staff.user),
      staffRoles: staff.staffRoles,
      offerId: w.own.offerId,
    });
  const decide = (decision: string, remarks = "", staff = w.officer) =>
    decideUpdate({
      ...base(),
      actor: actorOf(staff.user),
      staffRoles: staff.staffRoles,
      offerId: w.own.offerId,
      input: { decision: decision as "accept", remarks },
    });
  const rounds = (offerId: string) =>
    t.db.select().from(offerUpdates).where(eq(offerUpdates.offerId, offerId));

  it("opens one round per reduced offer, lazily and once, none for an offer funded in full", async () => {
    const actor = actorOf(w.officer.user);
    await Promise.all([
      ensureUpdateRounds(t.db, { tenantId: w.tenant.id, actor, competitionId: w.competitionId }),
      ensureUpdateRounds(t.db, { tenantId: w.tenant.id, actor, competitionId: w.competitionId }),
    ]);
    const v = withRound(await view(w.owner));
    await view(w.editor);
    expect(v.round).toMatchObject({ status: "open", awardedAmount: 1_500_000, requestedAmount: 1_900_000 });
    expect(await rounds(w.own.offerId)).toHaveLength(1);
    expect(await rounds(w.reduced.offerId)).toHaveLength(1);
    expect(await rounds(w.full.offerId)).toHaveLength(0);
    expect((await view(w.full.owner, w.full.offerId)).round).toBeNull();
    expect(await auditOfAction(t.db, "updates.opened")).toHaveLength(2);
    // The submitted grant differs from the award: that is what no longer fits.
    expect(v.issues.flatMap((g) => g.issues.map((i) => i.message.split("|")[0]))).toContain(
      "updates.error.grantNotAwarded",
    );
  });

  it("refuses another organisation's member and the office on the organisation's page (403)", async () => {
    await expectAppError(view(w.reduced.owner), "FORBIDDEN");
    await expectAppError(view(w.officer.user), "FORBIDDEN");
    await expectAppError(submit(w.reduced.owner), "FORBIDDEN");
    await expectAppError(
      withdrawFromGrant({
        ...base(),
        actor: actorOf(w.reduced.owner),
        offerId: w.own.offerId,
        input: { reason: "x" },
      }),
      "FORBIDDEN",
    );
    await expectAppError(submit(w.viewer), "FORBIDDEN");
  });

  it("reopens only the task and the costs", async () => {
    const workspace = await getOfferWorkspace({ ...base(), userId: w.owner.id, offerId: w.own.offerId });
    expect(workspace.updateSections).toEqual(["task", "costs"]);
    await save("task", { ...completeSections().task, resultsProduced: "304 godziny opieki." });
    await expectAppError(
      save("profile", { ...completeSections().profile, resources: "Ośmiu opiekunów." }),
      "CONFLICT",
      "updates.error.sectionNotListed",
    );
    // The offer funded in full has no round: its sections stay frozen.
    const fullSave = saveOfferSection({
      ...base(),
      actor: actorOf(w.full.owner),
      offerId: w.full.offerId,
      section: "task",
      expectedVersion: (await sectionVersions(t.db, w.full.offerId)).task,
      content: completeSections().task,
    });
    await expectAppError(fullSave, "CONFLICT");
  });

  it("refuses an update whose grant is not the awarded amount", async () => {
    const error = await submit().catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("VALIDATION");
    expect(isAppError(error) && error.fieldErrors["costs:sources.grant"]?.[0]).toMatch(
      /^updates\.error\.grantNotAwarded/,
    );
  });

  it("keeps the competition's minimum own contribution", async () => {
    await save("costs", updatedCosts({ personal: 60_000 }));
    const v = withRound(await view(w.owner));
    expect(v.issues.flatMap((g) => g.issues.map((i) => i.field))).toEqual(["sources.own"]);
    const error = await submit().catch((e: unknown) => e);
    expect(isAppError(error) && error.fieldErrors["costs:sources.own"]?.[0]).toMatch(
      /^offer\.error\.ownShareTooLow/,
    );
  });

  it("freezes the update as a new version replacing the submitted one, once for a double click", async () => {
    await save("costs", updatedCosts());
    expect(withRound(await view(w.owner)).issues).toEqual([]);
    const [a, b] = await Promise.all([submit(), submit(w.editor)]);
    expect([a.repeated, b.repeated].sort()).toEqual([false, true]);
    expect(a.versionId).toBe(b.versionId);
    const versions = await t.db.select().from(offerVersions).where(eq(offerVersions.offerId, w.own.offerId));
    expect(versions.map((v) => v.kind).sort()).toEqual(["submission", "update"]);
    const update = versions.find((v) => v.kind === "update");
    const first = versions.find((v) => v.kind === "submission");
    expect(update?.replacesVersionId).toBe(first?.id);
    expect(update?.receiptNumber).not.toBe(first?.receiptNumber);
    expect(update?.checksum).toMatch(/^[0-9a-f]{64}$/);
    const [round] = await rounds(w.own.offerId);
    expect(round).toMatchObject({ status: "submitted", versionId: update?.id });
    expect(await mailsOf(t.db, w.officer.user.email, "updates.submitted")).toHaveLength(1);
    expect(await auditOfAction(t.db, "updates.submitted")).toHaveLength(1);
    // Submitted: the sections are frozen until the officer returns it.
    await expectAppError(save("costs", updatedCosts({ personal: 90_000 })), "CONFLICT");
  });

  it("shows the office the update against the submitted version; another department is refused (403)", async () => {
    const v = withRound(await office(w.officer));
    expect(v.round?.status).toBe("submitted");
    expect(v.from?.kind).toBe("submission");
    expect(v.to?.kind).toBe("update");
    expect(v.diff.find((s) => s.part === "costs")?.changes.map((c) => c.field)).toContain("sources.grant");
    expect(v.can).toEqual({ decide: true });
    await expectAppError(office(w.otherOfficer), "FORBIDDEN");
    await expectAppError(office({ user: w.owner, staffRoles: [] }), "FORBIDDEN");
    await expectAppError(decide("accept", "", w.otherOfficer), "FORBIDDEN");
  });

  it("returns with remarks (required), and the organisation changes and resubmits", async () => {
    await expectAppError(decide("return", "  "), "VALIDATION");
    const [x, y] = await Promise.all([
      decide("return", "Proszę doprecyzować harmonogram."),
      decide("return", "Proszę doprecyzować harmonogram."),
    ]);
    expect([x.repeated, y.repeated].sort()).toEqual([false, true]);
    expect((await rounds(w.own.offerId))[0]).toMatchObject({
      status: "returned",
      remarks: "Proszę doprecyzować harmonogram.",
    });
    expect(await auditOfAction(t.db, "updates.returned")).toHaveLength(1);
    expect(await mailsOf(t.db, w.owner.email, "updates.returned")).toHaveLength(1);
    await save("task", { ...completeSections().task, resultsProduced: "304 godziny opieki w 2026 r." });
    const again = await submit();
    expect(again.repeated).toBe(false);
    expect((await rounds(w.own.offerId))[0]).toMatchObject({
      status: "submitted",
      versionId: again.versionId,
    });
  });

  it("accepts once, audited and mailed; the round is not reopened", async () => {
    const first = await decide("accept");
    const second = await decide("accept");
    expect([first.repeated, second.repeated]).toEqual([false, true]);
    expect((await rounds(w.own.offerId))[0]?.status).toBe("accepted");
    expect(await auditOfAction(t.db, "updates.accepted")).toHaveLength(1);
    expect(await mailsOf(t.db, w.owner.email, "updates.accepted")).toHaveLength(1);
    await ensureUpdateRounds(t.db, {
      tenantId: w.tenant.id,
      actor: actorOf(w.owner),
      offerId: w.own.offerId,
    });
    expect(await rounds(w.own.offerId)).toHaveLength(1);
    await expectAppError(save("costs", updatedCosts()), "CONFLICT");
    await expectAppError(decide("return", "Za późno."), "CONFLICT", "updates.error.wrongStatus");
  });

  it("withdraws from the grant with a reason; the published result stays", async () => {
    const withdraw = (reason: string) =>
      withdrawFromGrant({
        ...base(),
        actor: actorOf(w.reduced.owner),
        offerId: w.reduced.offerId,
        input: { reason },
      });
    await expectAppError(withdraw(" "), "VALIDATION");
    const [a, b] = await Promise.all([
      withdraw("Nie zrealizujemy zadania za tę kwotę."),
      withdraw("Nie zrealizujemy zadania za tę kwotę."),
    ]);
    expect([a.repeated, b.repeated].sort()).toEqual([false, true]);
    expect((await rounds(w.reduced.offerId))[0]).toMatchObject({
      status: "withdrawn",
      withdrawalReason: "Nie zrealizujemy zadania za tę kwotę.",
    });
    expect(await auditOfAction(t.db, "updates.withdrawn")).toHaveLength(1);
    expect(await mailsOf(t.db, w.officer.user.email, "updates.withdrawn")).toHaveLength(1);
    const [result] = await t.db
      .select()
      .from(competitionResults)
      .where(
        and(
          eq(competitionResults.offerId, w.reduced.offerId),
          eq(competitionResults.competitionId, w.competitionId),
        ),
      );
    expect(result).toMatchObject({ status: "funded", awardedAmount: 1_200_000 });
    await expectAppError(
      submitUpdate({ ...base(), actor: actorOf(w.reduced.owner), offerId: w.reduced.offerId }),
      "CONFLICT",
    );
  });
});
