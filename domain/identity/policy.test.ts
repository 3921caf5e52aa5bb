import { describe, expect, it } from "vitest";
import { REAUTH_FRESH_MS } from "~/platform/auth/rules";
import { type AccountFacts, isAllowed, isReauthFresh, secondFactorStep, unmetRequirement } from "./policy";

const none: AccountFacts = {
  reauthFresh: false,
  secondFactorPassed: false,
  isStaff: false,
  totpEnabled: false,
};
const member: AccountFacts = { ...none, reauthFresh: true };
const staff: AccountFacts = { reauthFresh: true, secondFactorPassed: true, isStaff: true, totpEnabled: true };

describe("account policy", () => {
  it("requires a fresh re-authentication before changing password or e-mail", () => {
    expect(isAllowed("changePassword", none)).toBe(false);
    expect(isAllowed("changeEmail", none)).toBe(false);
    expect(isAllowed("changePassword", member)).toBe(true);
    expect(isAllowed("changeEmail", member)).toBe(true);
  });

  it("requires the second factor first from those who have one", () => {
    expect(unmetRequirement("changeEmail", { ...staff, secondFactorPassed: false })).toBe(
      "secondFactorIfRequired",
    );
    expect(unmetRequirement("changeEmail", { ...member, totpEnabled: true })).toBe("secondFactorIfRequired");
    expect(isAllowed("changeEmail", staff)).toBe(true);
  });

  it("lets only staff without TOTP set it up, and never lets staff switch it off", () => {
    expect(isAllowed("setUpTotp", { ...none, isStaff: true })).toBe(true);
    expect(isAllowed("confirmTotp", { ...none, isStaff: true })).toBe(true);
    expect(isAllowed("setUpTotp", none)).toBe(false);
    expect(isAllowed("setUpTotp", staff)).toBe(false);
    expect(unmetRequirement("disableTotp", staff)).toBe("notStaff");
    expect(isAllowed("disableTotp", { ...staff, isStaff: false })).toBe(true);
    expect(isAllowed("resetTotp", staff)).toBe(true);
    expect(isAllowed("resetTotp", { ...staff, reauthFresh: false })).toBe(false);
  });

  it("refuses actions it does not know (deny by default)", () => {
    expect(isAllowed("deleteEverything" as never, staff)).toBe(false);
  });

  it("chooses the step after the password", () => {
    expect(secondFactorStep({ isStaff: false, totpEnabled: false })).toBe("none");
    expect(secondFactorStep({ isStaff: true, totpEnabled: false })).toBe("setup");
    expect(secondFactorStep({ isStaff: true, totpEnabled: true })).toBe("verify");
    expect(secondFactorStep({ isStaff: false, totpEnabled: true })).toBe("verify");
  });

  it("counts a re-authentication as fresh for REAUTH_FRESH_MS", () => {
    const at = new Date("2026-03-02T09:00:00Z");
    expect(isReauthFresh(null, at)).toBe(false);
    expect(isReauthFresh(at, new Date(at.getTime() + REAUTH_FRESH_MS))).toBe(true);
    expect(isReauthFresh(at, new Date(at.getTime() + REAUTH_FRESH_MS + 1))).toBe(false);
    expect(isReauthFresh(at, new Date(at.getTime() - 1))).toBe(false);
  });
});
