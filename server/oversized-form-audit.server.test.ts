import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import express from "express";
import { RouterContextProvider } from "react-router";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildTenant, buildUser } from "~/domain/identity/test-factories";
import { createSession, SESSION_COOKIE } from "~/platform/auth/session.server";
import { fixedClock } from "~/platform/clock/clock";
import { auditLog } from "~/platform/db/schema/audit";
import { loadEnv } from "~/platform/env/env.server";
import { createLogger } from "~/platform/logging/logger.server";
import type { Services } from "~/platform/services.server";
import { useTestDatabase } from "~/test/db";
import { auditOversizedForm } from "./oversized-form-audit.server";
import { FORM_BODY_LIMIT, reactRouterHandler } from "./react-router-handler.server";

/*
 * A form over the limit (server/react-router-handler.server.ts) is refused before any route and
 * leaves an audit line in the tenant of the host, naming the signed-in person and the address.
 */
const NOW = "2026-11-24T23:40:00Z";

describe("auditOversizedForm", () => {
  const t = useTestDatabase();
  let base = "";
  let close: () => void = () => {};
  const audited: Promise<void>[] = [];

  beforeAll(async () => {
    const services = {
      env: loadEnv({ APP_MODE: "demo", LOG_LEVEL: "silent" }),
      db: t.db,
      database: t.database,
      clock: fixedClock(NOW),
      logger: createLogger("silent"),
      signingSecret: "x".repeat(32),
    } as unknown as Services;
    const app = express();
    app.use(
      reactRouterHandler({
        getLoadContext: () => new RouterContextProvider(),
        onOversizedBody: (req) => audited.push(auditOversizedForm(services, req)),
        handle: vi.fn(async () => new Response("route ran")),
      }),
    );
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it("writes who sent how much where, in the host's tenant", async () => {
    // The oldest tenant is the fallback for an unknown host: the line must not land there.
    await buildTenant(t.db);
    const tenant = await buildTenant(t.db, { hostnames: ["gmina.example.pl"] });
    const user = await buildUser(t.db, { email: "skarbnik@example.pl" });
    const { token } = await createSession(t.db, {
      userId: user.id,
      isStaff: false,
      now: new Date(NOW),
      ip: null,
      userAgent: null,
    });
    // node:http, since fetch will not send a Host header of its own.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const body = `opis=${"x".repeat(FORM_BODY_LIMIT)}`;
      const req = request(
        `${base}/panel/oferty/x/koszty`,
        {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "content-length": body.length,
            cookie: `${SESSION_COOKIE}=${token}`,
            host: "gmina.example.pl",
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    expect(status).toBe(413);
    await Promise.all(audited);
    const lines = await t.db.select().from(auditLog).where(eq(auditLog.action, "request.bodyTooLarge"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      tenantId: tenant.id,
      actorUserId: user.id,
      actorLabel: "skarbnik@example.pl",
      entityType: "request",
      after: { method: "POST", path: "/panel/oferty/x/koszty", declaredBytes: String(FORM_BODY_LIMIT + 5) },
    });
  });
});
