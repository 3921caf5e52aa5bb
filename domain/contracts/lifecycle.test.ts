import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { contractInstalments, contracts } from "~/platform/db/schema/contracts";
import { databaseFileStorage } from "~/platform/files/database-file-storage.server";
import { fileStorages } from "~/platform/files/file-storage";
import { DEFAULT_FILE_LIMITS } from "~/platform/files/limits";
import { samplePdf, samplePng } from "~/platform/files/testing/sample-files";
import { useTestDatabase } from "~/test/db";
import { TEST_APP_URL, warsaw } from "../offers/testing/factories";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { auditOfAction, mailsOf } from "../results/testing/factories";
import { getMemberContract } from "./get-member-contract";
import { getOfficeContract } from "./get-office-contract";
import { recallContract } from "./recall-contract";
import { recordInstalmentPayment } from "./record-instalment-payment";
import { sendContract } from "./send-contract";
import { signContract } from "./sign-contract";
import { startContract } from "./start-contract";
import { terminateContract } from "./terminate-contract";
import { type ContractWorld, createContractWorld, insertTestContract } from "./testing/factories";

type Staff = ContractWorld["officer"];

/** After the contracts were drawn up (2026-05-25) and before the task's end. */
const clock = fixedClock(warsaw("2026-06-05 10:00"));

describe("the contract's life", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  /** The world's own organisation's contract, drawn up (draft). */
  let draftId: string;
  /** The reduced offer's contract, sent to its organisation. */
  let sentId: string;

  beforeAll(async () => {
    w = await createContractWorld(t.db);
    draftId = (
      await insertTestContract(t.db, { tenantId: w.tenant.id, offerId: w.own.offerId, status: "draft" })
    ).contract.id;
    sentId = (
      await insertTestContract(t.db, {
        tenantId: w.tenant.id,
        offerId: w.reduced.offerId,
        status: "sent",
        instalments: [
          { plannedOn: "2026-06-10", amount: 600_000 },
          { plannedOn: "2026-09-01", amount: 600_000 },
        ],
      })
    ).contract.id;
  });

  const deps = (contractId: string, staff: Staff = w.officer) => ({
    db: t.db,
    tenantId: w.tenant.id,
    actor: actorOf(staff.user),
    clock,
    appUrl: TEST_APP_URL,
    staffRoles: staff.staffRoles,
    contractId,
  });
  const files = () => fileStorages(databaseFileStorage(t.db));
  const sign = (contractId: string, signedOn: string, file = samplePdf(), filename = "umowa.pdf") =>
    signContract({
      ...deps(contractId),
      files: files(),
      limits: DEFAULT_FILE_LIMITS,
      input: { signedOn },
      file: { filename, bytes: file },
    });
  const statusOf = async (id: string) =>
    (await t.db.select({ s: contracts.status }).from(contracts).where(eq(contracts.id, id)))[0]?.s;

  it("hides a draft from the organisation and shows it to the office of its department only", async () => {
    await expectAppError(getMemberContract({ ...deps(draftId), actor: actorOf(w.owner) }), "NOT_FOUND");
    const office = await getOfficeContract(deps(draftId));
    expect(office.contract.status).toBe("draft");
    expect(office.allowed).toMatchObject({ send: true, recall: false, sign: false, terminate: true });
    await expectAppError(getOfficeContract(deps(draftId, w.otherOfficer)), "FORBIDDEN");
    await expectAppError(getMemberContract({ ...deps(sentId), actor: actorOf(w.owner) }), "FORBIDDEN");
  });

  it("sends a draft once, with mail to the offerors' people linking the organisation's page", async () => {
    await expectAppError(sendContract(deps(draftId, w.otherOfficer)), "FORBIDDEN");
    await expectAppError(sendContract({ ...deps(draftId), staffRoles: [] }), "FORBIDDEN");
    const first = await sendContract(deps(draftId));
    const second = await sendContract(deps(draftId));
    expect(first).toMatchObject({ status: "sent", repeated: false });
    expect(second).toMatchObject({ status: "sent", repeated: true });
    expect(await statusOf(draftId)).toBe("sent");
    expect((await auditOfAction(t.db, "contracts.sent")).filter((a) => a.entityId === draftId)).toHaveLength(
      1,
    );
    const mails = await mailsOf(t.db, w.owner.email, "contracts.sent");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(`${TEST_APP_URL}/panel/umowy/${draftId}`);
    expect(await mailsOf(t.db, w.editor.email, "contracts.sent")).toHaveLength(1);
    const member = await getMemberContract({ ...deps(draftId), actor: actorOf(w.viewer) });
    expect(member.contract.status).toBe("sent");
    expect(member.allowed.changeRequest).toBe(false);
    await expectAppError(
      sendContract(deps(w.contract.contract.id)),
      "CONFLICT",
      "contracts.error.wrongStatus",
    );
  });

  it("recalls a sent contract with a required reason, once", async () => {
    await expectAppError(recallContract({ ...deps(draftId), input: { reason: "  " } }), "VALIDATION");
    const done = await recallContract({ ...deps(draftId), input: { reason: "Błędny numer rachunku" } });
    expect(done.repeated).toBe(false);
    expect((await recallContract({ ...deps(draftId), input: { reason: "x" } })).repeated).toBe(true);
    expect(await statusOf(draftId)).toBe("draft");
    const [entry] = (await auditOfAction(t.db, "contracts.recalled")).filter((a) => a.entityId === draftId);
    expect(entry?.before).toEqual({ status: "sent" });
    expect(entry?.after).toMatchObject({ status: "draft", reason: "Błędny numer rachunku" });
    expect(await mailsOf(t.db, w.owner.email, "contracts.recalled")).toHaveLength(1);
    await expectAppError(getMemberContract({ ...deps(draftId), actor: actorOf(w.owner) }), "NOT_FOUND");
    await expectAppError(
      recallContract({ ...deps(w.contract.contract.id), input: { reason: "x" } }),
      "CONFLICT",
    );
  });

  it("signs with the date checked and a PDF only, then refuses to sign again", async () => {
    const refusal = async (promise: Promise<unknown>) => {
      try {
        await promise;
      } catch (error) {
        return (error as { fieldErrors: Record<string, string[]> }).fieldErrors;
      }
      throw new Error("expected a refusal");
    };
    expect(await refusal(sign(sentId, "2026-06-06"))).toEqual({
      signedOn: ["contracts.error.signedInFuture"],
    });
    expect((await refusal(sign(sentId, "2026-05-01"))).signedOn?.[0]).toMatch(
      /^contracts\.error\.signedBeforeDrawn/,
    );
    expect(await refusal(sign(sentId, ""))).toEqual({ signedOn: ["form.required"] });
    expect(await refusal(sign(sentId, "2026-05-30", samplePng(), "skan.pdf"))).toEqual({
      file: ["contracts.error.notPdf"],
    });
    await expectAppError(sign(draftId, "2026-05-30"), "CONFLICT");
    expect(await statusOf(sentId)).toBe("sent");
    expect(await sign(sentId, "2026-05-30")).toEqual({ status: "signed", repeated: false });
    expect(await sign(sentId, "2026-05-30")).toEqual({ status: "signed", repeated: true });
    const [row] = await t.db.select().from(contracts).where(eq(contracts.id, sentId));
    expect(row).toMatchObject({ status: "signed", signedOn: "2026-05-30" });
    expect(row?.signedFileId).not.toBeNull();
    expect(await mailsOf(t.db, w.reduced.owner.email, "contracts.signed")).toHaveLength(1);
  });

  it("refuses a payment above the plan, starts a signed contract with the first payment, audits a correction", async () => {
    const pay = (paidAmount: string, paidOn = "2026-06-03", position = "1") =>
      recordInstalmentPayment({ ...deps(sentId), input: { position, paidOn, paidAmount } });
    await expectAppError(pay("6 000,01"), "VALIDATION");
    await expect(pay("6 000,01")).rejects.toMatchObject({
      fieldErrors: { paidAmount: [expect.stringMatching(/^contracts\.error\.overPlan/)] },
    });
    await expect(pay("100", "2026-07-01")).rejects.toMatchObject({
      fieldErrors: { paidOn: ["contracts.error.paidInFuture"] },
    });
    await expectAppError(
      recordInstalmentPayment({
        ...deps(sentId, w.otherOfficer),
        input: { position: 1, paidOn: "2026-06-03", paidAmount: 1 },
      }),
      "FORBIDDEN",
    );
    expect(await pay("5 000")).toEqual({ corrected: false, started: true, repeated: false });
    expect(await statusOf(sentId)).toBe("in_progress");
    expect(await pay("5 000")).toEqual({ corrected: false, started: false, repeated: true });
    expect(await pay("6 000")).toEqual({ corrected: true, started: false, repeated: false });
    const [entry] = (await auditOfAction(t.db, "contracts.paymentCorrected")).filter(
      (a) => a.entityId === sentId,
    );
    expect(entry?.before).toMatchObject({ paidAmount: 500_000 });
    expect(entry?.after).toMatchObject({ paidAmount: 600_000 });
    const page = await getOfficeContract(deps(sentId));
    expect(page.totals).toEqual({ planned: 1_200_000, paid: 600_000 });
    const [first] = await t.db
      .select()
      .from(contractInstalments)
      .where(eq(contractInstalments.contractId, sentId));
    expect(first?.recordedBy).toBe(w.officer.user.id);
    await expectAppError(
      recordInstalmentPayment({
        ...deps(draftId),
        input: { position: 1, paidOn: "2026-06-03", paidAmount: 1 },
      }),
      "CONFLICT",
    );
  });

  it("starts a signed contract by hand, once, and only from signed", async () => {
    await expectAppError(startContract(deps(draftId)), "CONFLICT", "contracts.error.wrongStatus");
    await sendContract(deps(draftId));
    await sign(draftId, "2026-06-01");
    await expectAppError(startContract(deps(draftId, w.otherOfficer)), "FORBIDDEN");
    expect(await startContract(deps(draftId))).toEqual({ status: "in_progress", repeated: false });
    expect(await startContract(deps(draftId))).toEqual({ status: "in_progress", repeated: true });
    expect(
      (await auditOfAction(t.db, "contracts.started")).filter((a) => a.entityId === draftId),
    ).toHaveLength(1);
  });

  it("terminates with a required reason and mail; a terminated contract stays so", async () => {
    const id = w.contract.contract.id;
    await expectAppError(terminateContract({ ...deps(id), input: { reason: "" } }), "VALIDATION");
    await expectAppError(
      terminateContract({ ...deps(id, w.otherOfficer), input: { reason: "x" } }),
      "FORBIDDEN",
    );
    const done = await terminateContract({ ...deps(id), input: { reason: "Kontrola art. 17" } });
    expect(done.repeated).toBe(false);
    expect((await terminateContract({ ...deps(id), input: { reason: "x" } })).repeated).toBe(true);
    const [row] = await t.db.select().from(contracts).where(eq(contracts.id, id));
    expect(row).toMatchObject({ status: "terminated", terminationReason: "Kontrola art. 17" });
    expect(await mailsOf(t.db, w.full.owner.email, "contracts.terminated")).toHaveLength(1);
    await expectAppError(startContract(deps(id)), "CONFLICT");
    const page = await getMemberContract({ ...deps(id), actor: actorOf(w.full.owner) });
    expect(page.contract.terminationReason).toBe("Kontrola art. 17");
    expect(page.reports.length).toBe(2);
  });
});
