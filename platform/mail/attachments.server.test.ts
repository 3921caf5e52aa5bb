import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { type Clock, fixedClock } from "../clock/clock";
import { mailOutbox } from "../db/schema/mail";
import { renderPdf } from "../documents/pdf.server";
import { type AttachmentResolver, createAttachmentResolvers } from "./attachments.server";
import { enqueueMail } from "./enqueue-mail.server";
import { devMailboxTransport, smtpTransport } from "./mail-transport.server";
import { sendOutbox } from "./send-outbox.server";
import { renderMail } from "./templates/layout";
import { startTestSmtpServer, type TestSmtpServer } from "./test-smtp-server";

/**
 * "Now" a second ahead: a row written by the database in the same millisecond as the sweep
 * (microsecond timestamps) would otherwise not be due yet, and the assertion would race.
 */
const aSecondAhead: Clock = { now: () => new Date(Date.now() + 1000) };

const rendered = renderMail({
  locale: "pl",
  tenantName: "Gmina Miasto Częstochowa",
  subject: "Potwierdzenie złożenia oferty",
  paragraphs: ["Dzień dobry,", "w załączniku oferta w PDF."],
});

describe("mail attachments named by reference", () => {
  const t = useTestDatabase();
  let smtp: TestSmtpServer;
  let made: Buffer[];

  /** A resolver that renders a small PDF naming the id (and remembers the bytes it gave). */
  const pdfResolver: AttachmentResolver = async (_db, id) => {
    const pdf = await renderPdf({ title: id, issuer: "Gmina", footerText: id, content: [`Oferta ${id}`] });
    made.push(pdf);
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  };

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
  });
  beforeEach(async () => {
    await t.db.delete(mailOutbox);
    smtp.messages.length = 0;
    made = [];
  });

  async function queue(attachments: { kind: string; id: string; filename: string }[]) {
    return enqueueMail(t.db, {
      tenantId: null,
      to: "anna@fundacja.pl",
      template: "test",
      rendered,
      attachments: attachments.map((a) => ({ ...a, contentType: "application/pdf" })),
    });
  }

  it("resolves the reference when sending and delivers the PDF bytes intact over SMTP", async () => {
    await queue([
      { kind: "test-pdf", id: "OF/2026/000123", filename: "oferta-OF-2026-000123.pdf" },
      { kind: "test-pdf", id: "druga", filename: "oferta-źródło wspólna.pdf" },
    ]);
    const transport = smtpTransport(smtp.url, "no-reply@pozytek.test");
    try {
      const result = await sendOutbox({
        db: t.db,
        transport,
        clock: aSecondAhead,
        attachments: createAttachmentResolvers({ "test-pdf": pdfResolver }),
      });
      expect(result).toEqual({ sent: 1, failed: 0 });
    } finally {
      transport.close();
    }
    const [message] = await smtp.waitForMessages(1);
    expect(message?.text).toContain("w załączniku oferta w PDF.");
    expect(message?.attachments.map((a) => a.filename)).toEqual([
      "oferta-OF-2026-000123.pdf",
      "oferta-źródło wspólna.pdf",
    ]);
    const first = message?.attachments[0];
    expect(first?.contentType).toBe("application/pdf");
    expect(first?.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(first?.content.equals(made[0] as Buffer)).toBe(true);
    expect(message?.attachments[1]?.content.equals(made[1] as Buffer)).toBe(true);
  });

  it("fails a message naming an unknown kind, records why and sends nothing", async () => {
    const id = await queue([{ kind: "no-such-kind", id: "x", filename: "x.pdf" }]);
    const transport = smtpTransport(smtp.url, "no-reply@pozytek.test");
    try {
      const result = await sendOutbox({
        db: t.db,
        transport,
        clock: aSecondAhead,
        attachments: createAttachmentResolvers({ "test-pdf": pdfResolver }),
      });
      expect(result).toEqual({ sent: 0, failed: 1 });
    } finally {
      transport.close();
    }
    const [row] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row?.attempts).toBe(1);
    expect(row?.sentAt).toBeNull();
    expect(row?.lastError).toContain("Nieznany rodzaj załącznika: no-such-kind");
    expect(smtp.messages).toHaveLength(0);
  });

  it("retries a message whose resolver failed (even on a failed query) and sends it once it resolves", async () => {
    const id = await queue([{ kind: "flaky", id: "not-a-uuid", filename: "oferta.pdf" }]);
    let broken = true;
    const flaky: AttachmentResolver = async (db, ref) => {
      // A failing query inside the sender's transaction must not stop it recording the failure.
      if (broken) await db.execute(sql`select ${ref}::uuid`);
      return pdfResolver(db, ref);
    };
    const resolvers = createAttachmentResolvers({ flaky });
    const clock = fixedClock(new Date(Date.now() + 1000));
    expect(
      await sendOutbox({ db: t.db, transport: devMailboxTransport, clock, attachments: resolvers }),
    ).toEqual({
      sent: 0,
      failed: 1,
    });
    let [row] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toMatch(/oferta\.pdf \(flaky\)/);

    broken = false;
    clock.advance(31_000);
    expect(
      await sendOutbox({ db: t.db, transport: devMailboxTransport, clock, attachments: resolvers }),
    ).toEqual({
      sent: 1,
      failed: 0,
    });
    [row] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row?.sentAt).not.toBeNull();
    expect(row?.transport).toBe("dev-mailbox");
    expect(row?.lastError).toBeNull();
    // The development mailbox keeps the reference, not the bytes.
    expect(row?.attachments).toEqual([
      { kind: "flaky", id: "not-a-uuid", filename: "oferta.pdf", contentType: "application/pdf" },
    ]);
  });

  it("sends messages without attachments with no resolvers at all", async () => {
    await queue([]);
    expect(await sendOutbox({ db: t.db, transport: devMailboxTransport, clock: aSecondAhead })).toEqual({
      sent: 1,
      failed: 0,
    });
  });
});
