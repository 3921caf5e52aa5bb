import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contracts } from "~/platform/db/schema/contracts";
import { extractPdfText } from "~/platform/documents/pdf-text.server";
import { useTestDatabase } from "~/test/db";
import { expectAppError } from "../organizations/testing/factories";
import { buildContract } from "./contract-blocks";
import { contractFilename, readContractFile } from "./documents-read";
import { type ContractWorld, createContractWorld } from "./testing/factories";

const UNZIP = "/usr/bin/unzip";
const plain = (text: string) => text.replace(/\u00a0/g, " ").replace(/\s+/g, " ");

function documentXml(docx: Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "contract-")), "c.docx");
  writeFileSync(file, docx);
  return execFileSync(UNZIP, ["-p", file, "word/document.xml"], { encoding: "utf8", maxBuffer: 1 << 26 });
}
const docxText = (xml: string) =>
  plain(
    xml
      .replace(/<\/w:p>/g, " ")
      .replace(/<w:tab\/>/g, " ")
      .replace(/<[^>]+>/g, ""),
  );

describe.skipIf(!existsSync(UNZIP))("the contract's documents", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  let grant: number;
  beforeAll(async () => {
    w = await createContractWorld(t.db);
    grant = w.contract.contract.grantAmount;
  });

  const office = (format: "pdf" | "docx", staff = w.officer) =>
    readContractFile(t.db, {
      tenantId: w.tenant.id,
      contractId: w.contract.contract.id,
      versionNumber: "1",
      format,
      viewer: { kind: "office", staffRoles: staff.staffRoles },
    });

  it("names the file after the number and the version", () => {
    expect(contractFilename("WE.526.3.2026", 1, "pdf")).toBe("umowa-WE.526.3.2026-v1.pdf");
    expect(contractFilename("WE/526 3", 2, "docx")).toBe("umowa-WE-526-3-v2.docx");
  });

  it("writes a DOCX with real headings and tables: number, parties, grant and instalments", async () => {
    expect(grant).toBe(1_900_000);
    const file = await office("docx");
    expect(file.filename).toBe(`umowa-${w.contract.contract.number}-v1.docx`);
    const xml = documentXml(file.bytes);
    expect(xml).toContain('w:pStyle w:val="Heading1"');
    expect(xml.match(/w:pStyle w:val="Heading2"/g)?.length).toBeGreaterThanOrEqual(16);
    expect(xml).toContain("<w:tbl>");
    const text = docxText(xml);
    expect(text).toContain(`Umowa nr ${w.contract.contract.number}`);
    expect(text).toContain(w.contract.content.authority.name);
    const leader = w.contract.content.document.offerors[0];
    expect(text).toContain(leader?.name as string);
    expect(text).toContain("dotacji w kwocie 19 000,00 zł");
    expect(text).toContain("10 czerwca 2026 2026 9 500,00 zł");
    expect(text).toContain("1 września 2026 2026 9 500,00 zł");
    expect(text).toContain("§ 13. Dostępność");
    expect(text).toContain("PL61 1090 1014 0000 0712 1981 2874");
    expect(text).toContain("zwraca w terminie 15 dni od dnia zakończenia realizacji zadania");
    expect(text).toContain("o nie więcej niż 20 % bez zawierania aneksu");
  });

  it("returns the grant of a task ending with the year by 31 January", () => {
    const content = { ...w.contract.content, taskEnd: "2026-12-31" };
    const text = buildContract({
      content,
      versionNumber: 1,
      annexNumber: null,
      offerVersion: { receiptNumber: "X", checksum: "ab" },
    })
      .map((b) => ("text" in b ? b.text : "items" in b ? b.items.join(" ") : ""))
      .join(" ");
    expect(text).toContain("nie później niż do dnia 31 stycznia 2027 r.");
  });

  it("writes a PDF whose text carries the parties, the amount and the instalments", async () => {
    const file = await office("pdf");
    expect(file.contentType).toBe("application/pdf");
    const result = await extractPdfText(file.bytes, { maxPages: 30 });
    if (!result.ok) throw new Error(result.reason);
    const text = plain(result.text);
    expect(text).toContain(w.contract.content.authority.name);
    expect(text).toContain(w.contract.content.document.offerors[0]?.name as string);
    expect(text).toContain("19 000,00 zł");
    expect(text).toContain("10 czerwca 2026");
    expect(text).toContain("1 września 2026");
    expect(text).toContain("9 500,00 zł");
    expect(text).toContain("Jan Kowalski");
  });

  it("refuses another department's officer; the organisation reads it only once it is sent", async () => {
    await expectAppError(office("pdf", w.otherOfficer), "FORBIDDEN");
    const member = (userId: string) =>
      readContractFile(t.db, {
        tenantId: w.tenant.id,
        contractId: w.contract.contract.id,
        versionNumber: "1",
        format: "pdf",
        viewer: { kind: "member", userId },
      });
    expect((await member(w.full.owner.id)).filename).toMatch(/-v1\.pdf$/);
    await expectAppError(member(w.owner.id), "FORBIDDEN");
    await t.db.update(contracts).set({ status: "draft" }).where(eq(contracts.id, w.contract.contract.id));
    await expectAppError(member(w.full.owner.id), "NOT_FOUND");
    await t.db
      .update(contracts)
      .set({ status: "in_progress" })
      .where(eq(contracts.id, w.contract.contract.id));
    await expectAppError(
      readContractFile(t.db, {
        tenantId: w.tenant.id,
        contractId: w.contract.contract.id,
        versionNumber: "2",
        format: "pdf",
        viewer: { kind: "office", staffRoles: w.officer.staffRoles },
      }),
      "NOT_FOUND",
    );
  });
});
