import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => signedIn.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { updateUnitAction } = await import("./actions");
const run = randomUUID().slice(0, 8);

afterEach(() => {
  signedIn.actor = null;
});
afterAll(() => db.$disconnect());

describe("correcting an owner unit", () => {
  it("renames it and takes back a coordinating tick set by mistake, logged; its clerk loses the wider rights", async () => {
    const unit = await db.ownerUnit.create({
      data: { slug: `dk-${run}`, name: "Departament Kultury", shortName: "DK", isCoordinator: true },
    });
    const clerk = await db.user.create({ data: { email: `dk-${run}@example.org`, roles: ["CLERK"] } });
    await db.unitClerk.create({ data: { unitId: unit.id, userId: clerk.id } });
    expect((await loadActor(clerk.id))?.isCoordinatorClerk).toBe(true);

    signedIn.actor = await loadActor(
      (await db.user.create({ data: { email: `adm-${run}@example.org`, roles: ["ADMIN"] } })).id,
    );
    const input = {
      name: "Departament Kultury i Sztuki",
      shortName: "DKS",
      email: "dks@example.org",
      isCoordinator: false,
    };
    expect(await updateUnitAction(unit.id, input)).toEqual({
      ok: true,
      data: { changed: ["name", "shortName", "isCoordinator", "email"] },
    });
    expect(await db.ownerUnit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({
      ...input,
      slug: `dk-${run}`,
    });
    expect((await loadActor(clerk.id))?.isCoordinatorClerk).toBe(false);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: unit.id, action: "unit.updated" } });
    expect(event.data).toMatchObject({
      before: { name: "Departament Kultury", isCoordinator: true },
      after: { name: "Departament Kultury i Sztuki", isCoordinator: false },
    });
    expect(await updateUnitAction(unit.id, input)).toEqual({ ok: true, data: { changed: [] } });
    expect(await updateUnitAction(unit.id, { ...input, name: "D" })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: "unit.name.required" },
    });
  });

  it("is for administrators only", async () => {
    const unit = await db.ownerUnit.create({ data: { slug: `x-${run}`, name: "Wydział X", shortName: "X" } });
    signedIn.actor = await loadActor(
      (await db.user.create({ data: { email: `c-${run}@example.org`, roles: ["CLERK"] } })).id,
    );
    const input = { name: "Przejęty", shortName: "P", email: "", isCoordinator: true };
    expect(await updateUnitAction(unit.id, input)).toEqual({ ok: false, reason: "forbidden" });
    signedIn.actor = null;
    expect(await updateUnitAction(unit.id, input)).toEqual({ ok: false, reason: "unauthenticated" });
    expect((await db.ownerUnit.findUniqueOrThrow({ where: { id: unit.id } })).isCoordinator).toBe(false);
  });
});
