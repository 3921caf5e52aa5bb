import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { auditLog } from "../db/schema/audit";
import { auditPath, requestActor, SYSTEM_ACTOR, writeAudit } from "./write-audit.server";

describe("audit log", () => {
  const t = useTestDatabase();

  it("appends an entry with before and after", async () => {
    await writeAudit(t.db, {
      tenantId: null,
      actor: SYSTEM_ACTOR,
      entityType: "test",
      entityId: "1",
      action: "changed",
      before: { a: 1 },
      after: { a: 2 },
    });
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityType, "test"));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.before).toEqual({ a: 1 });
    expect(rows[0]?.after).toEqual({ a: 2 });
  });

  it("refuses updates and deletes", async () => {
    await expect(t.db.update(auditLog).set({ action: "forged" })).rejects.toThrow();
    await expect(t.db.delete(auditLog)).rejects.toThrow();
  });

  it("rolls back with the change it records", async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await writeAudit(tx, {
          tenantId: null,
          actor: SYSTEM_ACTOR,
          entityType: "rb",
          entityId: null,
          action: "x",
        });
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityType, "rb"));
    expect(rows).toHaveLength(0);
  });
});

describe("a request's audit line", () => {
  it("masks secrets in links (reset, invitation, verification tokens) but keeps ids", () => {
    const token = "Zx9_-".repeat(8);
    expect(auditPath(`/haslo/nowe/${token}`)).toBe("/haslo/nowe/[token]");
    expect(auditPath("/panel/oferty/a526857d-f407-4056-89ee-344bff62ed38/koszty")).toBe(
      "/panel/oferty/a526857d-f407-4056-89ee-344bff62ed38/koszty",
    );
    expect(auditPath(`/${"a/".repeat(150)}`)).toHaveLength(200);
  });

  it("names the signed-in person, or anonymous, with the IP", () => {
    expect(requestActor({ id: "u1", email: "skarbnik@example.pl" }, "10.0.0.1")).toEqual({
      userId: "u1",
      label: "skarbnik@example.pl",
      ip: "10.0.0.1",
    });
    expect(requestActor(null, null)).toEqual({ userId: null, label: "anonymous", ip: null });
  });
});
