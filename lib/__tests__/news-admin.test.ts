// News from the back office, on real PostgreSQL, with a controllable clock for
// the scheduler: staff only; a scheduled item stays hidden until its time, then
// goes live with nobody acting; state changes are audited with before/after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import sharp from "sharp";
import { getArticleForEdit, listNewsForStaff, removeArticleCover, saveArticle, setArticleCover } from "@/lib/data/news-admin";
import { getPublicCover, getPublishedArticle, listLatestNews } from "@/lib/data/news";
import { dateToMinskLocal, minskLocalToDate } from "@/lib/minsk-time";
import { publishDueNews } from "@/lib/news-scheduler";
import { newsEditSchema } from "@/lib/validations/news-admin";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import { code, okOrThrow } from "@/lib/testing/outcome";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
let staff: CurrentUser, investor: CurrentUser;

const article = (slug: string, over: Record<string, unknown> = {}) =>
  newsEditSchema.parse({
    slug,
    originalLocale: "en",
    tags: ["park"],
    sourceName: "BelTA",
    sourceUrl: "https://eng.belta.by/x",
    status: "DRAFT",
    publishAt: "",
    version: 0,
    translations: {
      en: { title: `Title ${slug}`, summary: "Summary.", body: "Body **text**." },
      ru: { title: "", summary: "", body: "" },
      zh: { title: "", summary: "", body: "" },
    },
    ...over,
  });

beforeAll(async () => {
  [staff, investor] = await Promise.all([createTestUser("STAFF", tag), createTestUser("INVESTOR", tag)]);
});
afterAll(async () => {
  await db.newsArticle.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.auditLog.deleteMany({ where: { actorId: staff.id } });
  await removeTestUsers(tag);
});

describe("news in the back office", () => {
  it("investors cannot reach it", async () => {
    await expect(listNewsForStaff(investor)).rejects.toThrow(/forbidden/);
    await expect(saveArticle(investor, null, article(`${tag}-x`))).rejects.toThrow(/forbidden/);
    await expect(getArticleForEdit(investor, "x")).rejects.toThrow(/forbidden/);
  });

  it("keeps the date precision the source gives: a month-dated article shows no day; a scheduled one must be a day", async () => {
    const slug = `${tag}-month`;
    const saved = okOrThrow(
      await saveArticle(staff, null, article(slug, { status: "PUBLISHED", publishAt: "2024-04-01T12:00", publishedPrecision: "MONTH" })),
    );
    expect((await getArticleForEdit(staff, saved.id))?.publishedPrecision).toBe("MONTH");
    expect(await getPublishedArticle(slug, "en")).toMatchObject({ publishedPrecision: "MONTH" });
    const scheduled = newsEditSchema.safeParse({
      ...article(`${tag}-x`),
      status: "SCHEDULED",
      publishAt: "2030-01-01T09:00",
      publishedPrecision: "YEAR",
    });
    expect(scheduled.success).toBe(false);
    expect(scheduled.error?.issues.map((i) => i.message)).toEqual(["scheduleIsADay"]);
  });

  it("Minsk wall-clock times convert both ways (UTC+3)", () => {
    expect(minskLocalToDate("2027-03-01T09:30").toISOString()).toBe("2027-03-01T06:30:00.000Z");
    expect(dateToMinskLocal(new Date("2027-03-01T06:30:00Z"))).toBe("2027-03-01T09:30");
  });

  it("a draft is hidden; publishing shows it now; the change is audited", async () => {
    const slug = `${tag}-draft`;
    const { id } = okOrThrow(await saveArticle(staff, null, article(slug)));
    expect(await getPublishedArticle(slug, "en")).toBeNull();
    const v = (await getArticleForEdit(staff, id))!.version;
    expect(code(await saveArticle(staff, id, article(slug, { status: "PUBLISHED", version: v })))).toBe("ok");
    expect((await getPublishedArticle(slug, "en"))?.title).toBe(`Title ${slug}`);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "news.published" } });
    expect(entry.before).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect((entry.after as { status: string }).status).toBe("PUBLISHED");
  });

  it("a scheduled item goes live at its time: hidden before, flipped by the scheduler after", async () => {
    const now = Date.now();
    const slug = `${tag}-later`;
    const publishAt = dateToMinskLocal(new Date(now + 10 * 60_000));
    const { id } = okOrThrow(await saveArticle(staff, null, article(slug, { status: "SCHEDULED", publishAt })));
    expect(await getPublishedArticle(slug, "en")).toBeNull();
    expect((await publishDueNews(new Date(now))).map((a) => a.slug)).not.toContain(slug);
    expect((await db.newsArticle.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
    const due = await publishDueNews(new Date(now + 11 * 60_000));
    expect(due).toContainEqual({ slug, tags: ["park"] });
    expect((await db.newsArticle.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    // Run again: nothing is taken twice.
    expect((await publishDueNews(new Date(now + 12 * 60_000))).map((a) => a.slug)).not.toContain(slug);
  });

  it("a scheduled item whose time has passed stays hidden until the scheduler publishes it", async () => {
    const slug = `${tag}-due`;
    await saveArticle(staff, null, article(slug, { status: "SCHEDULED", publishAt: dateToMinskLocal(new Date(Date.now() - 120_000)) }));
    expect(await getPublishedArticle(slug, "en")).toBeNull();
    expect((await publishDueNews()).map((a) => a.slug)).toContain(slug);
    expect((await getPublishedArticle(slug, "en"))?.title).toBe(`Title ${slug}`);
  });

  it("refuses a schedule without a time, and a stale version", async () => {
    expect(newsEditSchema.safeParse({ ...article(`${tag}-bad`), status: "SCHEDULED", publishAt: "" }).success).toBe(false);
    const slug = `${tag}-stale`;
    const { id } = okOrThrow(await saveArticle(staff, null, article(slug)));
    expect(code(await saveArticle(staff, id, article(slug, { version: 1 })))).toBe("ok");
    expect(code(await saveArticle(staff, id, article(slug, { version: 1 })))).toBe("conflict");
  });

  it("a cover is processed, public only once the article is, replaced and removed with its file", async () => {
    const slug = `${tag}-cover`;
    const photo = new Uint8Array(
      await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#335" } })
        .jpeg()
        .toBuffer(),
    );
    const { id } = okOrThrow(await saveArticle(staff, null, article(slug)));
    await expect(setArticleCover(investor, id, photo)).rejects.toThrow(/forbidden/);
    expect(code(await setArticleCover(staff, id, Uint8Array.from([0x4d, 0x5a])))).toBe("badType");
    expect(code(await setArticleCover(staff, "c" + "0".repeat(24), photo))).toBe("notFound");
    expect(code(await setArticleCover(staff, id, photo))).toBe("ok");
    const first = (await getArticleForEdit(staff, id))!.coverKey!;
    // A draft's cover is not public.
    expect(await getPublicCover(first)).toBeNull();
    expect(code(await saveArticle(staff, id, article(slug, { status: "PUBLISHED", version: 1 })))).toBe("ok");
    expect((await sharp((await getPublicCover(first))!).metadata()).width).toBe(1600);
    const shown = (await listLatestNews("en", 50)).find((a) => a.slug === slug);
    expect(shown?.cover).toEqual({ src: `/api/covers/${first}`, width: 1600, height: 800 });
    expect((await getPublishedArticle(slug, "en"))?.cover?.src).toBe(`/api/covers/${first}`);
    // A new upload replaces the file; removal takes the cover and its file away.
    expect(code(await setArticleCover(staff, id, photo))).toBe("ok");
    const second = (await getArticleForEdit(staff, id))!.coverKey!;
    expect(second).not.toBe(first);
    expect(await db.storedFile.count({ where: { key: first } })).toBe(0);
    expect(code(await removeArticleCover(staff, id))).toBe("ok");
    expect((await getPublishedArticle(slug, "en"))?.cover).toBeNull();
    expect(await db.storedFile.count({ where: { key: second } })).toBe(0);
    const audit = await db.auditLog.findMany({ where: { entityId: id, action: "news.cover" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.after)).toEqual([{ coverKey: first }, { coverKey: second }, { coverKey: null }]);
  });
});
