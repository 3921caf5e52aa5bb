import type { AddressInfo } from "node:net";
import express from "express";
import { RouterContextProvider } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT, reactRouterHandler } from "./react-router-handler.server";

/*
 * The Express → React Router bridge on a real socket, with React Router's handler replaced by one
 * that answers with what it received: the whole form arrives, uploads still stream, an oversized
 * form is refused before any route runs, and the answer's headers and body go out unchanged.
 */
const oversized: string[] = [];
const seen: Request[] = [];
let base = "";
let close: () => void = () => {};

beforeAll(async () => {
  const app = express();
  app.use(
    reactRouterHandler({
      getLoadContext: () => new RouterContextProvider(),
      onOversizedBody: (req) => oversized.push(req.path),
      async handle(request) {
        seen.push(request);
        const url = new URL(request.url);
        if (url.pathname === "/form") {
          const form = await request.formData();
          const file = form.get("file");
          return Response.json({
            method: request.method,
            search: url.search,
            cookie: request.headers.get("cookie"),
            fields: [...form.entries()].map(([name, value]) =>
              typeof value === "string" ? [name, value.length] : [name, (value as File).size],
            ),
            file: file instanceof File ? file.name : null,
          });
        }
        const headers = new Headers({ "content-type": "text/plain; charset=utf-8" });
        headers.append("set-cookie", "a=1; Path=/");
        headers.append("set-cookie", "b=2; Path=/");
        return new Response("zażółć gęślą jaźń", { status: 201, headers });
      },
    }),
  );
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe("reactRouterHandler", () => {
  it("hands a form post over whole, with its query and cookie", async () => {
    const text = "ą".repeat(100_000);
    const response = await fetch(`${base}/form?komunikat=saved`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: "s=1" },
      body: new URLSearchParams({ intent: "save", opis: text }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      method: "POST",
      search: "?komunikat=saved",
      cookie: "s=1",
      fields: [
        ["intent", 4],
        ["opis", 100_000],
      ],
      file: null,
    });
  });

  it("streams a multipart upload to the route, beyond the form limit", async () => {
    const form = new FormData();
    form.set("opis", "skan");
    form.set(
      "file",
      new File([new Uint8Array(FORM_BODY_LIMIT + 10)], "umowa.pdf", { type: "application/pdf" }),
    );
    const response = await fetch(`${base}/form`, { method: "POST", body: form });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.file).toBe("umowa.pdf");
    expect(body.fields).toEqual([
      ["opis", 4],
      ["file", FORM_BODY_LIMIT + 10],
    ]);
  });

  it("refuses a form over the limit with 413 before any route runs, declared or not", async () => {
    const before = seen.length;
    const huge = `opis=${"x".repeat(FORM_BODY_LIMIT)}`;
    const declared = await fetch(`${base}/form`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: huge,
    });
    expect(declared.status).toBe(413);
    expect(await declared.text()).toContain("Przesłany formularz jest zbyt duży");
    // Sent in chunks without a declared length: counted as it arrives.
    const chunked = await fetch(`${base}/form`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new Blob([huge]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(seen.length).toBe(before);
    expect(oversized).toEqual(["/form", "/form"]);
  });

  it("passes the answer's status, every cookie and the body through", async () => {
    const response = await fetch(`${base}/page`);
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(await response.text()).toBe("zażółć gęślą jaźń");
    expect(seen.at(-1)?.method).toBe("GET");
  });
});
