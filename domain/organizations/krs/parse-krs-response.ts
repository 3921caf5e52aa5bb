import { KrsExtractSchema } from "./krs-extract";
import type { KrsLookup } from "./krs-registry";

/** An HTTP answer as a client sees it: status, content type and the raw body text. */
export interface RawKrsResponse {
  status: number;
  contentType: string | null;
  body: string;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/**
 * Reads an answer of the KRS API the way a careful client must: 200 with the extract's JSON is a
 * hit; 404 with RFC 7807 problem JSON means no such entity in that register; an HTML page (the
 * service's maintenance notice, whatever its status) or anything unexpected means "unavailable",
 * never a crash.
 */
export function parseKrsResponse(response: RawKrsResponse): KrsLookup {
  const type = (response.contentType ?? "").toLowerCase();
  const looksHtml = type.includes("text/html") || /^\s*<(!doctype|html)/i.test(response.body);
  if (looksHtml) return { kind: "unavailable", reason: "maintenance" };
  const json = parseJson(response.body);
  if (response.status === 404 && json !== undefined) return { kind: "not-found" };
  if (response.status >= 500) return { kind: "unavailable", reason: "server-error" };
  if (response.status !== 200 || json === undefined)
    return { kind: "unavailable", reason: "unexpected-answer" };
  const extract = KrsExtractSchema.safeParse(json);
  if (!extract.success) return { kind: "unavailable", reason: "unexpected-answer" };
  return { kind: "found", extract: extract.data };
}
