import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { reports } from "~/platform/db/schema/reports";
import { useTestDatabase } from "~/test/db";
import { type ContractWorld, createContractWorld } from "../contracts/testing/factories";
import { warsaw } from "../offers/testing/factories";
import { expectAppError } from "../organizations/testing/factories";
import { listOfficeReports, type ReportFilter } from "./list-office-reports";
import { reportOf, submittedReport } from "./testing/factories";

describe("the office's list of reports", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  beforeAll(async () => {
    w = await createContractWorld(t.db);
  });

  const list = (filter: ReportFilter, at: string, staff = w.officer, page = 1) =>
    listOfficeReports({
      db: t.db,
      tenantId: w.tenant.id,
      clock: fixedClock(warsaw(at)),
      staffRoles: staff.staffRoles,
      filter,
      page,
    });
  const ids = async (filter: ReportFilter, at: string, staff = w.officer) =>
    (await list(filter, at, staff)).rows.map((r) => r.id);

  it("filters due soon, overdue and to verify, within the officer's department", async () => {
    const partial = await reportOf(t.db, w, "partial");
    const final = await reportOf(t.db, w, "final");
    expect(await ids("due-soon", "2026-09-20 10:00")).toEqual([partial.id]);
    expect(await ids("overdue", "2026-10-01 10:00")).toEqual([partial.id]);
    expect(await ids("overdue", "2026-09-30 10:00")).toEqual([]);
    expect(await ids("all", "2026-09-20 10:00", w.coordinator)).toEqual([partial.id, final.id]);
    expect(await ids("all", "2026-09-20 10:00", w.otherOfficer)).toEqual([]);
    await submittedReport(t.db, w, { kind: "final" });
    expect(await ids("to-verify", "2026-12-10 10:00")).toEqual([final.id]);
    await t.db
      .update(reports)
      .set({ status: "returned", correctionDueOn: "2026-12-17" })
      .where(eq(reports.id, final.id));
    expect(await ids("overdue", "2026-12-18 10:00")).toEqual([partial.id, final.id]);
    const paged = await list("all", "2026-12-18 10:00", w.admin, 5);
    expect(paged).toMatchObject({ page: 5, pages: 1, total: 2, rows: [] });
    await expectAppError(
      listOfficeReports({
        db: t.db,
        tenantId: w.tenant.id,
        clock: fixedClock(warsaw("2026-12-18 10:00")),
        staffRoles: [],
        filter: "all",
        page: 1,
      }),
      "FORBIDDEN",
    );
  });
});
