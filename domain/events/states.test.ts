import { describe, expect, it } from "vitest";
import { EVENT_STATUS_VALUES } from "../../platform/db/schema/events";
import { can, staffSubject } from "./policy";
import { canTransition, EVENT_STATUSES } from "./states";

describe("event states and policy", () => {
  it("the domain's statuses are the column's", () => {
    expect([...EVENT_STATUSES]).toEqual([...EVENT_STATUS_VALUES]);
  });

  it("only pending events are decided and only published ones cancelled", () => {
    expect(canTransition("pending", "published")).toBe(true);
    expect(canTransition("rejected", "published")).toBe(false);
    expect(canTransition("published", "cancelled")).toBe(true);
    expect(canTransition("pending", "cancelled")).toBe(false);
  });

  it("denies by default: officers, members and unknown actions get nothing in the back office", () => {
    const coordinator = staffSubject(["coordinator"]);
    expect(can(coordinator, "create")).toBe(true);
    expect(can(staffSubject(["officer"]), "create")).toBe(false);
    expect(can({ membership: "owner", organizationStatus: "verified", staffRoles: [] }, "submit")).toBe(true);
    expect(can({ membership: "owner", organizationStatus: "pending", staffRoles: [] }, "submit")).toBe(false);
    expect(can({ membership: "viewer", organizationStatus: "verified", staffRoles: [] }, "submit")).toBe(
      false,
    );
    expect(can(coordinator, "cancel", { status: "pending" })).toBe(false);
    expect(can(coordinator, "nonsense" as "create")).toBe(false);
  });
});
