import { describe, expect, it } from "vitest";
import { isAppError } from "~/platform/errors/app-error";
import { allowedActions, assertCan, can, type MemberFacts } from "./policy";

const member = (over: Partial<MemberFacts> = {}): MemberFacts => ({
  removed: false,
  declared: true,
  voting: true,
  excludedOfferIds: new Set(),
  ...over,
});
const facts = { competitionStatus: "in_evaluation" as const, scoringClosed: false, offerId: "o1" };

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return isAppError(e) ? `${e.code} ${e.messageKey}` : "other";
  }
}

describe("committee policy", () => {
  it("lets a declared, non-excluded voting member read and score, and no one else", () => {
    expect(allowedActions(member(), facts)).toEqual({
      "committee.view": true,
      "declaration.sign": false,
      "offers.list": true,
      "offer.read": true,
      "offer.score": true,
      "dissent.write": true,
    });
    expect(can(null, "offer.read", facts)).toBe(false);
    expect(can(member({ removed: true }), "committee.view", facts)).toBe(false);
    expect(can(member({ declared: false }), "offer.read", facts)).toBe(false);
    expect(can(member({ declared: false }), "declaration.sign", facts)).toBe(true);
    expect(can(member({ excludedOfferIds: new Set(["o1"]) }), "offer.read", facts)).toBe(false);
    expect(can(member({ excludedOfferIds: new Set(["o2"]) }), "offer.read", facts)).toBe(true);
    expect(can(member(), "offer.read", { ...facts, offerId: undefined })).toBe(false);
    expect(can(member({ voting: false }), "offer.read", facts)).toBe(true);
    expect(can(member({ voting: false }), "offer.score", facts)).toBe(false);
    expect(can(member(), "offer.score", { ...facts, scoringClosed: true })).toBe(false);
    expect(can(member(), "offer.score", { ...facts, competitionStatus: "resolved" })).toBe(false);
    expect(can(member(), "offer.read", { ...facts, competitionStatus: "published" })).toBe(false);
    expect(can(member(), "nothing" as never, facts)).toBe(false);
  });

  it("refuses with FORBIDDEN for the person and CONFLICT for the moment", () => {
    expect(codeOf(() => assertCan(null, "offer.read", facts))).toBe("FORBIDDEN error.forbidden");
    expect(codeOf(() => assertCan(member({ voting: false }), "offer.score", facts))).toBe(
      "FORBIDDEN committee.error.expertNoVote",
    );
    expect(codeOf(() => assertCan(member(), "declaration.sign", facts))).toBe(
      "CONFLICT committee.error.alreadyDeclared",
    );
    expect(codeOf(() => assertCan(member(), "offer.score", { ...facts, scoringClosed: true }))).toBe(
      "CONFLICT committee.error.closed",
    );
    expect(codeOf(() => assertCan(member(), "offer.read", facts))).toBeNull();
  });
});
