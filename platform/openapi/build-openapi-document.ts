import { z } from "zod";

/**
 * Builds an OpenAPI 3.1 document from Zod schemas with Zod's own `z.toJSONSchema()` (JSON Schema
 * 2020-12 is OpenAPI 3.1's schema dialect). An API is a list of endpoints, each naming its query
 * and path parameters and its answers by schema, so adding an endpoint is adding one entry.
 */

export interface ApiResponseSpec {
  description: string;
  /** Must be one of the document's named schemas (see `schemas`), so it appears once, as a $ref. */
  schema: z.ZodType;
  /** Response headers worth documenting (name → description). */
  headers?: Record<string, string>;
}

export interface ApiEndpoint {
  /** The OpenAPI path, with parameters in braces: "/api/v1/organizations/{id}". */
  path: string;
  method: "get";
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  responses: { 200: ApiResponseSpec } & Record<number, ApiResponseSpec>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description?: string };
  servers?: { url: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
};

const COMPONENT_PREFIX = "#/components/schemas/";

/** Named schemas as OpenAPI components; references between them become $refs. */
function componentsOf(schemas: Record<string, z.ZodType>): Record<string, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, { uri: (id) => `${COMPONENT_PREFIX}${id}` });
  const out: Record<string, Record<string, unknown>> = {};
  for (const [id, schema] of Object.entries(generated)) {
    // A component is part of the document: no dialect or identifier of its own.
    const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
    out[id] = rest;
  }
  return out;
}

/** The properties of an object schema as OpenAPI parameters (query or path). */
function parametersOf(schema: z.ZodObject, place: "query" | "path") {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: place,
      required: place === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** The OpenAPI 3.1 document of the endpoints; every response schema must be among `schemas`. */
export function buildOpenApiDocument(options: {
  info: OpenApiDocument["info"];
  servers?: OpenApiDocument["servers"];
  schemas: Record<string, z.ZodType>;
  endpoints: readonly ApiEndpoint[];
}): OpenApiDocument {
  const names = new Map<z.ZodType, string>(Object.entries(options.schemas).map(([id, s]) => [s, id]));
  const paths: OpenApiDocument["paths"] = {};
  for (const endpoint of options.endpoints) {
    const responses: Record<string, unknown> = {};
    for (const [status, spec] of Object.entries(endpoint.responses)) {
      const name = names.get(spec.schema);
      if (!name) throw new Error(`${endpoint.operationId}: the ${status} response schema has no name`);
      responses[status] = {
        description: spec.description,
        ...(spec.headers
          ? {
              headers: Object.fromEntries(
                Object.entries(spec.headers).map(([h, d]) => [
                  h,
                  { description: d, schema: { type: "string" } },
                ]),
              ),
            }
          : {}),
        content: { "application/json": { schema: { $ref: `${COMPONENT_PREFIX}${name}` } } },
      };
    }
    const parameters = [
      ...(endpoint.pathParams ? parametersOf(endpoint.pathParams, "path") : []),
      ...(endpoint.query ? parametersOf(endpoint.query, "query") : []),
    ];
    paths[endpoint.path] = {
      ...paths[endpoint.path],
      [endpoint.method]: {
        operationId: endpoint.operationId,
        summary: endpoint.summary,
        ...(endpoint.description ? { description: endpoint.description } : {}),
        ...(endpoint.tags ? { tags: endpoint.tags } : {}),
        ...(parameters.length ? { parameters } : {}),
        responses,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: options.info,
    ...(options.servers ? { servers: options.servers } : {}),
    paths,
    components: { schemas: componentsOf(options.schemas) },
  };
}
