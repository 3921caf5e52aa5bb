import { eq } from "drizzle-orm";
import { RouterContextProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { NEWS_IMAGE_MAX_BYTES } from "~/domain/news/rules";
import { createNewsWorld, type NewsWorld, PNG_BYTES } from "~/domain/news/testing/factories";
import { CSRF_FIELD } from "~/platform/auth/csrf-field";
import { news } from "~/platform/db/schema/news";
import type { Services } from "~/platform/services.server";
import { useTestDatabase } from "~/test/db";
import { action } from "../../routes/aktualnosci.zglos";
import {
  preferencesContext,
  requestInfoContext,
  servicesContext,
  tenantContext,
  viewerContext,
} from "../contexts";

/** The submission route's action as the root middleware leaves it: a logged-in member, CSRF checked. */
describe("submitting news through the route: multipart upload and its size limit", () => {
  const t = useTestDatabase();
  let w: NewsWorld;
  beforeAll(async () => {
    w = await createNewsWorld(t.db);
  });

  function memberContext() {
    const context = new RouterContextProvider();
    const user = { ...w.owner, emailVerified: true, totpEnabled: false, locale: "pl" };
    context.set(servicesContext, {
      db: t.db,
      clock: w.clock,
      env: { APP_URL: "https://ngo.czestochowa.example" },
    } as unknown as Services);
    context.set(tenantContext, w.tenant);
    context.set(preferencesContext, { locale: "pl", fontScale: "normal", highContrast: false });
    context.set(requestInfoContext, {
      requestId: "t",
      ip: "192.0.2.9",
      userAgent: null,
      csrfSeed: "",
      csrfToken: "",
    });
    context.set(viewerContext, {
      user,
      session: {
        idHash: "x",
        user,
        expiresAt: new Date(),
        secondFactorAt: null,
        reauthenticatedAt: null,
        staffRoles: [],
      },
      sessionToken: "x",
      staffRoles: [],
      pendingSecondFactor: false,
    });
    return context;
  }

  function form(title: string, image: Uint8Array) {
    const body = new FormData();
    body.set(CSRF_FIELD, "checked-by-the-middleware");
    body.set("organizationId", w.organizationId);
    body.set("title", title);
    body.set("lead", "Zajawka");
    body.set("body", "Treść");
    body.set("imageAlt", "Opis");
    body.set("image", new File([Buffer.from(image)], "foto.png", { type: "image/png" }));
    return body;
  }

  const call = (request: Request) => action({ request, context: memberContext(), params: {} } as never);
  const url = "https://ngo.czestochowa.example/aktualnosci/zglos";

  it("stores the news with its picture and redirects with a notice", async () => {
    const response = (await call(
      new Request(url, { method: "POST", body: form("Z trasy", PNG_BYTES) }),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/aktualnosci/zglos?komunikat=submitted");
    const [row] = await t.db.select().from(news).where(eq(news.title, "Z trasy"));
    expect(row?.imageFileId).not.toBeNull();
  });

  it("refuses a body above the limit with 413, declared or streamed without a length", async () => {
    const big = new Uint8Array(NEWS_IMAGE_MAX_BYTES + 2 * 1024 * 1024);
    big.set(PNG_BYTES);
    // A declared length above the cap is refused before the body is read at all.
    const declaredRequest = new Request(url, {
      method: "POST",
      body: "title=x",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(big.length) },
    });
    const declared = (await call(declaredRequest)) as {
      init: { status: number };
      data: { fieldErrors: Record<string, string[]> };
    };
    expect(declared.init.status).toBe(413);
    expect(declared.data.fieldErrors.image).toEqual(["news.error.imageTooLarge"]);
    expect(declaredRequest.bodyUsed).toBe(false);
    // Without a length, the body is read only up to the cap.
    const encoded = new Request(url, { method: "POST", body: form("Za duże", big) });
    const stream = new Request(url, {
      method: "POST",
      body: encoded.body,
      headers: { "content-type": encoded.headers.get("content-type") ?? "" },
      duplex: "half",
    } as RequestInit);
    expect(stream.headers.get("content-length")).toBeNull();
    const streamed = (await call(stream)) as { init: { status: number } };
    expect(streamed.init.status).toBe(413);
    expect(await t.db.select().from(news).where(eq(news.title, "Za duże"))).toEqual([]);
  });
});
