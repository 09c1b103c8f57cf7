// File storage without transactions in its interface: bytes are stored first and
// referenced afterwards; a refused reference removes them again; leftovers that
// nothing references are swept once past their grace period.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/data/result";
import { storage, storeThenReference, sweepUnreferencedFiles } from "@/lib/storage";

const made: string[] = [];
afterAll(() => storage.remove(made));

describe("file storage", () => {
  it("a refused reference leaves no bytes behind", async () => {
    let stored = "";
    const outcome = await storeThenReference(new Uint8Array([1, 2, 3]), async (key) => {
      stored = key;
      return refuse("notFound");
    });
    expect(outcome).toEqual({ ok: false, reason: "notFound" });
    expect(await storage.get(stored)).toBeNull();
  });

  it("a failing reference leaves no bytes behind either", async () => {
    let stored = "";
    await expect(
      storeThenReference(new Uint8Array([4]), async (key) => {
        stored = key;
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await storage.get(stored)).toBeNull();
  });

  it("the sweep removes old unreferenced files and keeps referenced ones", async () => {
    const kept = await storeThenReference(new Uint8Array([5]), async (key) => ok({ key }));
    const cover = await storeThenReference(new Uint8Array([7]), async (key) => ok({ key }));
    const orphan = await storage.put(new Uint8Array([6]));
    made.push(orphan);
    if (!kept.ok || !cover.ok) throw new Error("not stored");
    made.push(kept.key, cover.key);
    // Reference one the way a logo does, one the way a news cover does.
    const resident = await db.resident.findFirstOrThrow({ select: { id: true, logoKey: true } });
    await db.resident.update({ where: { id: resident.id }, data: { logoKey: kept.key } });
    const article = await db.newsArticle.findFirstOrThrow({ select: { id: true, coverKey: true } });
    await db.newsArticle.update({ where: { id: article.id }, data: { coverKey: cover.key } });
    try {
      await sweepUnreferencedFiles(60 * 60 * 1000); // young files are never touched
      expect(await storage.get(orphan)).not.toBeNull();
      await sweepUnreferencedFiles(0, new Date(Date.now() + 1000));
      expect(await storage.get(orphan)).toBeNull();
      expect(await storage.get(kept.key)).not.toBeNull();
      expect(await storage.get(cover.key)).not.toBeNull();
    } finally {
      await db.resident.update({ where: { id: resident.id }, data: { logoKey: resident.logoKey } });
      await db.newsArticle.update({ where: { id: article.id }, data: { coverKey: article.coverKey } });
    }
  });
});
