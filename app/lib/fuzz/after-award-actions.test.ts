import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { annexClock } from "~/domain/annexes/testing/factories";
import { nestFormValues } from "~/domain/contracts/generate-schema";
import { type ContractWorld, createContractWorld } from "~/domain/contracts/testing/factories";
import { acceptOwnUpdate, termsForm } from "~/domain/contracts/testing/generate-factories";
import { REPORT_SECTION_KEYS, REPORT_SECTION_SCHEMAS, reportDocumentSchema } from "~/domain/reports/schemas";
import { acceptedFinalReport, reportClock, reportOf } from "~/domain/reports/testing/factories";
import { insertDemoInterestRates } from "~/domain/settlement/interest-rates";
import { updateClock } from "~/domain/updates/testing/factories";
import { type Clock, fixedClock } from "~/platform/clock/clock";
import {
  contractChangeRequests,
  contracts,
  contractVersions,
  interestRates,
  settlementIneligible,
  settlementReturns,
  settlements,
} from "~/platform/db/schema/contracts";
import { reports, reportVersions } from "~/platform/db/schema/reports";
import { useTestDatabase } from "~/test/db";
import { callRoute, type Person, routeContext, type StaffRoles } from "~/test/route-harness";
import { action as interestRatesAction } from "../../routes/admin.odsetki";
import { action as reportAction } from "../../routes/panel.sprawozdania.$id._index";
import { action as changeAction, loader as changeLoader } from "../../routes/panel.umowy.$id.zmiana";
import { action as termsAction } from "../../routes/urzad.oferty.$id.umowa";
import { action as settlementAction } from "../../routes/urzad.umowy.$id.rozliczenie";
import { type FuzzTarget, formFieldsOf, fuzzAction } from "./fuzz-actions";
import { prototypeIsClean } from "./hostile";

/*
 * The forms after the award fed hostile bodies on the contract world (a contract in progress, its
 * partial and final reports): the organisation's change request and report sections, the officer's
 * terms of a contract and settlement, the administrator's interest rates. Never a 5xx; a refusal
 * answers with errors on real fields (or a clear message) and leaves the watched rows as they were.
 */

/** FUZZ_RUNS=200 searches harder (the default keeps the file well under a minute). */
const RUNS = Number(process.env.FUZZ_RUNS) || 25;

/** The first segments of form field names: "rows.0.unitCost" → "rows". */
const roots = (fields: readonly string[]) => new Set(fields.map((f) => f.split(/[.:]/)[0] ?? f));

/** A fixed value that takes its turn: each run the next of `values`. */
function turns(values: readonly string[]) {
  let turn = 0;
  return () => values[turn++ % values.length] ?? "";
}

describe("after-award actions under hostile input", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  let contractId: string;

  beforeAll(async () => {
    w = await createContractWorld(t.db);
    contractId = w.contract.contract.id;
    await insertDemoInterestRates(t.db, w.tenant.id);
  }, 120_000);

  const as = (person: Person, clock: Clock, staffRoles?: StaffRoles) => () =>
    routeContext(t.db, w.tenant, person, { clock, staffRoles });

  /** The count of tallied outcomes, and no planted property on Object.prototype afterwards. */
  function expectRan(tally: { accepted: number; refused: number }) {
    expect(tally.accepted + tally.refused).toBe(RUNS);
    expect(tally.refused).toBeGreaterThan(0);
    expect(prototypeIsClean()).toBe(true);
  }

  it("the organisation's change request", async () => {
    const context = as(w.full.owner, annexClock);
    const page = await callRoute(changeLoader, context(), { id: contractId });
    const values = (page.data as { values: Record<string, string> }).values;
    const fields = [...Object.keys(values), "kinds", "justification", "intent", "_rows.rows"];
    const intent = turns([
      "submit",
      "preview",
      "addRow:rows",
      "removeRow:rows:0",
      "submit",
      "removeRow:x:1e9",
    ]);
    const kinds = turns(["bank_account", "costs", "schedule", "results", "other", "nic"]);
    const tally = await fuzzAction({
      context,
      action: changeAction,
      url: `/panel/umowy/${contractId}/zmiana`,
      params: { id: contractId },
      fields,
      known: roots(fields),
      fixed: async () => ({ intent: intent(), kinds: kinds() }),
      base: { ...values, justification: "Zmiana rachunku bankowego.", otherChange: "Nowy adres." },
      snapshot: () =>
        t.db
          .select({ kinds: contractChangeRequests.kinds, proposed: contractChangeRequests.proposed })
          .from(contractChangeRequests)
          .where(eq(contractChangeRequests.contractId, contractId))
          .orderBy(asc(contractChangeRequests.submittedAt)),
      numRuns: RUNS,
    });
    expectRan(tally);
  });

  it("the report's section saves and submission", async () => {
    const report = await reportOf(t.db, w, "partial");
    const sectionFields = Object.values(REPORT_SECTION_SCHEMAS).flatMap((s) => formFieldsOf(s as z.ZodType));
    const documentFields = [0, 1].flatMap((i) =>
      formFieldsOf(reportDocumentSchema()).map((f) => `documents.${i}.${f}`),
    );
    const fields = [...sectionFields, ...documentFields, "section", "revision", "intent", "addRows"];
    const intent = turns(["save", "save", "save", "submit", "zapisz"]);
    const section = turns([...REPORT_SECTION_KEYS, "__proto__", "constructor"]);
    const revision = async () =>
      String((await t.db.select().from(reports).where(eq(reports.id, report.id)))[0]?.revision ?? 0);
    const tally = await fuzzAction({
      context: as(w.full.owner, reportClock()),
      action: reportAction,
      url: `/panel/sprawozdania/${report.id}`,
      params: { id: report.id },
      fields,
      known: new Set([...roots(fields), ...REPORT_SECTION_KEYS]),
      fixed: async () => ({ intent: intent(), section: section(), revision: await revision() }),
      base: {
        achievement: "Cel zadania osiągnięty.",
        beneficiaries: "40",
        additionalInfo: "Bez uwag.",
        returnDays: "15",
      },
      snapshot: async () => ({
        report: await t.db
          .select({ revision: reports.revision, content: reports.content, status: reports.status })
          .from(reports)
          .where(eq(reports.id, report.id)),
        versions: await t.db.select().from(reportVersions).where(eq(reportVersions.reportId, report.id)),
      }),
      numRuns: RUNS,
    });
    expectRan(tally);
  });

  it("the officer's terms of a contract", async () => {
    await acceptOwnUpdate(t.db, w);
    const offerId = w.own.offerId;
    const form = termsForm({ "instalments.1.amount": "5000" });
    const fields = [...Object.keys(form), "intent", "contractId", "representatives.1.name", "reports.1.kind"];
    const intent = turns(["generate", "generate", "edit"]);
    const tally = await fuzzAction({
      context: as(w.officer.user, updateClock, w.officer.staffRoles),
      action: termsAction,
      url: `/urzad/oferty/${offerId}/umowa`,
      params: { id: offerId },
      fields,
      known: roots(fields),
      fixed: async () => ({ intent: intent() }),
      base: form,
      snapshot: async () => ({
        contracts: await t.db
          .select({ id: contracts.id, status: contracts.status })
          .from(contracts)
          .where(eq(contracts.offerId, offerId)),
        versions: await t.db
          .select({ id: contractVersions.id, checksum: contractVersions.checksum })
          .from(contractVersions)
          .innerJoin(contracts, eq(contracts.id, contractVersions.contractId))
          .where(eq(contracts.offerId, offerId)),
      }),
      numRuns: RUNS,
    });
    expectRan(tally);
  });

  it("the terms' form names never reach a prototype (a bug this file found)", () => {
    const nested = nestFormValues({
      "__proto__.x": "1",
      "constructor.prototype.x": "1",
      "a.toString.b": "2",
    });
    expect(prototypeIsClean()).toBe(true);
    expect(nested).toEqual({ a: { toString: { b: "2" } } });
  });

  it("the settlement's marks, interest and returns", async () => {
    await acceptedFinalReport(t.db, w, { grantSpent: 900_000 });
    const fields = ["intent", "lineKey", "amount", "reason", "bankInterest", "kind", "paidOn", "note"];
    const intent = turns(["mark", "return", "unmark", "bankInterest", "mark", "return", "zamknij"]);
    const tally = await fuzzAction({
      context: as(w.officer.user, fixedClock("2026-12-12T10:00:00Z"), w.officer.staffRoles),
      action: settlementAction,
      url: `/urzad/umowy/${contractId}/rozliczenie`,
      params: { id: contractId },
      fields,
      known: roots(fields),
      fixed: async () => ({ intent: intent() }),
      base: {
        lineKey: "2",
        amount: "100,00",
        reason: "Brak dowodu zapłaty.",
        bankInterest: "12,34",
        kind: "principal",
        paidOn: "2026-12-11",
        note: "Przelew",
      },
      snapshot: async () => ({
        marks: await t.db
          .select({ lineKey: settlementIneligible.lineKey, amount: settlementIneligible.amount })
          .from(settlementIneligible)
          .where(eq(settlementIneligible.contractId, contractId))
          .orderBy(asc(settlementIneligible.lineKey)),
        returns: await t.db
          .select({ id: settlementReturns.id, amount: settlementReturns.amount })
          .from(settlementReturns)
          .where(eq(settlementReturns.contractId, contractId))
          .orderBy(asc(settlementReturns.id)),
        settlement: await t.db
          .select({ bankInterest: settlements.bankInterest, status: settlements.status })
          .from(settlements)
          .where(eq(settlements.contractId, contractId)),
      }),
      numRuns: RUNS,
    });
    expectRan(tally);
  });

  it("the administrator's interest rates", async () => {
    const rates = () =>
      t.db
        .select({
          id: interestRates.id,
          validFrom: interestRates.validFrom,
          yearlyBp: interestRates.yearlyBp,
          threshold: interestRates.thresholdGrosze,
        })
        .from(interestRates)
        .where(eq(interestRates.tenantId, w.tenant.id))
        .orderBy(asc(interestRates.validFrom));
    const [past] = await rates();
    const fields = ["intent", "validFrom", "yearlyRate", "threshold", "id"];
    const intent = turns(["add", "add", "remove", "nic"]);
    const target: FuzzTarget = {
      context: as(w.admin.user, fixedClock("2026-12-12T10:00:00Z"), w.admin.staffRoles),
      action: interestRatesAction,
      url: "/admin/odsetki",
      params: {},
      fields,
      known: roots(fields),
      // A past rate's id: its removal is always refused (it priced past delays).
      fixed: async () => ({ intent: intent(), id: past?.id ?? "" }),
      base: { validFrom: "2027-01-10", yearlyRate: "11,75", threshold: "8,70" },
      snapshot: rates,
      numRuns: RUNS,
    };
    expectRan(await fuzzAction(target));
    const kept = await t.db
      .select()
      .from(interestRates)
      .where(and(eq(interestRates.tenantId, w.tenant.id), eq(interestRates.id, past?.id ?? "")));
    expect(kept).toHaveLength(1);
  });
});
