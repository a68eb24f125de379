import { describe, expect, it } from "vitest";
import { isValidKrs, normalizeKrs, organizationSchema } from "./schema";

describe("KRS numbers", () => {
  it("keeps a ten-digit number with its leading zeros", () => {
    expect(normalizeKrs("0000123456")).toBe("0000123456");
  });

  it("pads a number typed without leading zeros or with spaces", () => {
    expect(normalizeKrs("123456")).toBe("0000123456");
    expect(normalizeKrs("0000 123 456")).toBe("0000123456");
  });

  it.each(["", "12345678901", "00001234a6", "KRS 123", "0000000000"])("refuses %j", (value) => {
    expect(normalizeKrs(value)).toBeNull();
  });

  it("validates the stored form strictly", () => {
    expect(isValidKrs("0000123456")).toBe(true);
    expect(isValidKrs("123456")).toBe(false);
  });
});

describe("organisation form", () => {
  const base = {
    name: "Stowarzyszenie Przykładowe",
    legalForm: "STOWARZYSZENIE",
    seatAddress: "ul. Lipowa 1, 15-001 Białystok",
    contactPerson: "Jan Nowak",
    email: "Biuro@Example.PL",
  } as const;

  it("normalises the KRS number and the e-mail", () => {
    const org = organizationSchema.parse({ ...base, registerKind: "KRS", registerNumber: "123456" });
    expect(org.registerNumber).toBe("0000123456");
    expect(org.email).toBe("biuro@example.pl");
  });

  it("refuses a malformed KRS number on the registerNumber field", () => {
    const result = organizationSchema.safeParse({ ...base, registerKind: "KRS", registerNumber: "12-AB" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["registerNumber"], message: "org.krs.invalid" });
  });

  it("lets an initiative group register without a register", () => {
    const org = organizationSchema.parse({
      ...base,
      legalForm: "GRUPA_INICJATYWNA",
      registerKind: "NONE",
      registerNumber: "x",
    });
    expect(org.registerNumber).toBeUndefined();
  });

  it("asks for the register's name when it is not KRS", () => {
    const result = organizationSchema.safeParse({ ...base, registerKind: "EWIDENCJA", registerNumber: "12/2020" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["registerName"] });
  });
});

describe("verification decision", () => {
  it("requires a reason to reject, not to verify", async () => {
    const { verificationDecisionSchema } = await import("./schema");
    expect(verificationDecisionSchema.safeParse({ organizationId: "o", decision: "VERIFIED" }).success).toBe(true);
    const result = verificationDecisionSchema.safeParse({ organizationId: "o", decision: "REJECTED", reason: " " });
    expect(result.error?.issues[0]).toMatchObject({ path: ["reason"], message: "org.rejection.required" });
  });

  it("normalises an invited e-mail address", async () => {
    const { inviteFormSchema } = await import("./schema");
    expect(inviteFormSchema.parse({ email: " Nowa@Example.ORG ", role: "MEMBER" }).email).toBe("nowa@example.org");
  });
});
