import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { contractInstalments, contracts, contractVersions } from "~/platform/db/schema/contracts";
import { reports } from "~/platform/db/schema/reports";
import { tenants } from "~/platform/db/schema/tenancy";
import { offerUpdates } from "~/platform/db/schema/updates";
import { useTestDatabase } from "~/test/db";
import { warsaw } from "../offers/testing/factories";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { auditOfAction } from "../results/testing/factories";
import { createUpdateWorld, type UpdateWorld, updateClock } from "../updates/testing/factories";
import { contentChecksum } from "./checksum.server";
import { readContractContent } from "./content";
import { editContractDraft } from "./edit-contract-draft";
import { generateContract } from "./generate-contract";
import { nestFormValues } from "./generate-schema";
import { readContractTerms } from "./generate-view";
import { acceptOwnUpdate, termsForm } from "./testing/generate-factories";

describe("drawing up the contract", () => {
  const t = useTestDatabase();
  let w: UpdateWorld;
  beforeAll(async () => {
    w = await createUpdateWorld(t.db);
  });

  const generate = (offerId: string, form: Record<string, string>, staff = w.officer, clock = updateClock) =>
    generateContract({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(staff.user),
      clock,
      staffRoles: staff.staffRoles,
      offerId,
      input: nestFormValues(form),
    });

  it("proposes one instalment 14 days after the start, the organisation's IBAN and a final report", async () => {
    await t.db
      .update(tenants)
      .set({
        settings: { contractRepresentatives: [{ name: "Anna Prezydent", function: "Prezydent Miasta" }] },
      })
      .where(eq(tenants.id, w.tenant.id));
    const view = await readContractTerms(t.db, {
      tenantId: w.tenant.id,
      staffRoles: w.officer.staffRoles,
      offerId: w.full.offerId,
    });
    if (view.kind !== "new") throw new Error(`expected the form, got ${view.kind}`);
    expect(view.grant).toBe(1_900_000);
    expect(view.values.instalments).toEqual([{ plannedOn: "2026-05-15", amount: "19000,00" }]);
    expect(view.values.reports).toEqual([
      { kind: "final", periodStart: "2026-05-01", periodEnd: "2026-12-31", dueOn: "2027-01-30" },
    ]);
    expect(view.values.bankAccount).toMatch(/^PL\d{2} /);
    expect(view.values.allowedShift).toBe("20");
    expect(view.values.representatives).toEqual([{ name: "Anna Prezydent", function: "Prezydent Miasta" }]);
  });

  it("refuses instalments that do not add up to the grant, next to the field", async () => {
    const error = await expectAppError(
      generate(w.full.offerId, termsForm({ "instalments.1.amount": "8999,99" })),
      "VALIDATION",
    );
    expect(error.fieldErrors.instalments?.[0]).toMatch(/^contracts\.generate\.error\.instalmentSum\|/);
    const entrust = await expectAppError(
      generate(w.full.offerId, termsForm({ form: "entrust" })),
      "VALIDATION",
    );
    expect(entrust.fieldErrors.form).toEqual(["contracts.generate.error.entrustOwn"]);
    const iban = await expectAppError(
      generate(w.full.offerId, termsForm({ bankAccount: "61 1090 1014 0000 0712 1981 2875" })),
      "VALIDATION",
    );
    expect(iban.fieldErrors.bankAccount).toEqual(["org.error.ibanChecksum"]);
    expect(await t.db.select().from(contracts)).toHaveLength(0);
  });

  it("refuses another department's officer", async () => {
    await expectAppError(generate(w.full.offerId, termsForm(), w.otherOfficer), "FORBIDDEN");
  });

  it("draws up one contract on a double call: number, version 1, instalments, due reports, audit", async () => {
    const [first, second] = await Promise.all([
      generate(w.full.offerId, termsForm()),
      generate(w.full.offerId, termsForm()),
    ]);
    expect(first.contractId).toBe(second.contractId);
    expect([first.repeated, second.repeated].sort()).toEqual([false, true]);
    expect(first.number).toBe("WPS.526.1.2026");
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.id, first.contractId));
    expect(contract).toMatchObject({ status: "draft", grantAmount: 1_900_000, ownContribution: 260_000 });
    const versions = await t.db
      .select()
      .from(contractVersions)
      .where(eq(contractVersions.contractId, first.contractId));
    expect(versions).toHaveLength(1);
    const content = readContractContent(versions[0]?.content ?? {});
    expect(versions[0]?.checksum).toBe(contentChecksum(content));
    expect(content.bankAccount).toBe("PL61109010140000071219812874");
    expect(content.authority.representatives).toEqual([
      { name: "Jan Kowalski", function: "Zastępca Prezydenta Miasta" },
    ]);
    const instalments = await t.db
      .select()
      .from(contractInstalments)
      .where(eq(contractInstalments.contractId, first.contractId))
      .orderBy(asc(contractInstalments.position));
    expect(instalments.map((i) => [i.plannedOn, i.plannedAmount])).toEqual([
      ["2026-05-15", 1_000_000],
      ["2026-08-01", 900_000],
    ]);
    const due = await t.db.select().from(reports).where(eq(reports.contractId, first.contractId));
    expect(due.map((r) => [r.kind, r.dueOn, r.status])).toEqual([["final", "2027-01-30", "due"]]);
    const audit = (await auditOfAction(t.db, "contracts.generated")).filter(
      (a) => a.entityId === first.contractId,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ number: "WPS.526.1.2026", status: "draft" });
  });

  it("needs the accepted update when the award is lower, and draws from the update's version", async () => {
    await expectAppError(
      generate(w.own.offerId, termsForm()),
      "CONFLICT",
      "contracts.generate.error.updateNotAccepted",
    );
    await acceptOwnUpdate(t.db, w);
    const [round] = await t.db.select().from(offerUpdates).where(eq(offerUpdates.offerId, w.own.offerId));
    await expectAppError(generate(w.own.offerId, termsForm()), "VALIDATION");
    const result = await generate(
      w.own.offerId,
      termsForm({
        "instalments.0.amount": "15000",
        "instalments.1.amount": "",
        "instalments.1.plannedOn": "",
      }),
      w.officer,
      fixedClock(warsaw("2026-05-21 09:00")),
    );
    expect(result.number).toBe("WPS.526.2.2026");
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.id, result.contractId));
    expect(contract?.offerVersionId).toBe(round?.versionId);
    expect(contract?.grantAmount).toBe(1_500_000);
  });

  it("refuses a declined grant", async () => {
    const { withdrawFromGrant } = await import("../updates/withdraw-from-grant");
    const { ensureUpdateRounds } = await import("../updates/access");
    await ensureUpdateRounds(t.db, {
      tenantId: w.tenant.id,
      actor: actorOf(w.officer.user),
      offerId: w.reduced.offerId,
    });
    await withdrawFromGrant({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(w.reduced.owner),
      clock: updateClock,
      appUrl: "http://localhost",
      offerId: w.reduced.offerId,
      input: { reason: "Brak wkładu własnego." },
    });
    await expectAppError(
      generate(w.reduced.offerId, termsForm()),
      "CONFLICT",
      "contracts.generate.error.declined",
    );
  });

  it("redraws the draft's terms, audited with before and after", async () => {
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.offerId, w.full.offerId));
    const id = contract?.id as string;
    const edit = (form: Record<string, string>) =>
      editContractDraft({
        db: t.db,
        tenantId: w.tenant.id,
        actor: actorOf(w.officer.user),
        clock: updateClock,
        staffRoles: w.officer.staffRoles,
        contractId: id,
        input: nestFormValues(form),
      });
    const form = termsForm({
      "instalments.0.amount": "19000",
      "instalments.1.amount": "",
      "instalments.1.plannedOn": "",
      "reports.1.kind": "partial",
      "reports.1.periodStart": "2026-05-01",
      "reports.1.periodEnd": "2026-08-31",
      "reports.1.dueOn": "2026-09-30",
      allowedShift: "15",
    });
    expect(await edit(form)).toEqual({ contractId: id, changed: true });
    expect(await edit(form)).toEqual({ contractId: id, changed: false });
    const instalments = await t.db
      .select()
      .from(contractInstalments)
      .where(eq(contractInstalments.contractId, id));
    expect(instalments.map((i) => i.plannedAmount)).toEqual([1_900_000]);
    const due = await t.db.select().from(reports).where(eq(reports.contractId, id));
    expect(due.map((r) => r.kind).sort()).toEqual(["final", "partial"]);
    const [version] = await t.db.select().from(contractVersions).where(eq(contractVersions.contractId, id));
    expect(readContractContent(version?.content ?? {}).allowedShiftBp).toBe(1500);
    const audit = (await auditOfAction(t.db, "contracts.draftEdited")).filter((a) => a.entityId === id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toMatchObject({ allowedShiftBp: 2000 });
    expect(audit[0]?.after).toMatchObject({ allowedShiftBp: 1500 });
    await t.db.update(contracts).set({ status: "sent" }).where(eq(contracts.id, id));
    await expectAppError(edit(termsForm()), "CONFLICT", "contracts.error.wrongStatus");
    await t.db.update(contracts).set({ status: "draft" }).where(eq(contracts.id, id));
  });
});

describe("contract numbers drawn up at once", () => {
  const t = useTestDatabase();

  it("gives two offers drawn up concurrently two consecutive numbers", async () => {
    const w = await createUpdateWorld(t.db);
    await acceptOwnUpdate(t.db, w);
    const generate = (offerId: string, form: Record<string, string>) =>
      generateContract({
        db: t.db,
        tenantId: w.tenant.id,
        actor: actorOf(w.officer.user),
        clock: updateClock,
        staffRoles: w.officer.staffRoles,
        offerId,
        input: nestFormValues(form),
      });
    const results = await Promise.all([
      generate(w.full.offerId, termsForm()),
      generate(
        w.own.offerId,
        termsForm({
          "instalments.0.amount": "15000",
          "instalments.1.amount": "",
          "instalments.1.plannedOn": "",
        }),
      ),
    ]);
    expect(results.map((r) => r.number).sort()).toEqual(["WPS.526.1.2026", "WPS.526.2.2026"]);
  });
});
