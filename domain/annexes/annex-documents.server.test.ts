import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractPdfText } from "../../platform/documents/pdf-text.server";
import { useTestDatabase } from "../../test/db";
import { type ContractWorld, createContractWorld } from "../contracts/testing/factories";
import { TEST_APP_URL } from "../offers/testing/factories";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { renderAnnexDocx } from "./annex-docx.server";
import { renderAnnexPdf } from "./annex-pdf.server";
import { decideChangeRequest } from "./decide-change-request";
import { readAnnex } from "./read-annex";
import { annexClock, submitTestChange } from "./testing/factories";

const UNZIP = "/usr/bin/unzip";
const plain = (text: string) => text.replace(/\u00a0/g, " ").replace(/\s+/g, " ");

function docxText(docx: Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "annex-")), "a.docx");
  writeFileSync(file, docx);
  return plain(
    execFileSync(UNZIP, ["-p", file, "word/document.xml"], { encoding: "utf8" })
      .replace(/<\/w:p>/g, " ")
      .replace(/<w:tab\/>/g, " ")
      .replace(/<[^>]+>/g, ""),
  );
}

describe.skipIf(!existsSync(UNZIP))("the annex's documents", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  beforeAll(async () => {
    w = await createContractWorld(t.db);
    const { id } = await submitTestChange(t.db, w);
    await decideChangeRequest({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(w.officer.user),
      clock: annexClock,
      appUrl: TEST_APP_URL,
      staffRoles: w.officer.staffRoles,
      contractId: w.contract.contract.id,
      changeId: id,
      input: { decision: "approve" },
    });
  });

  function expectAnnexText(text: string) {
    const number = w.contract.contract.number;
    expect(text).toContain(`Aneks nr 1 do umowy nr ${number} z dnia 28 maja 2026`);
    expect(text).toContain("zwanym dalej „Zleceniodawcą”");
    expect(text).toContain(
      "Numer rachunku bankowego Zleceniobiorcy PL61 1090 1014 0000 0712 1981 2874 PL27 1140 2004 0000 3002 0135 5387",
    );
    expect(text).toMatch(/2 Obsługa księgowa 1 600,00 zł 2 000,00 zł 25,00 %/);
    expect(text).toContain("Kalkulacja przewidywanych kosztów po zmianie");
    expect(text).toContain("Pozostałe postanowienia umowy pozostają bez zmian.");
    expect(text).toContain("Aneks wchodzi w życie z dniem podpisania");
    expect(text).toContain("Zleceniobiorca");
  }

  it("says the same in the PDF and the DOCX; the organisation reads it, another department may not", async () => {
    const input = await readAnnex({
      db: t.db,
      tenantId: w.tenant.id,
      contractId: w.contract.contract.id,
      annexNumber: "1",
      side: "organization",
      actor: actorOf(w.full.viewer),
    });
    const pdf = await renderAnnexPdf(input);
    const extracted = await extractPdfText(pdf);
    if (!extracted.ok) throw new Error(extracted.reason);
    expectAnnexText(plain(extracted.text));
    const docx = await renderAnnexDocx(input);
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    expectAnnexText(docxText(docx));
    await expectAppError(
      readAnnex({
        db: t.db,
        tenantId: w.tenant.id,
        contractId: w.contract.contract.id,
        annexNumber: "1",
        side: "office",
        staffRoles: w.otherOfficer.staffRoles,
      }),
      "FORBIDDEN",
    );
    await expectAppError(
      readAnnex({
        db: t.db,
        tenantId: w.tenant.id,
        contractId: w.contract.contract.id,
        annexNumber: "2",
        side: "office",
        staffRoles: w.officer.staffRoles,
      }),
      "NOT_FOUND",
    );
  });
});
