import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { findCompetitionInTenant } from "./access";
import { amendCompetition } from "./amend-competition";
import { renderAnnouncementPdf } from "./announcement-pdf.server";
import { getPublicCompetition } from "./get-public-competition";
import {
  createCompetitionWorld,
  createPublished,
  TEST_APP_URL,
  testClock,
  warsaw,
} from "./testing/factories";

const PDFTOTEXT = "/usr/bin/pdftotext";

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "announcement-"));
  const file = path.join(dir, "ogloszenie.pdf");
  writeFileSync(file, pdf);
  // NBSP (grouping in "1 234,56 zł") comes out as U+00A0; compare with plain spaces.
  return execFileSync(PDFTOTEXT, ["-layout", file, "-"], { encoding: "utf8" }).replace(/\u00a0/g, " ");
}

describe.skipIf(!existsSync(PDFTOTEXT))("announcement PDF", () => {
  const t = useTestDatabase();

  it("carries every part of the announcement, Polish letters, amounts, the deadline and page numbers", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world, {
      title: "Zażółć gęślą jaźń — opieka wytchnieniowa",
      budgetYears: [{ year: "2026", amount: "1 234,56" }],
      minGrant: "100,00",
      maxGrant: "1 000,00",
      priorTasks: [{ year: "2025", name: "Opieka wytchnieniowa 2025", amount: "750 000,00" }],
      offerDeadline: "2026-12-20 15:00",
      selectionDate: "2026-12-31",
    });
    const current = await findCompetitionInTenant(t.db, world.tenant.id, id);
    await amendCompetition({
      db: t.db,
      tenantId: world.tenant.id,
      actor: world.officer.actor,
      staffRoles: world.officer.staffRoles,
      clock: testClock(warsaw("2026-03-25 12:00")),
      appUrl: TEST_APP_URL,
      competitionId: id,
      amendment: {
        ...current,
        version: current.version,
        reason: "Doprecyzowanie zasad przyznawania dotacji.",
        offerDeadline: null,
        awardRules: "Dotacja do 85% kosztów.",
      },
    });
    const competition = await getPublicCompetition({
      db: t.db,
      tenantId: world.tenant.id,
      competitionId: id,
    });
    const pdf = await renderAnnouncementPdf(competition, "Gmina Miasto Częstochowa");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const heading of [
      "Ogłoszenie otwartego konkursu ofert",
      "1. Rodzaj zadania publicznego",
      "2. Wysokość środków publicznych przeznaczonych na realizację zadania",
      "3. Zasady przyznawania dotacji",
      "4. Terminy i warunki realizacji zadania",
      "5. Termin składania ofert",
      "6. Termin, tryb i kryteria wyboru ofert",
      "7. Zadania tego samego rodzaju",
      "Zmiany ogłoszenia",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Zażółć gęślą jaźń — opieka wytchnieniowa");
    expect(text).toContain("1 234,56 zł");
    expect(text).toContain("750 000,00 zł");
    expect(text).toContain("20 grudnia 2026 r., godz. 15:00");
    expect(text).toContain("Gmina Miasto Częstochowa");
    expect(text).toContain("Doprecyzowanie zasad przyznawania dotacji.");
    expect(text).toMatch(/Strona 1 z \d/);
  });
});
