import { describe, expect, it } from "vitest";
import { extractPdfText } from "~/platform/documents/pdf-text.server";
import { useTestDatabase } from "~/test/db";
import { createContractWorld } from "../contracts/testing/factories";
import { formatChecksum } from "../offers/document";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { reportVersionPdf } from "./report-version-pdf.server";
import { submittedReport } from "./testing/factories";

describe("the report's PDF", () => {
  const t = useTestDatabase();

  it("prints the header, parts I–III, the flagged line, the receipt and the checksum", async () => {
    const w = await createContractWorld(t.db);
    const s = await submittedReport(t.db, w, {
      kind: "final",
      lines: { "2": { actual: 200_000, explanation: "Droższa obsługa księgowa." } },
      sources: { financial: 1_150_000 },
    });
    const pdf = await reportVersionPdf({
      db: t.db,
      tenantId: w.tenant.id,
      viewer: { kind: "member", actor: actorOf(w.full.viewer) },
      reportId: s.reportId,
      number: 1,
    });
    expect(pdf.filename).toBe(`sprawozdanie-${s.receiptNumber.replaceAll("/", "-")}.pdf`);
    const text = await extractPdfText(pdf.bytes);
    if (!text.ok) throw new Error(text.reason);
    const flat = text.text.replace(/\s+/g, " ");
    expect(flat).toContain("Sprawozdanie końcowe z wykonania zadania publicznego");
    expect(flat).toContain(w.contract.contract.number);
    expect(flat).toContain("Część I. Sprawozdanie merytoryczne");
    expect(flat).toContain("Część II. Sprawozdanie z wykonania wydatków");
    expect(flat).toContain("Część III. Dodatkowe informacje");
    expect(flat).toContain("PRZEKROCZENIE ponad 20,00 %");
    expect(flat).toContain("Droższa obsługa księgowa.");
    expect(flat).toContain(s.receiptNumber);
    expect(flat).toContain(formatChecksum(s.checksum).slice(0, 17));
    await expectAppError(
      reportVersionPdf({
        db: t.db,
        tenantId: w.tenant.id,
        viewer: { kind: "member", actor: actorOf(w.owner) },
        reportId: s.reportId,
        number: 1,
      }),
      "FORBIDDEN",
    );
    await expectAppError(
      reportVersionPdf({
        db: t.db,
        tenantId: w.tenant.id,
        viewer: { kind: "office", actor: actorOf(w.officer.user), staffRoles: w.officer.staffRoles },
        reportId: s.reportId,
        number: 2,
      }),
      "NOT_FOUND",
    );
  });
});
