import { describe, expect, it } from "vitest";
import { isAppError } from "../../platform/errors/app-error";
import { assertCanOnPortal, canOnPortal, portalRolesFor } from "./policy";

describe("portal policy", () => {
  it("lets the coordinator and the administrator edit the campaign figures, nobody else", () => {
    expect(canOnPortal(["coordinator"], "oppCampaign.edit")).toBe(true);
    expect(canOnPortal(["admin"], "oppCampaign.edit")).toBe(true);
    expect(canOnPortal(["officer"], "oppCampaign.edit")).toBe(false);
    expect(canOnPortal([], "oppCampaign.edit")).toBe(false);
    expect(portalRolesFor("oppCampaign.edit").sort()).toEqual(["admin", "coordinator"]);
  });

  it("denies what it does not know", () => {
    expect(canOnPortal(["admin"], "news.publish")).toBe(false);
    expect(canOnPortal(["admin"], "constructor")).toBe(false);
    expect(canOnPortal(["admin"], "toString")).toBe(false);
  });

  it("throws FORBIDDEN when refused", () => {
    try {
      assertCanOnPortal(["officer"], "oppCampaign.edit");
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe("FORBIDDEN");
    }
  });
});
