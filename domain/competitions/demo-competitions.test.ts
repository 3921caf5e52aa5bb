import { describe, expect, it } from "vitest";
import { seedDemoCompetitions } from "../../demo/seed-competitions.server";
import { departments } from "../../platform/db/schema/tenancy";
import { calendarDaysBetween } from "../../platform/format/dates";
import { useTestDatabase } from "../../test/db";
import { createTestTenant } from "../organizations/testing/factories";
import { listDepartmentCompetitions } from "./list-department-competitions";
import { listPublicCompetitions, PublicCompetitionQuerySchema } from "./list-public-competitions";

// Lives beside the domain because vitest only collects tests from app/, domain/, platform/, server/ and test/.
describe("demo competitions", () => {
  const t = useTestDatabase();

  it.each([
    ["in November", "2026-11-24T02:40:00Z"],
    ["in early January", "2027-01-03T10:00:00Z"],
    ["in summer", "2027-07-15T10:00:00Z"],
  ])(
    "seed through the domain %s: an open call 30+ days ahead, closed, in evaluation, resolved, draft, cancelled, multi-year",
    async (_, at) => {
      const now = new Date(at);
      const tenant = await createTestTenant(t.db);
      const deps = await t.db
        .insert(departments)
        .values(
          ["WPS", "WKPS", "WE", "WZ"].map((code) => ({ tenantId: tenant.id, code, name: `Wydział ${code}` })),
        )
        .returning();
      await t.db.transaction((tx) =>
        seedDemoCompetitions(tx, { tenantId: tenant.id, departments: deps, userIds: new Map(), now }),
      );
      const office = await listDepartmentCompetitions({
        db: t.db,
        tenantId: tenant.id,
        staffRoles: [{ role: "coordinator", departmentId: null }],
        query: { page: 1 },
      });
      const statuses = office.items.map((c) => c.status).sort();
      expect(statuses).toEqual(
        [
          "cancelled",
          "closed",
          "draft",
          "in_evaluation",
          // Last year's call, resolved once its evaluation is seeded (demo-evaluation.test.ts).
          "in_evaluation",
          "published",
          "published",
          "published",
        ].sort(),
      );
      const open = await listPublicCompetitions({
        db: t.db,
        tenantId: tenant.id,
        query: PublicCompetitionQuerySchema.parse({ status: "open" }),
      });
      expect(open.items.some((c) => c.offerDeadline && calendarDaysBetween(now, c.offerDeadline) >= 30)).toBe(
        true,
      );
      expect(open.items.some((c) => c.budgetYears.length === 3)).toBe(true);
      expect(open.items.some((c) => c.legalBasis.code === "uzp" && c.department.code === "WZ")).toBe(true);
    },
  );
});
