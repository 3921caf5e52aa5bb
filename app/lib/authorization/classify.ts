/*
 * What a loader's answer means for the authorization matrix: the page (ok), the login page
 * (login), a refusal (403 or 404: deny), another redirect, a gone token, or no loader at all.
 */

export type Outcome = "ok" | "login" | "deny" | "redirect" | "gone" | "invalid" | "none";

function statusOf(value: unknown): number | null {
  if (value instanceof Response) return value.status;
  if (
    value &&
    typeof value === "object" &&
    "type" in value &&
    (value as { type: unknown }).type === "DataWithResponseInit"
  ) {
    const init = (value as { init?: { status?: number } | null }).init;
    return init?.status ?? 200;
  }
  return null;
}

function fromStatus(status: number, location: string | null): Outcome {
  if (status >= 300 && status < 400) return location?.startsWith("/logowanie") ? "login" : "redirect";
  if (status === 401) return "login";
  if (status === 403 || status === 404 || status === 405) return "deny";
  if (status === 410) return "gone";
  if (status === 400 || status === 422) return "invalid";
  if (status >= 200 && status < 300) return "ok";
  throw new Error(`unexpected status ${status}`);
}

function locationOf(value: unknown): string | null {
  if (value instanceof Response) return value.headers.get("Location");
  const init = (value as { init?: { headers?: HeadersInit } | null }).init;
  return init?.headers ? new Headers(init.headers).get("Location") : null;
}

/** Calls a loader and classifies what it answered or threw; anything else (a 500) throws. */
export async function outcomeOf(call: () => unknown): Promise<Outcome> {
  let value: unknown;
  try {
    value = await call();
  } catch (thrown) {
    const status = statusOf(thrown);
    if (status === null) throw thrown;
    return fromStatus(status, locationOf(thrown));
  }
  const status = statusOf(value);
  return status === null ? "ok" : fromStatus(status, locationOf(value));
}
