import { REAUTH_FRESH_MS } from "~/platform/auth/rules";
import { AppError, type AppErrorCode } from "~/platform/errors/app-error";

/** What is known about a person and their session when they ask for a sensitive change. */
export interface AccountFacts {
  /** The password was typed again less than REAUTH_FRESH_MS ago in this session. */
  reauthFresh: boolean;
  /** The second factor was passed in this session. */
  secondFactorPassed: boolean;
  /** A staff role in the request's tenant. */
  isStaff: boolean;
  totpEnabled: boolean;
}

type Requirement =
  | "reauthenticated"
  | "secondFactorPassed"
  /** Passed the second factor if the person has to use one (staff, or TOTP switched on). */
  | "secondFactorIfRequired"
  | "staff"
  | "notStaff"
  | "totpEnabled"
  | "totpNotEnabled";

export type AccountAction =
  | "changePassword"
  | "changeEmail"
  | "setUpTotp"
  | "confirmTotp"
  | "resetTotp"
  | "disableTotp";

/**
 * Every sensitive account action and what it needs, checked in order. An action not listed is
 * refused (deny by default). TOTP is required for staff roles (issue), so staff cannot switch it off.
 */
export const ACCOUNT_POLICY: Record<AccountAction, readonly Requirement[]> = {
  changePassword: ["secondFactorIfRequired", "reauthenticated"],
  changeEmail: ["secondFactorIfRequired", "reauthenticated"],
  setUpTotp: ["staff", "totpNotEnabled"],
  confirmTotp: ["staff", "totpNotEnabled"],
  resetTotp: ["totpEnabled", "secondFactorPassed", "reauthenticated"],
  disableTotp: ["notStaff", "totpEnabled", "secondFactorPassed", "reauthenticated"],
};

const REFUSALS: Record<Requirement, { code: AppErrorCode; messageKey: string }> = {
  reauthenticated: { code: "FORBIDDEN", messageKey: "identity.reauth.required" },
  secondFactorPassed: { code: "FORBIDDEN", messageKey: "identity.secondFactor.required" },
  secondFactorIfRequired: { code: "FORBIDDEN", messageKey: "identity.secondFactor.required" },
  staff: { code: "FORBIDDEN", messageKey: "error.forbidden" },
  notStaff: { code: "FORBIDDEN", messageKey: "identity.totp.requiredForStaff" },
  totpEnabled: { code: "CONFLICT", messageKey: "identity.totp.notEnabled" },
  totpNotEnabled: { code: "CONFLICT", messageKey: "identity.totp.alreadyEnabled" },
};

function holds(requirement: Requirement, facts: AccountFacts): boolean {
  switch (requirement) {
    case "reauthenticated":
      return facts.reauthFresh;
    case "secondFactorPassed":
      return facts.secondFactorPassed;
    case "secondFactorIfRequired":
      return facts.secondFactorPassed || !secondFactorRequired(facts);
    case "staff":
      return facts.isStaff;
    case "notStaff":
      return !facts.isStaff;
    case "totpEnabled":
      return facts.totpEnabled;
    case "totpNotEnabled":
      return !facts.totpEnabled;
    default:
      return false;
  }
}

/** The first requirement of the action that is not met, or null when it is allowed. */
export function unmetRequirement(action: AccountAction, facts: AccountFacts): Requirement | null {
  const requirements = ACCOUNT_POLICY[action];
  if (!requirements) return "staff";
  return requirements.find((r) => !holds(r, facts)) ?? null;
}

export function isAllowed(action: AccountAction, facts: AccountFacts): boolean {
  return unmetRequirement(action, facts) === null;
}

/** Throws the refusal of the first unmet requirement. */
export function assertAllowed(action: AccountAction, facts: AccountFacts): void {
  const unmet = unmetRequirement(action, facts);
  if (unmet) throw new AppError(REFUSALS[unmet].code, REFUSALS[unmet].messageKey);
}

/** Staff must pass TOTP; anyone who switched TOTP on passes it too. */
export function secondFactorRequired(facts: { isStaff: boolean; totpEnabled: boolean }): boolean {
  return facts.isStaff || facts.totpEnabled;
}

/** What comes after the password: nothing, the code, or setting up the authenticator first. */
export type SecondFactorStep = "none" | "verify" | "setup";

export function secondFactorStep(facts: { isStaff: boolean; totpEnabled: boolean }): SecondFactorStep {
  if (facts.totpEnabled) return "verify";
  return facts.isStaff ? "setup" : "none";
}

export function isReauthFresh(reauthenticatedAt: Date | null, now: Date): boolean {
  if (!reauthenticatedAt) return false;
  const age = now.getTime() - reauthenticatedAt.getTime();
  return age >= 0 && age <= REAUTH_FRESH_MS;
}
