import { and, eq } from "drizzle-orm";
import { RouterContextProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { logIn } from "~/domain/identity/log-in";
import { buildTenant, buildUser, depsFor, TEST_PASSWORD } from "~/domain/identity/test-factories";
import { LOGIN_LIMIT_PER_ACCOUNT, LOGIN_LIMIT_PER_IP } from "~/platform/auth/rules";
import { type Clock, fixedClock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import { auditLog } from "~/platform/db/schema/audit";
import { loadEnv } from "~/platform/env/env.server";
import { isAppError } from "~/platform/errors/app-error";
import { createLogger } from "~/platform/logging/logger.server";
import type { Services } from "~/platform/services.server";
import type { Tenant } from "~/platform/tenancy/resolve-tenant.server";
import { useTestDatabase } from "~/test/db";
import { catalogs } from "../../i18n/catalog";
import { action as loginAction } from "../../routes/logowanie._index";
import {
  preferencesContext,
  requestInfoContext,
  servicesContext,
  tenantContext,
  viewerContext,
} from "../contexts";
import { settle } from "../fuzz/hostile";
import { translateError } from "../shell";

/*
 * Login abuse (issue 7): 200 wrong passwords in about five seconds, at one account from many
 * addresses and at many accounts from one address. The limits engage at the numbers of the rules
 * (read here, never repeated), nothing answers 5xx, the right password is refused while locked
 * with the Polish message, works again once the window has passed, and every lock-out is audited.
 */

const ATTEMPTS = 200;
const BURST_MS = 5_000;
/** The start of a fixed window of both rules (their windows are whole minutes). */
const START = "2026-03-02T10:00:00Z";
const windowEnd = (rule: { windowMs: number }) =>
  new Date(Math.ceil((Date.parse(START) + 1) / rule.windowMs) * rule.windowMs);

const pl = (key: string) =>
  translateError((k, params) => {
    let text: string = (catalogs.pl as Record<string, string>)[k] ?? k;
    for (const [name, value] of Object.entries(params ?? {})) text = text.replace(`{${name}}`, String(value));
    return text;
  }, key);

/** Every attempt's outcome: "ok", the AppError code, or "crash" for anything else (a 5xx). */
async function outcome(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return "ok";
  } catch (error) {
    return isAppError(error) && error.status < 500 ? error.code : "crash";
  }
}

function tally(outcomes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}

async function lockoutsAudited(db: Db, tenantId: string) {
  const rows = await db
    .select({ after: auditLog.after, entityId: auditLog.entityId })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, "user.login_failed")));
  return rows.filter((r) => (r.after as { reason?: string } | null)?.reason === "rate_limited");
}

describe("login abuse", () => {
  const t = useTestDatabase();
  const base = { userAgent: "abuse" };
  /** A clock at the i-th of the burst's attempts, spread evenly over five seconds. */
  const burstClock = (i: number): Clock =>
    fixedClock(new Date(Date.parse(START) + (i * BURST_MS) / ATTEMPTS));

  it("locks one account attacked from many addresses at the account limit, until its window ends", async () => {
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db, { email: "cel@example.pl" });
    // Few enough attempts per address that only the account limit can engage.
    const addresses = Math.ceil(ATTEMPTS / (LOGIN_LIMIT_PER_IP.max - 1)) + 4;
    const outcomes = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        outcome(
          logIn({
            ...depsFor(t.db, tenant, burstClock(i), `203.0.113.${1 + (i % addresses)}`),
            ...base,
            email: user.email,
            password: `zgadywane hasło ${i}`,
          }),
        ),
      ),
    );
    expect(tally(outcomes)).toEqual({
      VALIDATION: LOGIN_LIMIT_PER_ACCOUNT.max,
      RATE_LIMITED: ATTEMPTS - LOGIN_LIMIT_PER_ACCOUNT.max,
    });

    const late = fixedClock(new Date(Date.parse(START) + BURST_MS));
    const fresh = depsFor(t.db, tenant, late, "198.51.100.77");
    const refused = await logIn({ ...fresh, ...base, email: user.email, password: TEST_PASSWORD }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(refused) && refused.code).toBe("RATE_LIMITED");
    const message = isAppError(refused) ? pl(refused.messageKey) : "";
    expect(message).toMatch(/^Zbyt wiele prób\. Spróbuj ponownie za \d+ min\.$/);

    const audited = await lockoutsAudited(t.db, tenant.id);
    expect(audited).toHaveLength(ATTEMPTS - LOGIN_LIMIT_PER_ACCOUNT.max + 1);
    expect(audited.every((r) => (r.after as { email?: string }).email === user.email)).toBe(true);

    late.set(windowEnd(LOGIN_LIMIT_PER_ACCOUNT));
    await expect(
      logIn({ ...fresh, ...base, email: user.email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ userId: user.id });
  });

  it("locks one address attacking many accounts at the address limit, other addresses unaffected", async () => {
    const tenant = await buildTenant(t.db);
    // Few enough attempts per account that only the address limit can engage (one spare each).
    const accounts = Math.ceil(ATTEMPTS / (LOGIN_LIMIT_PER_ACCOUNT.max - 2));
    const users: Awaited<ReturnType<typeof buildUser>>[] = [];
    for (let i = 0; i < accounts; i++) users.push(await buildUser(t.db, { email: `konto${i}@example.pl` }));
    const ip = "192.0.2.66";
    const outcomes = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        outcome(
          logIn({
            ...depsFor(t.db, tenant, burstClock(i), ip),
            ...base,
            email: users[i % accounts]?.email ?? "",
            password: "nie to hasło",
          }),
        ),
      ),
    );
    expect(tally(outcomes)).toEqual({
      VALIDATION: LOGIN_LIMIT_PER_IP.max,
      RATE_LIMITED: ATTEMPTS - LOGIN_LIMIT_PER_IP.max,
    });
    const victim = users[0]!;
    const late = fixedClock(new Date(Date.parse(START) + BURST_MS));
    const fromAttacker = depsFor(t.db, tenant, late, ip);
    const refused = await logIn({
      ...fromAttacker,
      ...base,
      email: victim.email,
      password: TEST_PASSWORD,
    }).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe("RATE_LIMITED");
    expect(await lockoutsAudited(t.db, tenant.id)).toHaveLength(ATTEMPTS - LOGIN_LIMIT_PER_IP.max + 1);
    // The victim from their own address is not locked out by someone else's address.
    await expect(
      logIn({
        ...depsFor(t.db, tenant, late, "192.0.2.67"),
        ...base,
        email: victim.email,
        password: TEST_PASSWORD,
      }),
    ).resolves.toMatchObject({ userId: victim.id });

    late.set(windowEnd(LOGIN_LIMIT_PER_IP));
    await expect(
      logIn({ ...fromAttacker, ...base, email: users[1]!.email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ userId: users[1]!.id });
  });

  it("through the login page's action: 4xx only, the Polish refusal, and the way back after the window", async () => {
    const tenant = (await buildTenant(t.db)) as Tenant;
    const user = await buildUser(t.db, { email: "strona@example.pl" });
    const clock = fixedClock(START);
    const services = {
      env: loadEnv({ APP_MODE: "demo", LOG_LEVEL: "silent" }),
      db: t.db,
      database: null,
      clock,
      logger: createLogger("silent"),
      signingSecret: "x".repeat(32),
    } as unknown as Services;
    const post = (password: string, ip: string) => {
      const context = new RouterContextProvider();
      context.set(servicesContext, services);
      context.set(tenantContext, tenant);
      context.set(preferencesContext, { locale: "pl", fontScale: "normal", highContrast: false });
      context.set(requestInfoContext, {
        requestId: "r",
        ip,
        userAgent: "abuse",
        csrfSeed: "",
        csrfToken: "",
      });
      context.set(viewerContext, {
        user: null,
        session: null,
        sessionToken: null,
        staffRoles: [],
        pendingSecondFactor: false,
      });
      const body = new URLSearchParams({ email: user.email, password, returnTo: "/" });
      const request = new Request("https://ngo.example/logowanie", { method: "POST", body });
      return settle(loginAction({ request, context, params: {} } as never));
    };

    const burst = LOGIN_LIMIT_PER_ACCOUNT.max + 15;
    const answers = [];
    for (let i = 0; i < burst; i++) {
      clock.set(new Date(Date.parse(START) + (i * BURST_MS) / burst));
      answers.push(await post(`złe hasło ${i}`, `203.0.113.${1 + (i % 5)}`));
    }
    const statuses = answers.map((a) => a.status);
    expect(Math.max(...statuses)).toBeLessThan(500);
    expect(statuses.filter((s) => s === 429)).toHaveLength(burst - LOGIN_LIMIT_PER_ACCOUNT.max);
    expect(statuses.slice(0, LOGIN_LIMIT_PER_ACCOUNT.max).every((s) => s === 422 || s === 400)).toBe(true);

    const locked = await post(TEST_PASSWORD, "198.51.100.9");
    expect(locked.status).toBe(429);
    const messageKey = (locked.data as { messageKey?: string }).messageKey ?? "";
    expect(pl(messageKey)).toMatch(/^Zbyt wiele prób\. Spróbuj ponownie za \d+ min\.$/);
    expect(JSON.stringify(locked.data)).not.toContain(TEST_PASSWORD);
    expect(await lockoutsAudited(t.db, tenant.id)).toHaveLength(burst - LOGIN_LIMIT_PER_ACCOUNT.max + 1);

    clock.set(windowEnd(LOGIN_LIMIT_PER_ACCOUNT));
    const back = await post(TEST_PASSWORD, "198.51.100.9");
    expect(back.status).toBe(302);
    expect(back.location).toBe("/");
  });
});
