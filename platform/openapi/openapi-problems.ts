import type { OpenApiDocument } from "./build-openapi-document";

/**
 * The structural rules of an OpenAPI 3.1 document that our generator must keep (a small checker,
 * so the tests need no validator package): returns what is wrong, an empty list when all is well.
 */

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const PLACES = ["query", "path", "header", "cookie"];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every "$ref" in a JSON value, with where it was found. */
function refsIn(value: unknown, at: string, out: { ref: string; at: string }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      refsIn(v, `${at}/${i}`, out);
    });
  } else if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (key === "$ref" && typeof v === "string") out.push({ ref: v, at });
      else refsIn(v, `${at}/${key}`, out);
    }
  }
  return out;
}

function resolve(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), doc);
}

function operationProblems(path: string, method: string, op: unknown, seenIds: Set<string>): string[] {
  const where = `${method.toUpperCase()} ${path}`;
  if (!isObject(op)) return [`${where}: not an object`];
  const problems: string[] = [];
  if (typeof op.operationId !== "string" || !op.operationId) problems.push(`${where}: no operationId`);
  else if (seenIds.has(op.operationId)) problems.push(`${where}: duplicate operationId ${op.operationId}`);
  else seenIds.add(op.operationId);
  const ok = isObject(op.responses) ? op.responses["200"] : undefined;
  const content = isObject(ok) && isObject(ok.content) ? ok.content["application/json"] : undefined;
  if (!isObject(ok) || typeof ok.description !== "string") problems.push(`${where}: no 200 response`);
  if (!isObject(content) || !isObject(content.schema)) problems.push(`${where}: 200 has no JSON schema`);
  const parameters = Array.isArray(op.parameters) ? op.parameters : [];
  const declared = new Set<string>();
  for (const p of parameters) {
    if (!isObject(p) || typeof p.name !== "string" || !PLACES.includes(String(p.in)) || !isObject(p.schema)) {
      problems.push(`${where}: malformed parameter ${JSON.stringify(p)}`);
      continue;
    }
    const key = `${p.in}:${p.name}`;
    if (declared.has(key)) problems.push(`${where}: parameter ${key} declared twice`);
    declared.add(key);
    if (p.in === "path" && p.required !== true)
      problems.push(`${where}: path parameter ${p.name} not required`);
  }
  const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  for (const name of templated) {
    if (!declared.has(`path:${name}`)) problems.push(`${where}: path parameter {${name}} not declared`);
  }
  for (const key of declared) {
    if (key.startsWith("path:") && !templated.includes(key.slice(5)))
      problems.push(`${where}: ${key} not in the path`);
  }
  return problems;
}

/** What is wrong with the document (empty when it is a well-formed OpenAPI 3.1 document). */
export function openApiProblems(doc: OpenApiDocument | Json): string[] {
  const d = doc as Json;
  const problems: string[] = [];
  if (d.openapi !== "3.1.0") problems.push(`openapi is ${String(d.openapi)}, expected 3.1.0`);
  const info = d.info;
  if (!isObject(info) || typeof info.title !== "string" || !info.title || typeof info.version !== "string")
    problems.push("info needs a title and a version");
  if (!isObject(d.paths) || Object.keys(d.paths).length === 0) problems.push("no paths");
  const seenIds = new Set<string>();
  for (const [path, item] of Object.entries(isObject(d.paths) ? d.paths : {})) {
    if (!path.startsWith("/")) problems.push(`path ${path} must start with /`);
    const methods = isObject(item) ? Object.keys(item).filter((k) => METHODS.includes(k)) : [];
    if (methods.length === 0) problems.push(`${path}: no operations`);
    for (const method of methods) {
      problems.push(...operationProblems(path, method, (item as Json)[method], seenIds));
    }
  }
  const components = isObject(d.components) && isObject(d.components.schemas) ? d.components.schemas : {};
  for (const [name, schema] of Object.entries(components)) {
    if (!isObject(schema)) problems.push(`component ${name} is not a schema`);
    else if ("$schema" in schema || "$id" in schema)
      problems.push(`component ${name} has its own $schema/$id`);
  }
  for (const { ref, at } of refsIn(d, "#")) {
    if (!ref.startsWith("#/components/schemas/")) problems.push(`${at}: $ref ${ref} outside components`);
    else if (!isObject(resolve(d, ref))) problems.push(`${at}: $ref ${ref} does not resolve`);
  }
  return problems;
}
