import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiEndpoint, buildOpenApiDocument } from "./build-openapi-document";
import { openApiProblems } from "./openapi-problems";

const Item = z.strictObject({ id: z.uuid(), name: z.string(), tags: z.array(z.enum(["a", "b"])) });
const ItemList = z.strictObject({ items: z.array(Item), total: z.number().int() });
const Problem = z.strictObject({ error: z.string(), message: z.string() });

const endpoints: ApiEndpoint[] = [
  {
    path: "/items",
    method: "get",
    operationId: "listItems",
    summary: "Items",
    query: z.object({
      q: z.string().max(10).optional().describe("Text"),
      page: z.coerce.number().int().min(1).default(1),
      flag: z
        .enum(["true", "false"])
        .transform((v) => v === "true")
        .optional(),
    }),
    responses: {
      200: { description: "A page", schema: ItemList, headers: { "Cache-Control": "public" } },
      400: { description: "Bad", schema: Problem },
    },
  },
  {
    path: "/items/{id}",
    method: "get",
    operationId: "getItem",
    summary: "One item",
    pathParams: z.object({ id: z.uuid() }),
    responses: {
      200: { description: "The item", schema: Item },
      404: { description: "No", schema: Problem },
    },
  },
];

describe("OpenAPI document from Zod schemas", () => {
  const doc = buildOpenApiDocument({
    info: { title: "Test", version: "1" },
    schemas: { Item, ItemList, Problem },
    endpoints,
  });

  it("is a well-formed OpenAPI 3.1 document whose references resolve", () => {
    expect(openApiProblems(doc)).toEqual([]);
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.schemas.ItemList).toMatchObject({
      type: "object",
      properties: { items: { type: "array", items: { $ref: "#/components/schemas/Item" } } },
      additionalProperties: false,
    });
    expect(doc.components.schemas.Item).not.toHaveProperty("$schema");
  });

  it("turns the query and path schemas into parameters with their constraints", () => {
    const list = doc.paths["/items"]?.get as { parameters: unknown[] };
    expect(list.parameters).toEqual([
      {
        name: "q",
        in: "query",
        required: false,
        description: "Text",
        schema: { type: "string", maxLength: 10 },
      },
      {
        name: "page",
        in: "query",
        required: false,
        schema: { type: "integer", minimum: 1, default: 1, maximum: expect.any(Number) },
      },
      { name: "flag", in: "query", required: false, schema: { type: "string", enum: ["true", "false"] } },
    ]);
    const one = doc.paths["/items/{id}"]?.get as {
      parameters: { name: string; in: string; required: boolean }[];
    };
    expect(one.parameters[0]).toMatchObject({ name: "id", in: "path", required: true });
  });

  it("refuses a response schema without a name", () => {
    expect(() =>
      buildOpenApiDocument({
        info: { title: "T", version: "1" },
        schemas: {},
        endpoints: [endpoints[1]!],
      }),
    ).toThrow(/no name/);
  });

  it("finds what is wrong in a broken document", () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test breaks a deep copy in several places
    const broken = structuredClone(doc) as unknown as Record<string, any>;
    broken.openapi = "3.0.0";
    delete broken.paths["/items"].get.responses["200"];
    broken.paths["/items/{id}"].get.parameters = [];
    broken.components.schemas.ItemList.properties.items.items.$ref = "#/components/schemas/Nope";
    expect(openApiProblems(broken)).toEqual([
      "openapi is 3.0.0, expected 3.1.0",
      "GET /items: no 200 response",
      "GET /items: 200 has no JSON schema",
      "GET /items/{id}: path parameter {id} not declared",
      "#/components/schemas/ItemList/properties/items/items: $ref #/components/schemas/Nope does not resolve",
    ]);
  });
});
