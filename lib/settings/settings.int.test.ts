import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { settingDefaults } from "./defaults";
import { getSettings } from "./queries";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => signedIn.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveSettingsAction } = await import("./actions");
const run = randomUUID().slice(0, 8);

afterEach(() => {
  signedIn.actor = null;
});
afterAll(() => db.$disconnect());

const person = async (roles: ("ADMIN" | "CLERK" | "RESIDENT")[]) =>
  loadActor((await db.user.create({ data: { email: `ust-${randomUUID()}-${run}@example.org`, roles } })).id);

describe("the city's settings", () => {
  it("are saved by an administrator, only what changed, each change logged before and after", async () => {
    signedIn.actor = await person(["ADMIN"]);
    const current = await getSettings();
    // Settings no other suite running at the same time reads (the table is shared by the whole run).
    const result = await saveSettingsAction({ ...current, councilTermYears: "4", cityName: `Miasto Testowe ${run}` });
    expect(result).toEqual({ ok: true, data: { changed: ["cityName", "councilTermYears"] } });
    expect(await getSettings()).toMatchObject({ councilTermYears: 4, cityName: `Miasto Testowe ${run}` });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "settings.changed", actorId: signedIn.actor?.id },
    });
    expect(event.data).toEqual({
      before: { cityName: settingDefaults.cityName, councilTermYears: settingDefaults.councilTermYears },
      after: { cityName: `Miasto Testowe ${run}`, councilTermYears: 4 },
    });
    expect(await saveSettingsAction(await getSettings())).toEqual({ ok: true, data: { changed: [] } });
    // Back as they were at once.
    expect(await saveSettingsAction(current)).toMatchObject({ ok: true });
  });

  it("refuses values that would break the platform, each at its field", async () => {
    signedIn.actor = await person(["ADMIN"]);
    const current = await getSettings();
    const result = await saveSettingsAction({
      ...current,
      minConsultationDays: 0,
      councilSize: 0,
      cityCode: "b1",
      similarityThreshold: 2,
      recommendedConsultationDays: 5,
      cityName: "",
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: {
        minConsultationDays: "range",
        councilSize: "range",
        cityCode: "cityCode",
        similarityThreshold: "range",
        cityName: "text",
      },
    });
    const below = await saveSettingsAction({ ...current, minConsultationDays: 12, recommendedConsultationDays: 10 });
    expect(below).toMatchObject({ fieldErrors: { recommendedConsultationDays: "recommendedBelowMinimum" } });
    expect((await getSettings()).councilSize).toBe(current.councilSize);
  });

  it("are not for clerks, residents or anonymous visitors", async () => {
    const current = await getSettings();
    for (const roles of [["CLERK"], ["RESIDENT"]] as const) {
      signedIn.actor = await person([...roles]);
      expect(await saveSettingsAction({ ...current, councilSize: 12 })).toEqual({ ok: false, reason: "forbidden" });
    }
    signedIn.actor = null;
    expect(await saveSettingsAction({ ...current, councilSize: 12 })).toEqual({ ok: false, reason: "unauthenticated" });
    expect((await getSettings()).councilSize).toBe(current.councilSize);
  });
});
