import { describe, expect, it } from "vitest";
import { judgeAudit } from "./dependency-audit";

const counts = (high: number, critical: number) => ({ info: 0, low: 1, moderate: 2, high, critical, total: 3 });

describe("judging npm audit's answer", () => {
  it("passes with no high or critical advisory", () => {
    expect(judgeAudit(JSON.stringify({ metadata: { vulnerabilities: counts(0, 0) } }))).toMatchObject({
      kind: "clean",
    });
  });

  it("fails on a high or a critical advisory and names the packages", () => {
    const report = {
      metadata: { vulnerabilities: counts(1, 1) },
      vulnerabilities: {
        a: { severity: "high", via: [] },
        b: { severity: "critical", via: [] },
        c: { severity: "moderate", via: [] },
      },
    };
    expect(judgeAudit(JSON.stringify(report))).toEqual({
      kind: "findings",
      counts: counts(1, 1),
      packages: ["a (high)", "b (critical)"],
    });
  });

  it("says the audit could not be made when the registry refuses it, instead of passing it as clean", () => {
    const refused = {
      statusCode: 405,
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
    };
    expect(judgeAudit(JSON.stringify(refused))).toEqual({ kind: "unavailable", reason: refused.message });
    expect(judgeAudit("not json")).toMatchObject({ kind: "unavailable" });
  });
});
