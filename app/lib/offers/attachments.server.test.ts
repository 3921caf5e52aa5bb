import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { RouterContextProvider } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitOffer } from "~/domain/offers/submit-offer";
import {
  createOfferor,
  createOfferWorld,
  fillOffer,
  type OfferWorld,
  offerClock,
  startTestOffer,
  TEST_APP_URL,
  warsaw,
} from "~/domain/offers/testing/factories";
import { actorOf } from "~/domain/organizations/testing/factories";
import { CSRF_COOKIE, CSRF_FIELD, csrfTokenFor } from "~/platform/auth/csrf.server";
import { createSession, SESSION_COOKIE } from "~/platform/auth/session.server";
import { fixedClock } from "~/platform/clock/clock";
import { auditLog } from "~/platform/db/schema/audit";
import { sessions } from "~/platform/db/schema/identity";
import { offerAttachments } from "~/platform/db/schema/offers";
import { loadEnv } from "~/platform/env/env.server";
import { elfExecutable, samplePdf } from "~/platform/files/testing/sample-files";
import type { Services } from "~/platform/services.server";
import { useTestDatabase } from "~/test/db";
import { action as signedCopyAction } from "../../routes/panel.oferty.$id.kopia-podpisana";
import { action as pageAction } from "../../routes/panel.oferty.$id.zalaczniki";
import { loader as downloadLoader } from "../../routes/panel.oferty.$id.zalaczniki.$attachmentId";
import { clientIpContext, servicesContext } from "../contexts";
import { rootMiddleware } from "../root-middleware.server";

/*
 * The attachments' HTTP path as a browser without JavaScript walks it: the root middleware (CSRF
 * from the multipart body's first part) and the page's action and download route, on a real
 * database and a real disk storage.
 */

describe("the attachments page over HTTP", () => {
  const t = useTestDatabase();
  const SECRET = "s".repeat(48);
  const SEED = "browser-seed-0123456789abcdef";
  const NOW = warsaw("2026-03-25 10:00");
  let root: string;
  let world: OfferWorld;
  let services: Services;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "pozytek-attach-http-"));
    world = await createOfferWorld(t.db, { requiredAttachments: [{ label: "Statut organizacji" }] });
    const env = loadEnv({
      DATA_DIR: root,
      DEFAULT_TENANT: world.tenant.slug,
      FILES_MAX_FILE_MB: "1",
      FILES_MAX_OFFER_MB: "5",
    });
    services = {
      env,
      db: t.db,
      database: t.database,
      clock: fixedClock(NOW),
      signingSecret: SECRET,
    } as unknown as Services;
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function cookiesOf(user: { id: string }, seed = SEED) {
    const { token } = await createSession(t.db, {
      userId: user.id,
      isStaff: false,
      now: NOW,
      ip: null,
      userAgent: null,
    });
    return `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${seed}`;
  }

  /** Turns what a loader or action returned or threw into the Response the framework would send. */
  function asResponse(value: unknown): Response {
    if (value instanceof Response) return value;
    const init = value as { type?: string; data?: unknown; init?: ResponseInit | null };
    if (init?.type === "DataWithResponseInit")
      return new Response(JSON.stringify(init.data), { status: init.init?.status ?? 200 });
    throw value;
  }

  async function send(request: Request, handler: (context: RouterContextProvider) => Promise<unknown>) {
    const context = new RouterContextProvider();
    context.set(servicesContext, services);
    context.set(clientIpContext, "127.0.0.1");
    const next = async () => {
      try {
        return asResponse(await handler(context));
      } catch (thrown) {
        return asResponse(thrown);
      }
    };
    try {
      return (await rootMiddleware(
        { request, context, params: {}, unstable_pattern: "" } as never,
        next as never,
      )) as Response;
    } catch (thrown) {
      return asResponse(thrown);
    }
  }

  function uploadForm(
    file: Uint8Array,
    filename: string,
    options: { token?: string; requirement?: string } = {},
  ) {
    const form = new FormData();
    form.append(CSRF_FIELD, options.token ?? csrfTokenFor(SECRET, SEED));
    form.append("requirement", options.requirement ?? "");
    form.append("file", new Blob([new Uint8Array(file)], { type: "application/pdf" }), filename);
    return form;
  }

  const pageUrl = (offerId: string) => `http://pozytek.test/panel/oferty/${offerId}/zalaczniki`;

  function upload(
    offerId: string,
    cookie: string,
    body: FormData | ReadableStream,
    headers: Record<string, string> = {},
  ) {
    const request = new Request(pageUrl(offerId), {
      method: "POST",
      body,
      headers: { cookie, ...headers },
      duplex: "half",
    } as RequestInit);
    return send(request, (context) => pageAction({ request, context, params: { id: offerId } } as never));
  }

  function download(offerId: string, attachmentId: string, cookie: string) {
    const request = new Request(`${pageUrl(offerId)}/${attachmentId}`, { headers: { cookie } });
    return send(request, (context) =>
      downloadLoader({ request, context, params: { id: offerId, attachmentId } } as never),
    );
  }

  describe("uploading without JavaScript", () => {
    it("takes the CSRF token from the multipart body, stores the file and serves it back safely", async () => {
      const offerId = await startTestOffer(t.db, world);
      const cookie = await cookiesOf(world.owner);
      const response = await upload(
        offerId,
        cookie,
        uploadForm(samplePdf(), 'Statut "ZAŻÓŁĆ".pdf', { requirement: "Statut organizacji" }),
      );
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`/panel/oferty/${offerId}/zalaczniki?komunikat=dodano`);
      const [attachment] = await t.db
        .select()
        .from(offerAttachments)
        .where(eq(offerAttachments.offerId, offerId));
      if (!attachment) throw new Error("not attached");

      const got = await download(offerId, attachment.id, cookie);
      expect(got.status).toBe(200);
      expect(got.headers.get("content-type")).toBe("application/pdf");
      expect(got.headers.get("x-content-type-options")).toBe("nosniff");
      expect(got.headers.get("content-disposition")).toBe(
        `attachment; filename="Statut _ZAZOLC_.pdf"; filename*=UTF-8''Statut%20%22ZA%C5%BB%C3%93%C5%81%C4%86%22.pdf`,
      );
      expect(new Uint8Array(await got.arrayBuffer())).toEqual(samplePdf());
    });

    it("refuses a body whose token is wrong, before the action runs", async () => {
      const offerId = await startTestOffer(t.db, world);
      const cookie = await cookiesOf(world.owner);
      const response = await upload(offerId, cookie, uploadForm(samplePdf(), "a.pdf", { token: "forged" }));
      expect(response.status).toBe(403);
      expect(await t.db.select().from(offerAttachments).where(eq(offerAttachments.offerId, offerId))).toEqual(
        [],
      );
    });

    it("refuses with 413 by the declared length without reading the body, and audits it", async () => {
      const offerId = await startTestOffer(t.db, world);
      const cookie = await cookiesOf(world.owner);
      // The real multipart body of a small form, followed by a stream that must never be read far.
      const head = new Uint8Array(await new Response(uploadForm(samplePdf(), "a.pdf")).arrayBuffer());
      const boundary = new TextDecoder().decode(head.subarray(2, head.indexOf(13)));
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(pulled === 1 ? head : new Uint8Array(64 * 1024));
          if (pulled > 1000) controller.close();
        },
      });
      const response = await upload(offerId, cookie, body, {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(50 * 1024 * 1024),
      });
      expect(response.status).toBe(413);
      expect(pulled).toBeLessThan(5);
      const body413 = (await response.json()) as { fieldErrors: { file: string[] } };
      expect(body413.fieldErrors.file[0]).toMatch(/^files\.refused\.tooLarge\|/);
      const [line] = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, offerId), eq(auditLog.action, "offer.attachmentRefused")));
      expect(line?.after).toMatchObject({ reason: "requestTooLarge", size: 50 * 1024 * 1024 });
    });

    it("refuses a too-large signed copy the same way: 413 before the body is read, audited", async () => {
      const offerId = await startTestOffer(t.db, world);
      await fillOffer(t.db, world, offerId);
      const cookie = await cookiesOf(world.owner);
      const form = uploadForm(samplePdf(), "podpisana.pdf");
      const request = new Request(`http://pozytek.test/panel/oferty/${offerId}/kopia-podpisana`, {
        method: "POST",
        body: form,
        headers: { cookie, "content-length": String(40 * 1024 * 1024) },
      });
      const response = await send(request, (context) =>
        signedCopyAction({ request, context, params: { id: offerId } } as never),
      );
      expect(response.status).toBe(413);
      const body = (await response.json()) as { fieldErrors: { file: string[] } };
      expect(body.fieldErrors.file[0]).toMatch(/^files\.refused\.tooLarge\|/);
      const [line] = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, offerId), eq(auditLog.action, "offer.attachmentRefused")));
      expect(line?.after).toMatchObject({ reason: "requestTooLarge", size: 40 * 1024 * 1024 });
    });

    it("answers an executable renamed .pdf with the error on the file field", async () => {
      const offerId = await startTestOffer(t.db, world);
      const cookie = await cookiesOf(world.editor);
      const response = await upload(offerId, cookie, uploadForm(elfExecutable(), "oferta.pdf"));
      expect(response.status).toBe(422);
      const body = (await response.json()) as { fieldErrors: { file: string[] } };
      expect(body.fieldErrors.file[0]).toMatch(/^files\.refused\.type\|/);
    });
  });

  describe("downloading", () => {
    it("refuses another organisation (403) and an attachment of another offer (404, audited)", async () => {
      const offerId = await startTestOffer(t.db, world);
      const cookie = await cookiesOf(world.owner);
      await upload(
        offerId,
        cookie,
        uploadForm(samplePdf(), "statut.pdf", { requirement: "Statut organizacji" }),
      );
      const [attachment] = await t.db
        .select()
        .from(offerAttachments)
        .where(eq(offerAttachments.offerId, offerId));
      if (!attachment) throw new Error("not attached");

      const stranger = await createOfferor(t.db, world.tenant.id);
      expect((await download(offerId, attachment.id, await cookiesOf(stranger.owner))).status).toBe(403);
      const strangersOffer = await startTestOffer(t.db, world, {
        by: stranger.owner,
        organizationId: stranger.organizationId,
      });
      const wrong = await download(strangersOffer, attachment.id, await cookiesOf(stranger.owner));
      expect(wrong.status).toBe(404);
      const audit = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, strangersOffer), eq(auditLog.action, "access.notFound")));
      expect(audit).toHaveLength(1);

      // Once submitted, the office of the competition's department may read it too.
      await fillOffer(t.db, world, offerId);
      await submitOffer({
        db: t.db,
        tenantId: world.tenant.id,
        actor: actorOf(world.owner),
        clock: offerClock(),
        appUrl: TEST_APP_URL,
        offerId,
      });
      const officerCookie = await cookiesOf(world.officer.user);
      await t.db
        .update(sessions)
        .set({ secondFactorAt: NOW })
        .where(eq(sessions.userId, world.officer.user.id));
      expect((await download(offerId, attachment.id, officerCookie)).status).toBe(200);
      const denied = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "access.denied"), eq(auditLog.actorUserId, stranger.owner.id)));
      expect(denied).toHaveLength(1);
    });
  });
});
