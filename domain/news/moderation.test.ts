import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { news } from "../../platform/db/schema/news";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError, mailTo } from "../organizations/testing/factories";
import { approveNews } from "./approve-news";
import { archiveNews } from "./archive-news";
import { editNews } from "./edit-news";
import { getNewsImage } from "./get-news-image";
import { getPublishedNews } from "./get-published-news";
import { listModerationQueue } from "./list-moderation-queue";
import { listMySubmissions } from "./list-my-submissions";
import { listPublishedNews } from "./list-published-news";
import { publishNews } from "./publish-news";
import { rejectNews } from "./reject-news";
import { NEWS_IMAGE_MAX_BYTES } from "./rules";
import { submitNews } from "./submit-news";
import {
  createNews,
  createNewsWorld,
  JPEG_BYTES,
  type NewsWorld,
  newsAudit,
  PNG_BYTES,
  sampleContent,
} from "./testing/factories";

describe("news: submission and moderation", () => {
  const t = useTestDatabase();
  let w: NewsWorld;
  beforeAll(async () => {
    w = await createNewsWorld(t.db);
  });
  const submitAs = (user: { id: string; email: string }, overrides: Record<string, unknown> = {}) =>
    submitNews({
      ...w.base,
      actor: actorOf(user),
      organizationId: w.organizationId,
      content: sampleContent(),
      image: null,
      ...overrides,
    });

  it("a member of a verified organisation submits news: pending, audited, not public", async () => {
    const { newsId } = await submitAs(w.editor, { content: sampleContent({ title: "  Dzień otwarty  " }) });
    const [row] = await t.db.select().from(news).where(eq(news.id, newsId));
    expect(row).toMatchObject({ status: "pending", title: "Dzień otwarty", submittedBy: w.editor.id });
    expect((await newsAudit(t.db, newsId)).map((a) => a.action)).toEqual(["news.submitted"]);
    await expectAppError(getPublishedNews({ db: t.db, tenantId: w.tenant.id, newsId }), "NOT_FOUND");
    const queue = await listModerationQueue({ db: t.db, tenantId: w.tenant.id, staffRoles: ["coordinator"] });
    expect(queue.pending.map((p) => p.id)).toContain(newsId);
    const told = (await mailTo(t.db, w.coordinator.email)).filter((m) => m.template === "news.submitted");
    expect(told.at(-1)?.subject).toBe("Aktualność do moderacji: Dzień otwarty");
  });

  it("refuses viewers, strangers, pending organisations and another tenant's organisation", async () => {
    await expectAppError(submitAs(w.viewer), "FORBIDDEN");
    await expectAppError(submitAs(w.stranger), "FORBIDDEN");
    await expectAppError(submitAs(w.owner, { organizationId: w.pendingOrganizationId }), "FORBIDDEN");
    await expectAppError(submitAs(w.owner, { organizationId: "' or 1=1 --" }), "NOT_FOUND");
    const other = await createNewsWorld(t.db);
    await expectAppError(submitAs(w.owner, { organizationId: other.organizationId }), "NOT_FOUND");
    await expectAppError(
      submitNews({
        ...w.base,
        actor: { userId: null, label: "anonymous", ip: null },
        organizationId: w.organizationId,
        content: sampleContent(),
        image: null,
      }),
      "UNAUTHENTICATED",
    );
  });

  it("validates texts and pictures: alt text required, JPG/PNG by their bytes, at most 2 MB", async () => {
    const blank = await expectAppError(
      submitAs(w.owner, { content: { title: " ", lead: "", body: "" } }),
      "VALIDATION",
    );
    expect(Object.keys(blank.fieldErrors).sort()).toEqual(["body", "lead", "title"]);
    const noAlt = await expectAppError(
      submitAs(w.owner, { image: { bytes: PNG_BYTES, filename: "a.png" } }),
      "VALIDATION",
    );
    expect(noAlt.fieldErrors).toEqual({ imageAlt: ["news.error.altRequired"] });
    const gif = await expectAppError(
      submitAs(w.owner, {
        content: sampleContent({ imageAlt: "Zdjęcie" }),
        image: { bytes: new TextEncoder().encode("GIF89a<script>"), filename: "x.png" },
      }),
      "VALIDATION",
    );
    expect(gif.fieldErrors).toEqual({ image: ["news.error.imageType"] });
    // An attachment type the platform accepts elsewhere (PDF) is still not a picture.
    const pdf = await expectAppError(
      submitAs(w.owner, {
        content: sampleContent({ imageAlt: "Zdjęcie" }),
        image: { bytes: new TextEncoder().encode("%PDF-1.4 fałszywe zdjęcie"), filename: "foto.jpg" },
      }),
      "VALIDATION",
    );
    expect(pdf.fieldErrors).toEqual({ image: ["news.error.imageType"] });
    const big = new Uint8Array(NEWS_IMAGE_MAX_BYTES + 1);
    big.set(JPEG_BYTES);
    const tooBig = await expectAppError(
      submitAs(w.owner, {
        content: sampleContent({ imageAlt: "Zdjęcie" }),
        image: { bytes: big, filename: "a.jpg" },
      }),
      "VALIDATION",
    );
    expect(tooBig.fieldErrors).toEqual({ image: ["news.error.imageTooLarge"] });
  });

  it("keeps markup as text, exactly as typed", async () => {
    const title = '<script>alert("x")</script> & <b>pogrubienie</b>';
    const id = await createNews(w, { content: { title }, approve: true });
    expect((await getPublishedNews({ db: t.db, tenantId: w.tenant.id, newsId: id })).title).toBe(title);
  });

  it("the coordinator approves: published, audited, the organisation's owner and the submitter get mail", async () => {
    const { newsId } = await submitAs(w.editor, {
      content: sampleContent({ title: "Warsztaty teatralne", imageAlt: "Scena teatru" }),
      image: { bytes: PNG_BYTES, filename: "../../etc/scena.png" },
    });
    await expectAppError(
      getNewsImage({ db: t.db, tenantId: w.tenant.id, staffRoles: [], newsId }),
      "NOT_FOUND",
    );
    const preview = await getNewsImage({
      db: t.db,
      tenantId: w.tenant.id,
      staffRoles: ["coordinator"],
      newsId,
    });
    expect(preview.contentType).toBe("image/png");
    await approveNews({ ...w.staff, newsId });
    const published = await getPublishedNews({ db: t.db, tenantId: w.tenant.id, newsId });
    expect(published).toMatchObject({
      title: "Warsztaty teatralne",
      organization: { id: w.organizationId, name: "Fundacja Oczami Brata" },
      image: { alt: "Scena teatru" },
    });
    const image = await getNewsImage({ db: t.db, tenantId: w.tenant.id, staffRoles: [], newsId });
    expect([...image.bytes]).toEqual([...PNG_BYTES]);
    expect((await newsAudit(t.db, newsId)).map((a) => a.action)).toEqual([
      "news.submitted",
      "news.published",
    ]);
    const ownerMail = (await mailTo(t.db, w.owner.email)).filter((m) => m.template === "news.approved");
    expect(ownerMail.at(-1)?.subject).toBe("Opublikowano aktualność: Warsztaty teatralne");
    expect((await mailTo(t.db, w.editor.email)).some((m) => m.template === "news.approved")).toBe(true);
    await expectAppError(approveNews({ ...w.staff, newsId }), "CONFLICT", "news.error.alreadyDecided");
  });

  it("the coordinator rejects with a reason (required), which goes to the organisation", async () => {
    const id = await createNews(w, { content: { title: "Reklama sklepu" } });
    const noReason = await expectAppError(rejectNews({ ...w.staff, newsId: id, reason: "  " }), "VALIDATION");
    expect(noReason.fieldErrors.reason).toEqual(["form.required"]);
    await rejectNews({
      ...w.staff,
      newsId: id,
      reason: "Treść <b>reklamowa</b> — nie dotyczy działalności pożytku.",
    });
    const [row] = await t.db.select().from(news).where(eq(news.id, id));
    expect(row).toMatchObject({ status: "rejected", decidedBy: w.coordinator.id });
    const mail = (await mailTo(t.db, w.owner.email)).filter((m) => m.template === "news.rejected").at(-1);
    expect(mail?.text).toContain("Treść <b>reklamowa</b>");
    expect(mail?.html).toContain("Treść &lt;b&gt;reklamowa&lt;/b&gt;");
    await expectAppError(approveNews({ ...w.staff, newsId: id }), "CONFLICT");
    // Every member of the organisation sees the decision and its reason in the app.
    const mine = await listMySubmissions({ db: t.db, tenantId: w.tenant.id, userId: w.viewer.id });
    expect(mine.find((m) => m.id === id)).toMatchObject({
      status: "rejected",
      rejectionReason: "Treść <b>reklamowa</b> — nie dotyczy działalności pożytku.",
    });
    expect(await listMySubmissions({ db: t.db, tenantId: w.tenant.id, userId: w.stranger.id })).toEqual([]);
  });

  it("only moderators decide; an officer and a member are refused", async () => {
    const id = await createNews(w);
    await expectAppError(approveNews({ ...w.staff, staffRoles: ["officer"], newsId: id }), "FORBIDDEN");
    await expectAppError(rejectNews({ ...w.staff, staffRoles: [], newsId: id, reason: "x" }), "FORBIDDEN");
    await expectAppError(
      editNews({
        ...w.staff,
        staffRoles: ["officer"],
        newsId: id,
        expectedVersion: 1,
        content: sampleContent(),
      }),
      "FORBIDDEN",
    );
    await expectAppError(
      listModerationQueue({ db: t.db, tenantId: w.tenant.id, staffRoles: ["officer"] }),
      "FORBIDDEN",
    );
    await expectAppError(approveNews({ ...w.staff, newsId: "nie-uuid" }), "NOT_FOUND");
  });

  it("the coordinator edits before approving; a stale version is a conflict; the audit keeps both texts", async () => {
    const id = await createNews(w, { content: { title: "Festyn z błędem" } });
    const { version } = await editNews({
      ...w.staff,
      newsId: id,
      expectedVersion: 1,
      content: sampleContent({ title: "Festyn bez błędu" }),
    });
    expect(version).toBe(2);
    await expectAppError(
      editNews({ ...w.staff, newsId: id, expectedVersion: 1, content: sampleContent({ title: "Inny" }) }),
      "CONFLICT",
      "news.error.changedMeanwhile",
    );
    const edited = (await newsAudit(t.db, id)).find((a) => a.action === "news.edited");
    expect(edited).toMatchObject({
      before: { title: "Festyn z błędem" },
      after: { title: "Festyn bez błędu" },
    });
    await approveNews({ ...w.staff, newsId: id });
    expect((await getPublishedNews({ db: t.db, tenantId: w.tenant.id, newsId: id })).title).toBe(
      "Festyn bez błędu",
    );
  });

  it("staff publish directly (office news, no organisation); archived news leaves the portal", async () => {
    const { newsId } = await publishNews({
      ...w.staff,
      content: sampleContent({ title: "Nabór do Rady Działalności Pożytku Publicznego" }),
      image: { bytes: JPEG_BYTES, filename: "rada.jpg" },
    }).catch((e) => e as never);
    expect(newsId).toBeUndefined();
    const direct = await publishNews({
      ...w.staff,
      content: sampleContent({
        title: "Nabór do Rady Działalności Pożytku Publicznego",
        imageAlt: "Sala obrad",
      }),
      image: { bytes: JPEG_BYTES, filename: "rada.jpg" },
    });
    const item = await getPublishedNews({ db: t.db, tenantId: w.tenant.id, newsId: direct.newsId });
    expect(item.organization).toBeNull();
    await expectAppError(
      publishNews({ ...w.staff, staffRoles: ["officer"], content: sampleContent(), image: null }),
      "FORBIDDEN",
    );
    await archiveNews({ ...w.staff, newsId: direct.newsId });
    await expectAppError(
      getPublishedNews({ db: t.db, tenantId: w.tenant.id, newsId: direct.newsId }),
      "NOT_FOUND",
    );
    expect((await newsAudit(t.db, direct.newsId)).map((a) => a.action)).toEqual([
      "news.publishedDirectly",
      "news.archived",
    ]);
  });

  it("lists published news of the tenant only, newest first, paginated", async () => {
    const other = await createNewsWorld(t.db);
    await createNews(other, { content: { title: "Z innej gminy" }, approve: true });
    const page = await listPublishedNews({ db: t.db, tenantId: w.tenant.id, page: 1, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.pageCount).toBe(Math.ceil(page.total / 2));
    const all = await listPublishedNews({ db: t.db, tenantId: w.tenant.id, pageSize: 100 });
    const titles = all.items.map((i) => i.title);
    expect(titles).not.toContain("Z innej gminy");
    expect(titles).not.toContain("Reklama sklepu");
    expect(titles).not.toContain("Dzień otwarty");
    const times = all.items.map((i) => i.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
