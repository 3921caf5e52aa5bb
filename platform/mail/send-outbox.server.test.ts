import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { fixedClock, systemClock } from "../clock/clock";
import { mailOutbox } from "../db/schema/mail";
import { installJobSchema, startJobWorker } from "../jobs/job-queue.server";
import { createLogger } from "../logging/logger.server";
import { enqueueMail } from "./enqueue-mail.server";
import { requestMailSweep, sendOutboxHandler } from "./mail-job.server";
import { devMailboxTransport, smtpTransport } from "./mail-transport.server";
import { MAIL_MAX_ATTEMPTS, sendOutbox } from "./send-outbox.server";
import { renderMail } from "./templates/layout";
import { startTestSmtpServer, type TestSmtpServer } from "./test-smtp-server";

const logger = createLogger("silent");

function polishMail(n: number) {
  return renderMail({
    locale: "pl",
    tenantName: "Gmina Miasto Częstochowa",
    subject: `Zażółć gęślą jaźń nr ${n}`,
    paragraphs: ["Dzień dobry,", `Wiadomość próbna nr ${n} — „cudzysłów” i <b>znaczniki</b>.`],
    action: { label: "Otwórz", url: `https://ngo.example.pl/sprawy/${n}` },
  });
}

describe("sending the outbox", () => {
  const t = useTestDatabase();
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
  });
  beforeEach(async () => {
    await t.db.delete(mailOutbox);
    smtp.messages.length = 0;
    smtp.refuse = false;
  });

  it("sends a mail written in a transaction through the job worker to a real SMTP server", async () => {
    await installJobSchema(t.database);
    await t.db.transaction(async (tx) => {
      await enqueueMail(tx, {
        tenantId: null,
        to: "anna@fundacja.pl",
        template: "test",
        rendered: polishMail(1),
      });
    });
    const transport = smtpTransport(smtp.url, "Pożytek <no-reply@pozytek.test>");
    const worker = await startJobWorker({
      database: t.database,
      logger,
      pollingIntervalSeconds: 0.5,
      handlers: [sendOutboxHandler({ database: t.database, transport, clock: systemClock, logger })],
    });
    try {
      await requestMailSweep(t.database);
      const [message] = await smtp.waitForMessages(1);
      expect(message?.to).toEqual(["anna@fundacja.pl"]);
      expect(message?.from).toBe("no-reply@pozytek.test");
      expect(message?.subject).toBe("Zażółć gęślą jaźń nr 1");
      expect(message?.text).toContain("Wiadomość próbna nr 1 — „cudzysłów” i <b>znaczniki</b>.");
      expect(message?.text).toContain("https://ngo.example.pl/sprawy/1");
      expect(message?.html).toContain('<html lang="pl">');
      expect(message?.html).toContain("„cudzysłów” i &lt;b&gt;znaczniki&lt;/b&gt;");
      const deadline = Date.now() + 5000;
      let row = (await t.db.select().from(mailOutbox))[0];
      while (!row?.sentAt && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        row = (await t.db.select().from(mailOutbox))[0];
      }
      expect(row?.transport).toBe("smtp");
      expect(row?.attempts).toBe(1);
    } finally {
      await worker.stop();
      transport.close();
    }
  });

  it("marks mail delivered to the development mailbox when no SMTP server is configured", async () => {
    for (const n of [1, 2]) {
      await enqueueMail(t.db, {
        tenantId: null,
        to: `o${n}@example.pl`,
        template: "test",
        rendered: polishMail(n),
      });
    }
    const result = await sendOutbox({ db: t.db, transport: devMailboxTransport, clock: systemClock });
    expect(result).toEqual({ sent: 2, failed: 0 });
    const rows = await t.db.select().from(mailOutbox);
    expect(rows.every((r) => r.transport === "dev-mailbox" && r.sentAt !== null)).toBe(true);
    expect(smtp.messages).toHaveLength(0);
  });

  it("never sends a message twice when two senders run at the same time", async () => {
    for (let n = 0; n < 10; n++) {
      await enqueueMail(t.db, {
        tenantId: null,
        to: `o${n}@example.pl`,
        template: "test",
        rendered: polishMail(n),
      });
    }
    const transport = smtpTransport(smtp.url, "no-reply@pozytek.test");
    try {
      const results = await Promise.all([
        sendOutbox({ db: t.db, transport, clock: systemClock }),
        sendOutbox({ db: t.db, transport, clock: systemClock }),
      ]);
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(10);
      const subjects = smtp.messages.map((m) => m.subject).sort();
      expect(subjects).toHaveLength(10);
      expect(new Set(subjects).size).toBe(10);
    } finally {
      transport.close();
    }
  });

  it("records a refused message, retries it with backoff and gives up after the limit", async () => {
    const id = await enqueueMail(t.db, {
      tenantId: null,
      to: "o@example.pl",
      template: "test",
      rendered: polishMail(7),
    });
    const clock = fixedClock(new Date(Date.now() + 1000));
    const transport = smtpTransport(smtp.url, "no-reply@pozytek.test");
    try {
      smtp.refuse = true;
      expect(await sendOutbox({ db: t.db, transport, clock })).toEqual({ sent: 0, failed: 1 });
      let [row] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      expect(row?.attempts).toBe(1);
      expect(row?.lastError).toMatch(/451/);
      // Not due again before the first backoff step has passed.
      expect(await sendOutbox({ db: t.db, transport, clock })).toEqual({ sent: 0, failed: 0 });
      clock.advance(31_000);
      smtp.refuse = false;
      expect(await sendOutbox({ db: t.db, transport, clock })).toEqual({ sent: 1, failed: 0 });
      [row] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      expect(row?.sentAt).not.toBeNull();
      expect(row?.lastError).toBeNull();

      await t.db.update(mailOutbox).set({ sentAt: null, attempts: MAIL_MAX_ATTEMPTS });
      clock.advance(24 * 60 * 60 * 1000);
      expect(await sendOutbox({ db: t.db, transport, clock })).toEqual({ sent: 0, failed: 0 });
    } finally {
      transport.close();
    }
  });
});
