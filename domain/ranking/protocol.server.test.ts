import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { offerCorrections, proposedAmounts } from "../../platform/db/schema/evaluation";
import { offers } from "../../platform/db/schema/offers";
import { useTestDatabase } from "../../test/db";
import { offerClock, warsaw } from "../offers/testing/factories";
import { expectAppError } from "../organizations/testing/factories";
import { renderProtocolDocx } from "./protocol-docx.server";
import { renderProtocolPdf } from "./protocol-pdf.server";
import { readProtocol } from "./read-protocol";
import { createRankingWorld, type RankingWorld } from "./testing/factories";

const PDFTOTEXT = "/usr/bin/pdftotext";
const UNZIP = "/usr/bin/unzip";

function tempFile(name: string, bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "protocol-")), name);
  writeFileSync(file, bytes);
  return file;
}
const plain = (text: string) => text.replace(/\u00a0/g, " ").replace(/\s+/g, " ");
const pdfText = (pdf: Buffer) =>
  plain(execFileSync(PDFTOTEXT, [tempFile("p.pdf", pdf), "-"], { encoding: "utf8" }));
/** The text of word/document.xml with the tags dropped (runs of one paragraph joined). */
const docxText = (docx: Buffer) =>
  plain(
    execFileSync(UNZIP, ["-p", tempFile("p.docx", docx), "word/document.xml"], { encoding: "utf8" })
      .replace(/<\/w:p>/g, " ")
      .replace(/<w:tab\/>/g, " ")
      .replace(/<[^>]+>/g, ""),
  );

describe.skipIf(!existsSync(PDFTOTEXT) || !existsSync(UNZIP))("the committee's protocol", () => {
  const t = useTestDatabase();

  async function protocolOf(w: RankingWorld) {
    await t.db
      .insert(proposedAmounts)
      .values({ offerId: w.offerB, competitionId: w.competitionId, amount: 1_234_567 });
    const [offerA] = await t.db.select().from(offers).where(eq(offers.id, w.offerA));
    await t.db.insert(offerCorrections).values({
      tenantId: w.tenant.id,
      offerId: w.offerA,
      items: [{ code: "signatures", label: "Brak podpisów", note: "strona 3" }],
      sections: ["declarations"],
      deadline: warsaw("2026-04-22 15:00"),
      status: "corrected",
      fromVersionId: offerA?.submittedVersionId as string,
    });
    return readProtocol({
      db: t.db,
      tenantId: w.tenant.id,
      staffRoles: w.officer.staffRoles,
      clock: offerClock("2026-04-28 10:00"),
      competitionId: w.competitionId,
    });
  }

  function expectProtocolText(text: string) {
    for (const expected of [
      "Protokół z prac komisji konkursowej",
      "Świadczenie usługi opieki wytchnieniowej w 2026 r.",
      "881 280,00 zł",
      "Jan Przewodniczący",
      "Ewa Członkini",
      "Piotr Ekspert",
      "doradczy",
      "Członek zarządu oferenta.",
      "Fundacja Beta",
      "Stowarzyszenie Gamma",
      "Oferta złożona przez podmiot nieuprawniony.",
      "Brak podpisów (strona 3)",
      "50,00",
      "22,50",
      "20–25",
      "poniżej progu",
      "niższym numerze potwierdzenia",
      "12 345,67 zł",
      "Nie zgadzam się z oceną kalkulacji kosztów.",
      "Podpisy członków komisji",
      "wyłączony",
    ])
      expect(text).toContain(expected);
  }

  it("prints every section in the PDF and in the DOCX", async () => {
    const w = await createRankingWorld(t.db);
    const input = await protocolOf(w);
    const pdf = await renderProtocolPdf(input);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expectProtocolText(pdfText(pdf));

    const docx = await renderProtocolDocx(input);
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    const text = docxText(docx);
    expectProtocolText(text);
    const xml = execFileSync(UNZIP, ["-p", tempFile("p.docx", docx), "word/document.xml"], {
      encoding: "utf8",
    });
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain("<w:tblHeader");
  });

  it("is refused to an officer of another department", async () => {
    const w = await createRankingWorld(t.db);
    await expectAppError(
      readProtocol({
        db: t.db,
        tenantId: w.tenant.id,
        staffRoles: w.otherOfficer.staffRoles,
        clock: offerClock(),
        competitionId: w.competitionId,
      }),
      "FORBIDDEN",
    );
  });
});
