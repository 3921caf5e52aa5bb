import { createReadableStreamFromReadable, writeReadableStreamToWritable } from "@react-router/node";
import type { Request as ExpressRequest, Response as ExpressResponse, NextFunction } from "express";
import type { RouterContextProvider } from "react-router";
import { processPage } from "./health.server";

/*
 * Express → React Router, in place of @react-router/express (docs/decisions/016). Two differences:
 * a form's body (anything but multipart uploads, which are streamed to the route as before) is read
 * into memory up to FORM_BODY_LIMIT and handed over whole, which spares every form post the
 * conversion of Node's stream into a web stream; and a larger one is refused with 413 before any
 * route runs, where it used to be read whole, however large, when the route asked for the form.
 */

/** The largest form or JSON body accepted: a full cost table is ~40 KB, the longest section ~300 KB. */
export const FORM_BODY_LIMIT = 2 * 1024 * 1024;

export function reactRouterHandler(options: {
  /** React Router's `createRequestHandler(build, mode)`. */
  handle: (request: Request, context: RouterContextProvider) => Promise<Response>;
  getLoadContext: (req: ExpressRequest) => RouterContextProvider;
  onOversizedBody?: (req: ExpressRequest) => void;
}) {
  const { handle } = options;
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    try {
      const request = await fetchRequestOf(req, res);
      if (!request) {
        options.onOversizedBody?.(req);
        res.status(413).set("Connection", "close").type("html").send(processPage(413));
        return;
      }
      const response = await handle(request, options.getLoadContext(req));
      await send(res, response);
    } catch (error) {
      next(error);
    }
  };
}

/** The request as React Router reads it, or null when its body is over the limit. */
async function fetchRequestOf(req: ExpressRequest, res: ExpressResponse): Promise<Request | null> {
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    if (/^multipart\//i.test(req.headers["content-type"] ?? "")) {
      init.body = createReadableStreamFromReadable(req);
      init.duplex = "half";
    } else {
      const body = await readBody(req, FORM_BODY_LIMIT);
      if (!body) return null;
      init.body = body as Uint8Array<ArrayBuffer>;
    }
  }
  return new Request(urlOf(req), init);
}

/** The URL as the browser asked for it: the host (X-Forwarded-Host behind a trusted proxy) and port. */
function urlOf(req: ExpressRequest): string {
  const forwarded = req.app.enabled("trust proxy") ? req.get("X-Forwarded-Host")?.split(":")[1] : undefined;
  const port = [forwarded, req.get("host")?.split(":")[1]]
    .map((p) => Number.parseInt(p ?? "", 10))
    .find((p) => Number.isSafeInteger(p));
  const hostname = req.hostname.split(/[\\/?#@]/)[0] || "localhost";
  return `${req.protocol}://${hostname}${port ? `:${port}` : ""}${req.originalUrl}`;
}

/** The whole body, or null as soon as it (or its declared length) exceeds `limit`. */
function readBody(req: ExpressRequest, limit: number): Promise<Buffer | null> {
  if (Number(req.headers["content-length"]) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.once("end", () => resolve(Buffer.concat(chunks, size)));
    req.once("error", reject);
  });
}

async function send(res: ExpressResponse, response: Response): Promise<void> {
  if (res.destroyed || res.writableEnded) {
    await response.body?.cancel();
    return;
  }
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers) res.append(key, value);
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  try {
    await writeReadableStreamToWritable(response.body, res);
  } catch (error) {
    if (!(res.destroyed || res.writableEnded)) throw error;
  }
}
