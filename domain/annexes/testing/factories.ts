import { fixedClock } from "../../../platform/clock/clock";
import type { Db } from "../../../platform/db/client.server";
import { CONTRACT_TEMPLATE, type ContractContent } from "../../contracts/content";
import type { ContractWorld } from "../../contracts/testing/factories";
import { buildOfferDocument } from "../../offers/document";
import { completeSections, TEST_APP_URL, warsaw } from "../../offers/testing/factories";
import { actorOf } from "../../organizations/testing/factories";
import type { ChangeContext, ChangeRequestInput } from "../schemas";
import { submitChangeRequest } from "../submit-change-request";

/*
 * Test factories of change requests and annexes. The contract world's cost table (the offers'
 * complete sections) is: 1. 400 hours × 50,00 zł = 20 000,00 zł; 2. 8 months × 200,00 zł =
 * 1 600,00 zł; total 21 600,00 zł, grant 19 000,00 zł, own 2 600,00 zł (financial 1 600,00,
 * personal 1 000,00). The competition asks for 10 % own and 5 % financial contribution and caps
 * administrative costs at 10 %.
 */

/** A change request's context: a contract of 19 000,00 zł with one action, the default competition's shares. */
export const testChangeContext: ChangeContext = {
  grantAmount: 1_900_000,
  actionCount: 1,
  sections: completeSections(),
  rules: {
    taskStart: null,
    taskEnd: null,
    minGrant: null,
    maxGrant: null,
    minOwnContributionBp: 1000,
    minFinancialContributionBp: 500,
    minPersonalContributionBp: null,
    adminCostCapBp: 1000,
    requiresOwnContribution: true,
    requiredAttachments: [],
  },
};

/** The moment the annex tests act at: the contract is in progress. */
export const annexClock = fixedClock(warsaw("2026-07-15 10:00"));

/** A contract's content built in memory from the complete sections (for the pure rules' tests). */
export function testContent(overrides: Partial<ContractContent> = {}): ContractContent {
  const document = buildOfferDocument({
    offerId: "00000000-0000-4000-8000-000000000001",
    basics: {
      authority: "Prezydent Miasta Częstochowy",
      taskType: "Pomoc społeczna",
      competitionId: "00000000-0000-4000-8000-000000000002",
      competitionTitle: "Opieka wytchnieniowa 2026",
      legalBasis: "art. 11 ust. 1 pkt 1 UDPP",
    },
    offerors: [],
    sections: completeSections(),
    attachments: [],
  });
  return {
    template: CONTRACT_TEMPLATE,
    number: "WE.526.1.2026",
    form: "support",
    place: "Częstochowa",
    drawnUpOn: "2026-05-25",
    authority: { name: "Prezydent Miasta Częstochowy", representatives: [] },
    document,
    taskTitle: "Opieka wytchnieniowa dla rodzin",
    taskStart: "2026-05-01",
    taskEnd: "2026-12-31",
    grantAmount: 1_900_000,
    ownContribution: 260_000,
    totalCost: 2_160_000,
    bankAccount: "61 1090 1014 0000 0712 1981 2874",
    allowedShiftBp: 2000,
    finalReportDays: 30,
    returnDays: 15,
    instalments: [],
    reports: [],
    ...overrides,
  };
}

/** The cost table with line 1 at `hours` and line 2 at `months`, sources as given (grosze). */
export function costsInput(options: {
  hours: string;
  months: string;
  financial?: string;
  personal?: string;
}) {
  return {
    rows: {
      "0": {
        action: "1",
        name: "Wynagrodzenie opiekunów",
        unit: "godzina",
        unitCost: "50,00",
        units: options.hours,
        year: "2026",
      },
      "1": {
        action: "",
        name: "Obsługa księgowa",
        unit: "miesiąc",
        unitCost: "200,00",
        units: options.months,
        year: "2026",
      },
    },
    sources: {
      grant: "19 000,00",
      financial: options.financial ?? "1 600,00",
      fees: "",
      personal: options.personal ?? "1 000,00",
      inKind: "",
    },
  };
}

/** A shift within 20 %: line 1 down by 200,00 zł (396 hours), line 2 up by 200,00 zł (9 months, +12,5 %). */
export const shiftWithin = () => costsInput({ hours: "396", months: "9" });
/** A shift beyond 20 %: line 2 up by 25 % (10 months), line 1 down to keep the total (392 hours). */
export const shiftBeyond = () => costsInput({ hours: "392", months: "10" });

/** A change request as the form posts it (a new account and new costs, by default). */
export function changeInput(overrides: Partial<ChangeRequestInput> = {}): ChangeRequestInput {
  return {
    kinds: ["costs", "bank_account"],
    justification: "Zmiana banku i wyższe koszty księgowości.",
    bankAccount: "PL27 1140 2004 0000 3002 0135 5387",
    ...shiftBeyond(),
    ...overrides,
  } as ChangeRequestInput;
}

/** Submits a change request of the world's contract as the organisation's owner. */
export async function submitTestChange(
  db: Db,
  world: ContractWorld,
  input: ChangeRequestInput = changeInput(),
) {
  return submitChangeRequest({
    db,
    tenantId: world.tenant.id,
    actor: actorOf(world.full.owner),
    clock: annexClock,
    appUrl: TEST_APP_URL,
    contractId: world.contract.contract.id,
    input,
  });
}
