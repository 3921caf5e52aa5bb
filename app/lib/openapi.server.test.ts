import { randomUUID } from "node:crypto";
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  createCompetitionWorld,
  createDraft,
  createPublished,
} from "~/domain/competitions/testing/factories";
import { createEvent } from "~/domain/events/create-event";
import { events } from "~/platform/db/schema/events";
import { openApiProblems } from "~/platform/openapi/openapi-problems";
import { useTestDatabase } from "~/test/db";
import { callLoader, routeContext, seedPortalFixture } from "../components/portal/testing/portal-fixture";
import { loader as competitionsLoader } from "../routes/api.v1.competitions";
import { loader as competitionLoader } from "../routes/api.v1.competitions_.$id";
import { loader as resultsLoader } from "../routes/api.v1.competitions_.$id_.results";
import { loader as eventsLoader } from "../routes/api.v1.events";
import { loader as grantsLoader } from "../routes/api.v1.grants";
import { loader as newsLoader } from "../routes/api.v1.news";
import { loader as openApiLoader } from "../routes/api.v1.openapi[.]json";
import { action as listAction, loader as listLoader } from "../routes/api.v1.organizations";
import { loader as oneLoader } from "../routes/api.v1.organizations_.$id";
import { API_ENDPOINTS, API_SCHEMAS, openApiDocument } from "./openapi.server";

type Fixture = Awaited<ReturnType<typeof seedPortalFixture>>;

describe("open-data API and its OpenAPI document", () => {
  const t = useTestDatabase();
  let f: Fixture;
  let world: Awaited<ReturnType<typeof createCompetitionWorld>>;
  const competitionIds = { published: "", draft: "", otherTenant: "" };
  const context = () => routeContext(t.db, f.tenant);
  /** The competitions live in a tenant of their own (with departments and legal bases). */
  const competitionContext = () => routeContext(t.db, world.tenant as Fixture["tenant"]);

  beforeAll(async () => {
    f = await seedPortalFixture(t.db);
    world = await createCompetitionWorld(t.db);
    competitionIds.published = await createPublished(t.db, world);
    competitionIds.draft = await createDraft(t.db, world);
    competitionIds.otherTenant = await createPublished(t.db, await createCompetitionWorld(t.db));
    await createEvent({
      db: t.db,
      tenantId: world.tenant.id,
      actor: world.coordinator.actor,
      staffRoles: ["coordinator"],
      clock: { now: () => new Date("2026-03-02T09:00:00Z") },
      input: {
        category: "training",
        title: "Szkolenie: jak rozliczyć dotację",
        startsAt: "2026-04-02 10:00",
        endsAt: "2026-04-02 14:00",
        capacity: "20",
      },
    });
    // An organisation's event still waiting for moderation: never in the API.
    await t.db.insert(events).values({
      tenantId: world.tenant.id,
      category: "organization",
      title: "Wydarzenie-niezatwierdzone-XYZ",
      startsAt: new Date("2026-04-03T10:00:00Z"),
      endsAt: new Date("2026-04-03T12:00:00Z"),
      status: "pending",
    });
  });

  /**
   * Sample calls of every endpoint in the registry, each with the status it must answer. An
   * endpoint added to the registry without samples here fails the test below.
   */
  const samples: Record<string, () => { url: string; params?: Record<string, string>; status: number }[]> = {
    "/api/v1/organizations": () => [
      { url: "/api/v1/organizations", status: 200 },
      { url: "/api/v1/organizations?q=papahema&area=culture&opp=true&sort=newest", status: 200 },
      { url: "/api/v1/organizations?pageSize=100000", status: 200 },
      { url: `/api/v1/organizations?q=${"x".repeat(10_000)}`, status: 400 },
      { url: "/api/v1/organizations?area=%3Cscript%3Ealert(1)%3C/script%3E", status: 400 },
      { url: "/api/v1/organizations?page=-1", status: 400 },
      { url: "/api/v1/organizations?page=abc&legalForm=spółka", status: 400 },
    ],
    "/api/v1/organizations/{id}": () => [
      { url: "", params: { id: f.ids.open }, status: 200 },
      { url: "", params: { id: f.ids.hidden }, status: 200 },
      { url: "", params: { id: f.ids.pending }, status: 404 },
      { url: "", params: { id: f.ids.rejected }, status: 404 },
      { url: "", params: { id: f.ids.otherTenant }, status: 404 },
      { url: "", params: { id: randomUUID() }, status: 404 },
      { url: "", params: { id: "' or 1=1 --" }, status: 404 },
    ],
    "/api/v1/competitions": () => [
      { url: "/api/v1/competitions", status: 200 },
      {
        url: "/api/v1/competitions?status=open&area=social_assistance&department=wps&year=2026",
        status: 200,
      },
      { url: "/api/v1/competitions?page=500", status: 200 },
      { url: "/api/v1/competitions?status=all", status: 400 },
      { url: "/api/v1/competitions?page=abc", status: 400 },
      { url: "/api/v1/competitions?area=%3Cscript%3Ealert(1)%3C/script%3E", status: 400 },
      { url: `/api/v1/competitions?department=${"x".repeat(10_000)}`, status: 400 },
    ],
    "/api/v1/competitions/{id}": () => [
      { url: "", params: { id: competitionIds.published }, status: 200 },
      { url: "", params: { id: competitionIds.draft }, status: 404 },
      { url: "", params: { id: competitionIds.otherTenant }, status: 404 },
      { url: "", params: { id: randomUUID() }, status: 404 },
      { url: "", params: { id: "' or 1=1 --" }, status: 404 },
    ],
    // Results: the 200 answer is checked against its schema in app/lib/results/results-routes.test.ts.
    "/api/v1/competitions/{id}/results": () => [
      { url: "", params: { id: competitionIds.published }, status: 404 },
      { url: "", params: { id: competitionIds.draft }, status: 404 },
      { url: "", params: { id: competitionIds.otherTenant }, status: 404 },
      { url: "", params: { id: "' or 1=1 --" }, status: 404 },
    ],
    "/api/v1/grants": () => [
      { url: "/api/v1/grants", status: 200 },
      { url: "/api/v1/grants?year=2026&page=500&pageSize=100000", status: 200 },
      { url: "/api/v1/grants?year=abc", status: 400 },
      { url: "/api/v1/grants?pageSize=0", status: 400 },
      { url: "/api/v1/grants?page=%3Cscript%3Ealert(1)%3C/script%3E", status: 400 },
    ],
    "/api/v1/news": () => [
      { url: "/api/v1/news", status: 200 },
      { url: "/api/v1/news?page=3&pageSize=100000", status: 200 },
      { url: "/api/v1/news?page=abc", status: 400 },
      { url: "/api/v1/news?pageSize=0", status: 400 },
      { url: "/api/v1/news?page=%3Cscript%3Ealert(1)%3C/script%3E", status: 400 },
    ],
    "/api/v1/events": () => [
      { url: "/api/v1/events", status: 200 },
      { url: "/api/v1/events?from=2026-04-01&to=2026-05-01", status: 200 },
      { url: "/api/v1/events?from=2026-04-01&to=2026-05-01&category=deadline", status: 200 },
      { url: "/api/v1/events?from=2026-05-01&to=2026-04-01", status: 400 },
      { url: "/api/v1/events?from=2026-01-01&to=2028-01-01", status: 400 },
      { url: "/api/v1/events?from=2026-13-45", status: 400 },
      { url: "/api/v1/events?category=%3Cscript%3E", status: 400 },
      { url: `/api/v1/events?from=${"x".repeat(10_000)}`, status: 400 },
    ],
  };
  const loaders: Record<string, (args: never) => Promise<Response>> = {
    "/api/v1/organizations": listLoader,
    "/api/v1/organizations/{id}": oneLoader,
    "/api/v1/competitions": competitionsLoader,
    "/api/v1/competitions/{id}": competitionLoader,
    "/api/v1/competitions/{id}/results": resultsLoader,
    "/api/v1/grants": grantsLoader,
    "/api/v1/news": newsLoader,
    "/api/v1/events": eventsLoader,
  };
  const contexts: Record<string, () => ReturnType<typeof routeContext>> = {
    "/api/v1/competitions": competitionContext,
    "/api/v1/competitions/{id}": competitionContext,
    "/api/v1/events": competitionContext,
    "/api/v1/competitions/{id}/results": competitionContext,
    "/api/v1/grants": competitionContext,
  };

  it("is a valid OpenAPI 3.1 document: every path answers 200 with a schema, every $ref resolves", async () => {
    const response = await callLoader(openApiLoader, { url: "/api/v1/openapi.json", context: context() });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const doc = await response.json();
    expect(openApiProblems(doc)).toEqual([]);
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toContain("Gmina Miasto Częstochowa");
    expect(doc.servers).toEqual([{ url: "https://ngo.czestochowa.example" }]);
    expect(Object.keys(doc.paths).sort()).toEqual(API_ENDPOINTS.map((e) => e.path).sort());
    expect(Object.keys(doc.components.schemas).sort()).toEqual(Object.keys(API_SCHEMAS).sort());
    const list = doc.paths["/api/v1/organizations"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual([
      "q",
      "area",
      "district",
      "legalForm",
      "opp",
      "sort",
      "page",
      "pageSize",
    ]);
    expect(list.parameters.find((p: { name: string }) => p.name === "area").schema.enum).toContain("culture");
    const competitions = doc.paths["/api/v1/competitions"].get;
    expect(
      competitions.parameters.map((p: { name: string; description?: string }) => [p.name, !!p.description]),
    ).toEqual([
      ["status", true],
      ["area", true],
      ["department", true],
      ["year", true],
      ["page", true],
    ]);
    expect(doc.paths["/api/v1/competitions/{id}"].get.parameters[0]).toMatchObject({
      name: "id",
      in: "path",
    });
    expect(openApiDocument({ origin: "https://x.example", tenantName: "X" }).paths).toEqual(doc.paths);
    // And by an independent validator of the OpenAPI 3.1 schema, not only by our own checks.
    const validation = await new Validator().validate(doc);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
  });

  it("answers every endpoint as its schema says, for good and for hostile requests", async () => {
    expect(Object.keys(samples).sort()).toEqual(API_ENDPOINTS.map((e) => e.path).sort());
    for (const endpoint of API_ENDPOINTS) {
      const loader = loaders[endpoint.path];
      expect(loader, endpoint.path).toBeDefined();
      for (const sample of samples[endpoint.path]?.() ?? []) {
        const response = await callLoader(loader!, {
          url: sample.url || "/api/v1/x",
          params: sample.params,
          context: (contexts[endpoint.path] ?? context)(),
        });
        const where = `${endpoint.path} ${sample.url} ${JSON.stringify(sample.params ?? {})}`;
        expect(response.status, where).toBe(sample.status);
        const spec = endpoint.responses[response.status];
        expect(spec, `${where}: status ${response.status} not documented`).toBeDefined();
        const text = await response.text();
        const parsed = (spec!.schema as z.ZodType).safeParse(JSON.parse(text));
        expect(parsed.error?.issues ?? [], where).toEqual([]);
        expect(response.headers.get("content-type")).toContain("application/json");
        expect(response.headers.get("access-control-allow-origin")).toBe("*");
        expect(response.headers.get("cache-control")).toBe("public, max-age=60");
        for (const secret of f.secrets) expect(text, where).not.toContain(secret);
      }
    }
  });

  it("lists published events and derived deadlines, never pending events", async () => {
    const response = await callLoader(eventsLoader, {
      url: "/api/v1/events?from=2026-04-01&to=2026-05-01",
      context: competitionContext(),
    });
    const text = await response.text();
    expect(text).not.toContain("Wydarzenie-niezatwierdzone-XYZ");
    const body = JSON.parse(text);
    expect(body.items.map((e: { category: string }) => e.category)).toEqual(["training", "deadline"]);
    expect(body.items[1].url).toContain(`/konkursy/${competitionIds.published}`);
  });

  it("lists only verified organisations of the tenant, caps the page size and hides what is hidden", async () => {
    const all = await (
      await callLoader(listLoader, { url: "/api/v1/organizations?pageSize=100000", context: context() })
    ).json();
    expect(all.pageSize).toBe(100);
    expect(all.items.map((o: { name: string }) => o.name).sort()).toEqual([
      "=HYPERLINK(1) Fundacja",
      "Fundacja Teatr Papahema",
      "Stowarzyszenie Dyskretne",
    ]);
    expect(all.items[0].profileUrl).toMatch(
      /^https:\/\/ngo\.czestochowa\.example\/organizacje\/[0-9a-f-]{36}$/,
    );
    const hidden = await (
      await callLoader(oneLoader, { url: "/api/v1/x", params: { id: f.ids.hidden }, context: context() })
    ).json();
    expect(hidden).toMatchObject({ email: null, phone: null, iban: null, representatives: null });
    const bad = await (
      await callLoader(listLoader, { url: "/api/v1/organizations?page=abc", context: context() })
    ).json();
    expect(bad).toEqual({
      error: "bad_request",
      message: "Nieprawidłowe parametry zapytania.",
      issues: [{ parameter: "page", message: "Nieprawidłowa wartość." }],
    });
  });

  it("answers the CORS preflight and refuses other methods", async () => {
    const request = (method: string) => new Request("https://x.example/api/v1/organizations", { method });
    const preflight = listAction({ request: request("OPTIONS") });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    const post = listAction({ request: request("POST") });
    expect(post.status).toBe(405);
    expect(API_SCHEMAS.Error.parse(await post.json()).error).toBe("method_not_allowed");
  });
});
