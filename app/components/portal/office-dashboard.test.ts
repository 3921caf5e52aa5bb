import { describe, expect, it } from "vitest";
import { useTestDatabase } from "~/test/db";
import { requestInfoContext, servicesContext, viewerContext } from "../../lib/contexts";
import { loader as dashboardLoader } from "../../routes/urzad._index";
import { callLoader, routeContext, seedPortalFixture } from "./testing/portal-fixture";

describe("office dashboard: link to the 1.5 % campaign figures", () => {
  const t = useTestDatabase();

  it("is offered to coordinators and admins, not to officers", async () => {
    const f = await seedPortalFixture(t.db);
    const asStaff = (role: "admin" | "coordinator" | "officer") => {
      const context = routeContext(t.db, f.tenant);
      context.set(servicesContext, {
        ...context.get(servicesContext),
        env: { APP_URL: "https://ngo.czestochowa.example" },
      } as never);
      context.set(requestInfoContext, { ip: "127.0.0.1" } as never);
      context.set(viewerContext, {
        user: { id: "00000000-0000-4000-8000-000000000001", email: `${role}@example.pl` },
        session: {},
        sessionToken: "x",
        staffRoles: [{ role, departmentId: null }],
        pendingSecondFactor: false,
      } as never);
      return context;
    };
    for (const [role, expected] of [
      ["admin", true],
      ["coordinator", true],
      ["officer", false],
    ] as const) {
      const data = await callLoader(dashboardLoader, { url: "/urzad", context: asStaff(role) });
      expect(data.canEditCampaign, role).toBe(expected);
    }
  });
});
