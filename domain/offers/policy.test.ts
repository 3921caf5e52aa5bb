import { describe, expect, it } from "vitest";
import { isAppError } from "../../platform/errors/app-error";
import type { MemberRole } from "../organizations/schemas";
import {
  allowedActions,
  assertCan,
  assertCanStartOffer,
  can,
  canStartOffer,
  OFFER_POLICY,
  type OfferAction,
  type OfferFacts,
  type OfferSubject,
} from "./policy";
import { OFFER_STATUSES } from "./states";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";

const member = (leaderRole: MemberRole | null, partnerRoles: MemberRole[] = []): OfferSubject => ({
  leaderRole,
  partnerRoles,
  staffRoles: [],
});
const staff = (role: "admin" | "coordinator" | "officer", departmentId: string | null): OfferSubject => ({
  leaderRole: null,
  partnerRoles: [],
  staffRoles: [{ role, departmentId }],
});
const nobody = member(null);

const draft: OfferFacts = { status: "draft", submitted: false, departmentId: A };
const submitted: OfferFacts = { status: "submitted", submitted: true, departmentId: A };
const withdrawn: OfferFacts = { status: "withdrawn", submitted: true, departmentId: A };

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return isAppError(e) ? e.code : "other";
  }
}

describe("offer policy", () => {
  it("lets every member of any offeror view, and owners and editors of any offeror edit and submit", () => {
    for (const subject of [member("viewer"), member(null, ["viewer"])]) {
      expect(can(subject, "view", draft)).toBe(true);
      expect(can(subject, "edit", draft)).toBe(false);
      expect(can(subject, "submit", draft)).toBe(false);
    }
    for (const subject of [
      member("owner"),
      member("editor"),
      member(null, ["editor"]),
      member(null, ["owner"]),
    ]) {
      expect(can(subject, "view", draft)).toBe(true);
      expect(can(subject, "edit", draft)).toBe(true);
      expect(can(subject, "submit", draft)).toBe(true);
      expect(can(subject, "withdraw", submitted)).toBe(true);
    }
  });

  it("lets only the leading organisation's owners and editors manage partners", () => {
    expect(can(member("owner"), "managePartners", draft)).toBe(true);
    expect(can(member("editor"), "managePartners", draft)).toBe(true);
    expect(can(member("viewer", ["owner"]), "managePartners", draft)).toBe(false);
    expect(can(member(null, ["owner"]), "managePartners", draft)).toBe(false);
    expect(codeOf(() => assertCan(member(null, ["owner"]), "managePartners", draft))).toBe("FORBIDDEN");
  });

  it("withdraws only a submitted offer and answers CONFLICT otherwise", () => {
    expect(can(member("owner"), "withdraw", draft)).toBe(false);
    expect(can(member("owner"), "withdraw", withdrawn)).toBe(false);
    expect(codeOf(() => assertCan(member("owner"), "withdraw", draft))).toBe("CONFLICT");
    expect(codeOf(() => assertCan(member("viewer"), "withdraw", submitted))).toBe("FORBIDDEN");
    for (const status of OFFER_STATUSES)
      expect(can(member("editor"), "submit", { ...draft, status })).toBe(true);
  });

  it("shows staff submitted offers only: coordinators and admins everywhere, officers in their department", () => {
    for (const subject of [staff("admin", null), staff("coordinator", null), staff("officer", A)]) {
      expect(can(subject, "office.view", submitted)).toBe(true);
      expect(can(subject, "office.view", withdrawn)).toBe(true);
      expect(can(subject, "office.view", draft)).toBe(false);
      expect(codeOf(() => assertCan(subject, "office.view", draft))).toBe("NOT_FOUND");
    }
    expect(can(staff("officer", B), "office.view", submitted)).toBe(false);
    expect(can(staff("officer", null), "office.view", submitted)).toBe(false);
    expect(codeOf(() => assertCan(staff("officer", B), "office.view", submitted))).toBe("FORBIDDEN");
  });

  it("gives staff nothing of the organisations' side, and members nothing of the office's", () => {
    for (const subject of [staff("admin", null), staff("officer", A)])
      for (const action of ["view", "edit", "submit", "withdraw", "managePartners"] as const)
        expect(can(subject, action, submitted)).toBe(false);
    expect(can(member("owner"), "office.view", submitted)).toBe(false);
  });

  it("denies a person without any role every action, and an unknown action to everyone", () => {
    for (const action of Object.keys(OFFER_POLICY) as OfferAction[])
      for (const facts of [draft, submitted, withdrawn]) expect(can(nobody, action, facts)).toBe(false);
    expect(can(member("owner"), "delete" as OfferAction, draft)).toBe(false);
    expect(codeOf(() => assertCan(member("owner"), "delete" as OfferAction, draft))).toBe("FORBIDDEN");
  });

  it("lists the allowed actions for buttons", () => {
    expect(allowedActions(member("viewer"), submitted)).toEqual({
      view: true,
      edit: false,
      submit: false,
      withdraw: false,
      managePartners: false,
      "office.view": false,
    });
  });

  it("lets only owners and editors of a verified organisation start an offer", () => {
    expect(canStartOffer("owner", "verified")).toBe(true);
    expect(canStartOffer("editor", "verified")).toBe(true);
    expect(canStartOffer("viewer", "verified")).toBe(false);
    expect(canStartOffer(null, "verified")).toBe(false);
    expect(canStartOffer("owner", "pending")).toBe(false);
    expect(canStartOffer("owner", "rejected")).toBe(false);
    expect(codeOf(() => assertCanStartOffer("viewer", "verified"))).toBe("FORBIDDEN");
    expect(codeOf(() => assertCanStartOffer("owner", "pending"))).toBe("CONFLICT");
  });
});
