import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpKrsRegistry } from "./http-krs-registry.server";
import { localKrsAnswer } from "./local-krs-registry.server";

/**
 * The real client against an HTTP server in this process that answers like the public API (from
 * the local fixtures). The public API itself is never called from tests.
 */
describe("HTTP KRS registry", () => {
  let server: Server;
  let baseUrl = "";
  const seen: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? "");
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname.endsWith("/0000000504")) return; // never answers
      const match = /^\/api\/krs\/OdpisAktualny\/(\d{10})$/.exec(url.pathname);
      const answer = localKrsAnswer(match?.[1] ?? "", url.searchParams.get("rejestr") === "P" ? "P" : "S");
      res.writeHead(answer.status, { "content-type": answer.contentType ?? "text/plain" });
      res.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("asks for the current extract in JSON and reads it", async () => {
    const registry = createHttpKrsRegistry({ baseUrl });
    const lookup = await registry.fetchCurrentExtract("0000612345", "S");
    expect(lookup.kind).toBe("found");
    expect(seen.at(-1)).toBe("/api/krs/OdpisAktualny/0000612345?rejestr=S&format=json");
  });

  it("reads 404 problem JSON and the maintenance page", async () => {
    const registry = createHttpKrsRegistry({ baseUrl });
    expect(await registry.fetchCurrentExtract("0000000001", "S")).toEqual({ kind: "not-found" });
    expect(await registry.fetchCurrentExtract("0000999999", "S")).toEqual({
      kind: "unavailable",
      reason: "maintenance",
    });
  });

  it("gives up after the timeout and when nothing listens", async () => {
    expect(
      await createHttpKrsRegistry({ baseUrl, timeoutMs: 200 }).fetchCurrentExtract("0000000504", "S"),
    ).toEqual({
      kind: "unavailable",
      reason: "timeout",
    });
    expect(
      await createHttpKrsRegistry({ baseUrl: "http://127.0.0.1:9", timeoutMs: 1000 }).fetchCurrentExtract(
        "0000612345",
        "S",
      ),
    ).toMatchObject({ kind: "unavailable" });
  });

  it("never sends a malformed number", async () => {
    const before = seen.length;
    expect(await createHttpKrsRegistry({ baseUrl }).fetchCurrentExtract("../../x", "S")).toEqual({
      kind: "not-found",
    });
    expect(seen.length).toBe(before);
  });
});
