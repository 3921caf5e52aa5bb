import { describe, expect, it } from "vitest";
import { COMPETITION_STATUS_VALUES } from "../../platform/db/schema/competitions";
import {
  COMPETITION_STATUSES,
  COMPETITION_TRANSITIONS,
  type CompetitionStatus,
  type CompetitionTarget,
  canTransition,
  isPublic,
} from "./states";

describe("competition state machine (data)", () => {
  it("declares the same statuses as the database column", () => {
    expect([...COMPETITION_STATUSES]).toEqual([...COMPETITION_STATUS_VALUES]);
  });

  it("allows exactly the edges of the issue: draft → published → closed → in_evaluation → resolved → archived; draft|published → cancelled", () => {
    const allowed: string[] = [];
    for (const from of COMPETITION_STATUSES) {
      for (const to of Object.keys(COMPETITION_TRANSITIONS) as CompetitionTarget[]) {
        if (canTransition(from, to)) allowed.push(`${from}→${to}`);
      }
    }
    expect(allowed.sort()).toEqual(
      [
        "draft→published",
        "published→closed",
        "closed→in_evaluation",
        "in_evaluation→resolved",
        "resolved→archived",
        "draft→cancelled",
        "published→cancelled",
      ].sort(),
    );
  });

  it("never goes back to draft and never leaves cancelled or archived", () => {
    for (const to of Object.keys(COMPETITION_TRANSITIONS) as CompetitionTarget[]) {
      expect(canTransition("cancelled", to)).toBe(false);
      expect(canTransition("archived", to)).toBe(false);
    }
    expect(Object.keys(COMPETITION_TRANSITIONS)).not.toContain("draft");
  });

  it("requires a reason only for cancelling", () => {
    const withReason = Object.entries(COMPETITION_TRANSITIONS)
      .filter(([, rule]) => "requiresReason" in rule && rule.requiresReason)
      .map(([to]) => to);
    expect(withReason).toEqual(["cancelled"]);
  });

  it("shows the public published and later states only, and a cancelled one only if it had been published", () => {
    const at = new Date("2026-03-20T09:00:00Z");
    const visible = (status: CompetitionStatus, publishedAt: Date | null) =>
      isPublic({ status, publishedAt });
    expect(visible("draft", null)).toBe(false);
    expect(visible("draft", at)).toBe(false);
    expect(visible("cancelled", null)).toBe(false);
    expect(visible("cancelled", at)).toBe(true);
    for (const s of ["published", "closed", "in_evaluation", "resolved", "archived"] as const)
      expect(visible(s, at)).toBe(true);
  });
});
