import { describe, expect, it } from "vitest";
import { profileSchema, signInSchema } from "./schema";

describe("sign-in address", () => {
  it("accepts an address typed with spaces and capitals, normalised", () => {
    expect(signInSchema.parse({ email: "  Anna.Kowalska@Example.PL " }).email).toBe("anna.kowalska@example.pl");
  });

  it.each(["anna", "anna@", "@example.pl", "anna@@example.pl", "anna example.pl", ""])(
    "refuses the malformed address %j with a message key",
    (email) => {
      const result = signInSchema.safeParse({ email });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^email\.(invalid|required)$/);
    },
  );
});

describe("profile", () => {
  it("requires a name of at least two letters and no markup", () => {
    expect(profileSchema.safeParse({ name: "A", showNamePublicly: false }).success).toBe(false);
    expect(profileSchema.safeParse({ name: "<b>Ala</b>", showNamePublicly: false }).success).toBe(false);
    expect(profileSchema.parse({ name: "  Anna Nowak ", showNamePublicly: true }).name).toBe("Anna Nowak");
  });
});
