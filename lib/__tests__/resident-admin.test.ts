// Resident listings in the back office, on real PostgreSQL: staff only, the
// version guard, audit before/after, publish visibility, confirmed delete.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import sharp from "sharp";
import {
  deleteResident,
  getPublicLogo,
  getResidentForEdit,
  listResidentsForStaff,
  saveResident,
  setResidentLogo,
  setResidentPublished,
} from "@/lib/data/resident-admin";
import { getPublishedResident } from "@/lib/data/residents";
import { searchResidents } from "@/lib/data/resident-directory";
import { residentSearchSchema } from "@/lib/validations/resident-search";
import { residentEditSchema } from "@/lib/validations/resident-admin";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import { code, okOrThrow } from "@/lib/testing/outcome";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
let staff: CurrentUser, investor: CurrentUser;
const slug = `${tag}-optics`;

const input = (over: Record<string, unknown> = {}) =>
  residentEditSchema.parse({
    name: `Optics ${tag}`,
    slug,
    country: "cn",
    sector: "NEW_MATERIALS",
    status: "PLANNED",
    sinceYear: "2026",
    investmentUsd: "1500000",
    jobs: "40",
    website: "",
    originalLocale: "en",
    featured: false,
    version: 0,
    translations: {
      en: { summary: "Optical fibre preforms.", description: "Makes preforms." },
      ru: { summary: "", description: "" },
      zh: { summary: "光纤预制棒", description: "" },
    },
    sources: [{ title: "Park news", url: "https://example.org/optics" }],
    ...over,
  });

beforeAll(async () => {
  [staff, investor] = await Promise.all([createTestUser("STAFF", tag), createTestUser("INVESTOR", tag)]);
});
afterAll(async () => {
  await db.resident.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.auditLog.deleteMany({ where: { actorId: staff.id } });
  await removeTestUsers(tag);
});

describe("resident listings in the back office", () => {
  let id: string;

  it("investors and visitors cannot reach any function", async () => {
    await expect(listResidentsForStaff(investor, {})).rejects.toThrow(/forbidden/);
    await expect(saveResident(investor, null, input())).rejects.toThrow(/forbidden/);
    await expect(setResidentPublished(investor, "x", true)).rejects.toThrow(/forbidden/);
    await expect(deleteResident(investor, "x", "x")).rejects.toThrow(/forbidden/);
    await expect(getResidentForEdit(investor, "x")).rejects.toThrow(/forbidden/);
  });

  it("creates an unpublished listing with the given translations only", async () => {
    id = okOrThrow(await saveResident(staff, null, input())).id;
    const r = await getResidentForEdit(staff, id);
    expect(r?.translations.map((t) => t.locale).sort()).toEqual(["en", "zh"]);
    expect(await getPublishedResident(slug, "en")).toBeNull();
    expect(await db.resident.count({ where: { slug: "x" } })).toBe(0);
  });

  it("publishes, and the public data shows it; a Chinese reader gets the Chinese summary", async () => {
    expect(code(await setResidentPublished(staff, id, true))).toBe("ok");
    expect((await getPublishedResident(slug, "zh"))?.summary).toBe("光纤预制棒");
    expect((await getPublishedResident(slug, "ru"))?.summary).toBe("Optical fibre preforms.");
  });

  it("an edit from a stale version is refused; a current one is audited with before/after", async () => {
    const v = (await getResidentForEdit(staff, id))!.version;
    const edited = input({
      version: v,
      translations: {
        en: { summary: "Optical fibre preforms and cables.", description: "Makes preforms." },
        ru: { summary: "Преформы", description: "" },
        zh: { summary: "光纤预制棒", description: "" },
      },
    });
    expect(code(await saveResident(staff, id, edited))).toBe("ok");
    expect(code(await saveResident(staff, id, edited))).toBe("conflict");
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "resident.update" } });
    expect(entry.before).toMatchObject({ translations: { en: { summary: "Optical fibre preforms." } } });
    expect(entry.after).toMatchObject({
      translations: { en: { summary: "Optical fibre preforms and cables." }, ru: { summary: "Преформы" } },
    });
    expect(entry.before).not.toHaveProperty("name"); // unchanged fields are not repeated
    expect((await getPublishedResident(slug, "ru"))?.summary).toBe("Преформы");
  });

  it("a name as written in one language is shown to its readers and found by the search", async () => {
    const v = (await getResidentForEdit(staff, id))!.version;
    const russianName = `Оптика Ханчжоу ${tag}`;
    const edited = input({
      version: v,
      translations: {
        en: { summary: "Optical fibre preforms and cables.", description: "Makes preforms." },
        ru: { name: russianName, summary: "Преформы", description: "" },
        zh: { summary: "光纤预制棒", description: "" },
      },
    });
    expect(code(await saveResident(staff, id, edited))).toBe("ok");
    expect(await getPublishedResident(slug, "ru")).toMatchObject({ name: russianName, mainName: `Optics ${tag}` });
    expect(await getPublishedResident(slug, "en")).toMatchObject({ name: `Optics ${tag}`, mainName: null });
    // The Russian spelling finds the listing whatever the reader's language.
    for (const locale of ["ru", "en"]) {
      const found = await searchResidents(residentSearchSchema.parse({ q: "ханчжоу" }), locale);
      expect(found.items.map((r) => r.slug)).toContain(slug);
    }
  });

  it("a logo is processed, stored, public only while published, and replaced by a new upload", async () => {
    const png = await sharp({ create: { width: 600, height: 300, channels: 3, background: "#0a0" } })
      .png()
      .toBuffer();
    await expect(setResidentLogo(investor, id, new Uint8Array(png))).rejects.toThrow(/forbidden/);
    expect(code(await setResidentLogo(staff, id, Uint8Array.from([0x4d, 0x5a])))).toBe("badType");
    expect(code(await setResidentLogo(staff, id, new Uint8Array(png)))).toBe("ok");
    const first = (await getResidentForEdit(staff, id))!.logoKey!;
    const stored = await getPublicLogo(first);
    expect((await sharp(stored!).metadata()).width).toBe(256);
    expect((await getPublishedResident(slug, "en"))?.logoUrl).toBe(`/api/logos/${first}`);
    await setResidentPublished(staff, id, false);
    expect(await getPublicLogo(first)).toBeNull();
    await setResidentPublished(staff, id, true);
    expect(code(await setResidentLogo(staff, id, new Uint8Array(png)))).toBe("ok");
    expect(await db.storedFile.count({ where: { key: first } })).toBe(0);
  });

  it("a taken slug is reported, not a crash", async () => {
    const other = okOrThrow(await saveResident(staff, null, input({ slug: `${tag}-other` })));
    const v = (await getResidentForEdit(staff, other.id))!.version;
    expect(code(await saveResident(staff, other.id, input({ version: v })))).toBe("slugTaken");
  });

  it("delete needs the slug typed as confirmation", async () => {
    expect(code(await deleteResident(staff, id, "wrong"))).toBe("notConfirmed");
    expect(code(await deleteResident(staff, id, slug))).toBe("ok");
    expect(await getResidentForEdit(staff, id)).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: id, action: "resident.delete" } })).toBe(1);
  });
});
