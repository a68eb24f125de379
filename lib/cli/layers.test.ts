import { describe, expect, it } from "vitest";
import { findLayerViolations } from "./layers";

describe("layering check", () => {
  it("allows imports that flow down: app → components → lib", () => {
    const sources = [
      { file: "app/page.tsx", text: 'import { X } from "@/components/x";\nimport { y } from "@/lib/y";' },
      { file: "components/x.tsx", text: 'import { y } from "@/lib/y";' },
      { file: "emails/a.tsx", text: 'import { t } from "@/lib/i18n/translator";' },
    ];
    expect(findLayerViolations(sources)).toEqual([]);
  });

  it("reports a component importing a route and lib importing a component, with lines", () => {
    const violations = findLayerViolations([
      { file: "components/x.tsx", text: '\nimport Page from "@/app/page";' },
      { file: "lib/a.ts", text: 'import { X } from "@/components/x";' },
    ]);
    expect(violations).toEqual([
      { file: "components/x.tsx", line: 2, message: "components/ must not import @/app/page" },
      { file: "lib/a.ts", line: 1, message: "lib/ must not import @/components/x" },
    ]);
  });

  it("catches dynamic imports too", () => {
    const violations = findLayerViolations([{ file: "lib/a.ts", text: 'const m = await import("@/app/x");' }]);
    expect(violations).toHaveLength(1);
  });

  it("allows generated Prisma types outside lib but not the client itself", () => {
    const ok = findLayerViolations([
      { file: "components/a.tsx", text: 'import type { Position } from "@/lib/generated/prisma/enums";' },
    ]);
    const bad = findLayerViolations([
      { file: "components/a.tsx", text: 'import { PrismaClient } from "@/lib/generated/prisma/client";' },
    ]);
    expect(ok).toEqual([]);
    expect(bad).toHaveLength(1);
  });
});
