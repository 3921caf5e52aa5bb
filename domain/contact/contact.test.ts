import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../platform/db/schema/audit";
import { contactMessages } from "../../platform/db/schema/contact";
import { useTestDatabase } from "../../test/db";
import { createNewsWorld, type NewsWorld } from "../news/testing/factories";
import { actorOf, expectAppError, mailTo } from "../organizations/testing/factories";
import { listInbox } from "./list-inbox";
import { markMessageHandled } from "./mark-message-handled";
import { canOnInbox } from "./policy";
import { reportError } from "./report-error";
import { CONTACT_LIMIT_PER_IP } from "./rules";
import { sendContactMessage } from "./send-contact-message";

const message = (overrides: Record<string, string> = {}) => ({
  name: "Jan Mieszkaniec",
  email: "Jan@Example.pl",
  subject: "Pytanie o dotacje",
  message: "Dzień dobry,\n\nczy stowarzyszenie zwykłe może złożyć ofertę?",
  homepage: "",
  ...overrides,
});

describe("contact and error-report forms", () => {
  const t = useTestDatabase();
  let w: NewsWorld;
  let ipCounter = 0;
  /** Each test writes from its own address, so the per-IP limit of one test does not leak into another. */
  const visitor = () => ({ userId: null, label: "anonymous", ip: `192.0.2.${++ipCounter}` });
  beforeAll(async () => {
    w = await createNewsWorld(t.db);
  });

  it("stores the message in the coordinator's inbox, audits it and mails the coordinator", async () => {
    const result = await sendContactMessage({ ...w.base, actor: visitor(), input: message() });
    expect(result.messageId).not.toBeNull();
    const [row] = await t.db.select().from(contactMessages).where(eq(contactMessages.id, result.messageId!));
    expect(row).toMatchObject({ kind: "contact", email: "jan@example.pl", pageUrl: null, handledAt: null });
    const mail = (await mailTo(t.db, w.coordinator.email)).at(-1);
    expect(mail?.subject).toBe("Wiadomość z portalu: Pytanie o dotacje");
    expect(mail?.text).toContain("jan@example.pl");
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "contact_message"), eq(auditLog.entityId, result.messageId!)));
    expect(audit.map((a) => a.action)).toEqual(["contact.received"]);
  });

  it("an error report carries the page's address; markup stays text and is escaped in the mail", async () => {
    const result = await reportError({
      ...w.base,
      actor: visitor(),
      input: message({
        subject: "<img src=x onerror=alert(1)>",
        pageUrl: "https://ngo.example/organizacje?x=1",
      }),
    });
    const [row] = await t.db.select().from(contactMessages).where(eq(contactMessages.id, result.messageId!));
    expect(row).toMatchObject({ kind: "error_report", pageUrl: "https://ngo.example/organizacje?x=1" });
    const mail = (await mailTo(t.db, w.coordinator.email)).at(-1);
    expect(mail?.html).not.toContain("<img src=x");
    expect(mail?.html).toContain("&lt;img src=x");
  });

  it("refuses bad input field by field, nothing stored", async () => {
    const before = (await t.db.select().from(contactMessages)).length;
    const error = await expectAppError(
      reportError({
        ...w.base,
        actor: visitor(),
        input: message({ email: "nie-adres", message: " ", pageUrl: "" }),
      }),
      "VALIDATION",
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["email", "message", "pageUrl"]);
    expect((await t.db.select().from(contactMessages)).length).toBe(before);
  });

  it("a filled honeypot is refused silently but audited: the sender sees success, nothing is stored or mailed", async () => {
    const mailsBefore = (await mailTo(t.db, w.coordinator.email)).length;
    const rowsBefore = (await t.db.select().from(contactMessages)).length;
    const result = await sendContactMessage({
      ...w.base,
      actor: visitor(),
      input: message({ homepage: "https://spam.example" }),
    });
    expect(result).toEqual({ accepted: true, messageId: null });
    expect((await t.db.select().from(contactMessages)).length).toBe(rowsBefore);
    expect((await mailTo(t.db, w.coordinator.email)).length).toBe(mailsBefore);
    const trapped = await t.db.select().from(auditLog).where(eq(auditLog.action, "contact.honeypot"));
    expect(trapped.at(-1)).toMatchObject({
      tenantId: w.tenant.id,
      after: { kind: "contact", honeypot: "https://spam.example" },
    });
  });

  it("limits messages per IP (both forms together); refused forms do not count; another IP may still write", async () => {
    const actor = visitor();
    for (let i = 0; i < CONTACT_LIMIT_PER_IP.max + 2; i++)
      await expectAppError(
        sendContactMessage({ ...w.base, actor, input: message({ email: "x" }) }),
        "VALIDATION",
      );
    for (let i = 0; i < CONTACT_LIMIT_PER_IP.max; i++) {
      const send = i % 2 ? sendContactMessage : reportError;
      await send({ ...w.base, actor, input: message({ pageUrl: "/" }) });
    }
    const refused = await expectAppError(
      sendContactMessage({ ...w.base, actor, input: message() }),
      "RATE_LIMITED",
    );
    expect(refused.details.retryAfterMinutes).toBeGreaterThan(0);
    // A bot hitting the honeypot still counts against its address.
    await expectAppError(
      sendContactMessage({ ...w.base, actor, input: message({ homepage: "x" }) }),
      "RATE_LIMITED",
    );
    await sendContactMessage({ ...w.base, actor: visitor(), input: message() });
    w.clock.advance(CONTACT_LIMIT_PER_IP.windowMs);
    await sendContactMessage({ ...w.base, actor, input: message() });
  });

  it("the coordinator lists the inbox and marks a message handled (once, audited); others may not", async () => {
    const { messageId } = await sendContactMessage({
      ...w.base,
      actor: visitor(),
      input: message({ subject: "Do załatwienia" }),
    });
    const staff = { ...w.base, actor: actorOf(w.coordinator), staffRoles: ["coordinator"] as const };
    const open = await listInbox({
      db: t.db,
      tenantId: w.tenant.id,
      staffRoles: ["coordinator"],
      show: "open",
    });
    expect(open.items.some((i) => i.id === messageId)).toBe(true);
    await expectAppError(markMessageHandled({ ...staff, staffRoles: ["officer"], messageId }), "FORBIDDEN");
    await markMessageHandled({ ...staff, messageId });
    await expectAppError(markMessageHandled({ ...staff, messageId }), "CONFLICT");
    await expectAppError(markMessageHandled({ ...staff, messageId: "x" }), "NOT_FOUND");
    const after = await listInbox({ db: t.db, tenantId: w.tenant.id, staffRoles: ["admin"], show: "open" });
    expect(after.items.some((i) => i.id === messageId)).toBe(false);
    const all = await listInbox({ db: t.db, tenantId: w.tenant.id, staffRoles: ["admin"], show: "all" });
    expect(all.items.find((i) => i.id === messageId)?.handledByName).toBe("Katarzyna Koordynatorska");
    const other = await createNewsWorld(t.db);
    const foreign = await listInbox({
      db: t.db,
      tenantId: other.tenant.id,
      staffRoles: ["admin"],
      show: "all",
    });
    expect(foreign.items).toEqual([]);
    await expectAppError(
      listInbox({ db: t.db, tenantId: w.tenant.id, staffRoles: ["officer"], show: "all" }),
      "FORBIDDEN",
    );
    expect(canOnInbox([], "inbox.view")).toBe(false);
    expect(canOnInbox(["coordinator"], "hasOwnProperty" as never)).toBe(false);
  });
});
