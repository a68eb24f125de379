import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";

const adminEmail = `first-admin-${randomUUID()}@example.org`;
process.env.ADMIN_EMAIL = adminEmail;

const { db } = await import("@/lib/db");
const { buildAuthOptions } = await import("./options");

afterAll(() => db.$disconnect());

async function createdBy(email: string, locale: "pl" | "en" = "pl") {
  const user = await db.user.create({ data: { email } });
  await buildAuthOptions({ ip: "local", locale }).events?.createUser?.({ user: { id: user.id, email } });
  return db.user.findUniqueOrThrow({ where: { id: user.id } });
}

describe("accounts created by signing in", () => {
  it("make the ADMIN_EMAIL address the first administrator", async () => {
    expect((await createdBy(adminEmail)).roles).toContain("ADMIN");
  });

  it("give anybody else the resident role only, with the language they chose", async () => {
    const user = await createdBy(`someone-${randomUUID()}@example.org`, "en");
    expect(user.roles).toEqual(["RESIDENT"]);
    expect(user.locale).toBe("en");
  });

  it("refuse a malformed address before any link is made", () => {
    const provider = buildAuthOptions().providers[0] as unknown as {
      options: { normalizeIdentifier: (v: string) => string };
    };
    expect(provider.options.normalizeIdentifier(" Anna@Example.PL ")).toBe("anna@example.pl");
    expect(() => provider.options.normalizeIdentifier("anna@")).toThrow();
  });
});
