import { randomUUID } from "node:crypto";
import { RouterContextProvider } from "react-router";
import { describe, expect, it } from "vitest";
import {
  ApiCompetitionDetailSchema,
  ApiCompetitionListSchema,
  ApiErrorSchema,
} from "~/domain/competitions/api-schemas";
import {
  createCompetitionWorld,
  createDraft,
  createPublished,
} from "~/domain/competitions/testing/factories";
import { fixedClock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import type { Services } from "~/platform/services.server";
import { useTestDatabase } from "~/test/db";
import { loader as listLoader } from "../routes/api.v1.competitions";
import { loader as oneLoader } from "../routes/api.v1.competitions_.$id";
import { absoluteUrl, apiBadRequest, apiNotFound, apiOtherMethods } from "./api.server";
import { preferencesContext, servicesContext, tenantContext, viewerContext } from "./contexts";

/** A request context as the root middleware leaves it for a visitor of this tenant. */
function contextFor(db: Db, tenant: { id: string } & Record<string, unknown>) {
  const context = new RouterContextProvider();
  context.set(servicesContext, { db, clock: fixedClock("2026-03-25T09:00:00Z") } as unknown as Services);
  context.set(tenantContext, tenant as never);
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

async function call(
  loader: (args: never) => Promise<Response>,
  context: RouterContextProvider,
  url: string,
  params: Record<string, string> = {},
) {
  const request = new Request(`https://ngo.example${url}`);
  return loader({ request, params, context } as never);
}

describe("the API's HTTP helpers, shared by every /api/v1 endpoint", () => {
  it("answers problems as JSON in Polish, open to every origin and cacheable", async () => {
    const bad = apiBadRequest([{ parameter: "q", messageKey: 'form.tooLong|{"max":200}' }]);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("access-control-allow-origin")).toBe("*");
    expect(bad.headers.get("cache-control")).toBe("public, max-age=60");
    expect(bad.headers.get("set-cookie")).toBeNull();
    const body = ApiErrorSchema.parse(await bad.json());
    expect(body).toMatchObject({ error: "bad_request", message: "Nieprawidłowe parametry zapytania." });
    expect(body.issues?.[0]?.message).toContain("200");
    expect(body.issues?.[0]?.message).not.toMatch(/^form\./);
    expect(await apiNotFound("competition.api.notFound").json()).toEqual({
      error: "not_found",
      message: "Nie ma takiego opublikowanego konkursu.",
    });
    expect((await apiNotFound("portal.api.notFound").json()).message).toBe("Nie znaleziono organizacji.");
  });

  it("answers the CORS preflight, refuses writing and builds absolute links", async () => {
    const request = (method: string) => new Request("https://ngo.example/api/v1/competitions", { method });
    expect(apiOtherMethods({ request: request("OPTIONS") }).status).toBe(204);
    const post = apiOtherMethods({ request: request("POST") });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(absoluteUrl(request("GET"))).toBe("https://ngo.example/");
    expect(absoluteUrl(request("GET"), "/konkursy/1")).toBe("https://ngo.example/konkursy/1");
  });
});

describe("GET /api/v1/competitions", () => {
  const t = useTestDatabase();

  it("answers published competitions only, with CORS, caching and the Warsaw offset; never a draft", async () => {
    const world = await createCompetitionWorld(t.db);
    const published = await createPublished(t.db, world);
    const draft = await createDraft(t.db, world);
    const context = contextFor(t.db, world.tenant);
    const response = await call(listLoader, context, "/api/v1/competitions?status=open");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    const body = ApiCompetitionListSchema.parse(await response.json());
    expect(body.items.map((i) => i.id)).toEqual([published]);
    expect(body.items[0]?.deadline).toBe("2026-04-10T15:00:00+02:00");
    expect(body.items[0]?.url).toBe(`https://ngo.example/konkursy/${published}`);

    const one = await call(oneLoader, context, "", { id: published });
    expect(one.status).toBe(200);
    ApiCompetitionDetailSchema.parse(await one.json());
    for (const id of [draft, randomUUID(), "' or 1=1 --", "<script>"]) {
      const missing = await call(oneLoader, context, "", { id });
      expect(missing.status).toBe(404);
      expect(ApiErrorSchema.parse(await missing.json()).error).toBe("not_found");
    }
    const otherTenant = await createCompetitionWorld(t.db);
    const elsewhere = await call(oneLoader, contextFor(t.db, otherTenant.tenant), "", { id: published });
    expect(elsewhere.status).toBe(404);
  });

  it.each([
    "/api/v1/competitions?status=all",
    "/api/v1/competitions?page=0",
    "/api/v1/competitions?page=abc",
    "/api/v1/competitions?year=20x6",
    "/api/v1/competitions?area=%3Cscript%3E",
    `/api/v1/competitions?department=${"x".repeat(5000)}`,
  ])("answers %s with 400 and the parameter named, never 500", async (url) => {
    const world = await createCompetitionWorld(t.db);
    const response = await call(listLoader, contextFor(t.db, world.tenant), url);
    expect(response.status).toBe(400);
    const body = ApiErrorSchema.parse(await response.json());
    expect(body.error).toBe("bad_request");
    expect(body.issues?.length).toBeGreaterThan(0);
    expect(body.issues?.[0]?.message).not.toMatch(/^competition\.|^form\./);
  });
});
