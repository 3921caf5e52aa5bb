import { eq } from "drizzle-orm";
import { RouterContextProvider } from "react-router";
import {
  createTestOrganization,
  createTestTenant,
  createTestUser,
} from "~/domain/organizations/testing/factories";
import { fixedClock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import { organizations } from "~/platform/db/schema/organizations";
import type { Services } from "~/platform/services.server";
import { preferencesContext, servicesContext, tenantContext, viewerContext } from "../../../lib/contexts";

/**
 * A small public NGO base for the route tests, with everything that must never leak: a pending and
 * a rejected registration, another tenant's organisation, an organisation hiding its contacts and
 * representatives, and names and phones a spreadsheet would read as formulas.
 */
export async function seedPortalFixture(db: Db) {
  const tenant = await createTestTenant(db, { name: "Gmina Miasto Częstochowa" });
  const other = await createTestTenant(db);
  const owner = await createTestUser(db);
  const add = (
    tenantId: string,
    status: "verified" | "pending" | "rejected",
    profile: Record<string, unknown>,
  ) => createTestOrganization(db, { tenantId, owner, status, profile });
  const ids = {
    open: await add(tenant.id, "verified", {
      name: "Fundacja Teatr Papahema",
      areas: ["culture"],
      opp: true,
      phone: "+48 34 370 70 00",
      email: "biuro@papahema.example.pl",
    }),
    hidden: await add(tenant.id, "verified", {
      name: "Stowarzyszenie Dyskretne",
      areas: ["culture"],
      email: "tajny@dyskretne.example.pl",
      phone: "+48 34 999 88 77",
      representatives: [{ name: "Jan Ukryty", function: "Prezes zarządu" }],
      hiddenFields: ["email", "phone", "representatives", "iban"],
    }),
    formula: await add(tenant.id, "verified", { name: "=HYPERLINK(1) Fundacja", areas: ["health"] }),
    pending: await add(tenant.id, "pending", { name: "Fundacja Czekająca", areas: ["culture"] }),
    rejected: await add(tenant.id, "rejected", { name: "Fundacja Odrzucona", areas: ["culture"] }),
    otherTenant: await add(other.id, "verified", { name: "Fundacja Z Innej Gminy", areas: ["culture"] }),
  };
  await db
    .update(organizations)
    .set({ verifiedAt: new Date("2026-02-01T10:00:00Z") })
    .where(eq(organizations.status, "verified"));
  return {
    tenant,
    ids,
    /** What no public page, API answer or download may contain. */
    secrets: [
      "Fundacja Czekająca",
      "Fundacja Odrzucona",
      "Fundacja Z Innej Gminy",
      "tajny@dyskretne",
      "999 88 77",
      "Jan Ukryty",
    ],
  };
}

/** The context a route's loader gets from the root middleware, for an anonymous visitor. */
export function routeContext(db: Db, tenant: Awaited<ReturnType<typeof seedPortalFixture>>["tenant"]) {
  const context = new RouterContextProvider();
  context.set(servicesContext, { db, clock: fixedClock("2026-03-02T09:00:00Z") } as unknown as Services);
  context.set(tenantContext, tenant);
  context.set(preferencesContext, { locale: "pl", fontScale: "normal", highContrast: false });
  context.set(viewerContext, {
    user: null,
    session: null,
    sessionToken: null,
    staffRoles: [],
    pendingSecondFactor: false,
  });
  return context;
}

/** Calls a route's loader as React Router would (the generated types are not needed here). */
export function callLoader<R>(
  loader: (args: never) => R,
  args: { url: string; params?: Record<string, string>; context: RouterContextProvider; method?: string },
): R {
  const request = new Request(`https://ngo.czestochowa.example${args.url}`, { method: args.method ?? "GET" });
  return loader({ request, params: args.params ?? {}, context: args.context } as never);
}
