import { existsSync } from "node:fs";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * The browser for the end-to-end tests: CHROMIUM_PATH, else Debian's Chromium, else
 * one installed by `npx playwright install chromium`. Null when there is none.
 */
export async function findChromium(): Promise<string | null> {
  const candidates = [process.env.CHROMIUM_PATH, DEBIAN_CHROMIUM].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  try {
    const { chromium } = await import("@playwright/test");
    const bundled = chromium.executablePath();
    return existsSync(bundled) ? bundled : null;
  } catch {
    return null;
  }
}

export const MISSING_CHROMIUM = [
  "The end-to-end tests need Chromium and none was found.",
  `Install one of: Debian's Chromium at ${DEBIAN_CHROMIUM} (apt-get install -y chromium),`,
  "or Playwright's own (npx playwright install chromium), or set CHROMIUM_PATH to a Chromium binary.",
].join("\n");
