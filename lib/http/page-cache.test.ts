import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { anonymousPageKey, isCacheRendering } from "./page-cache";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://localhost:3000${path}`, { method: init.method ?? "GET", headers: init.headers });

describe("which requests an anonymous reader's kept page may answer", () => {
  it("public consultation pages and the home page, keyed by language, path and query", () => {
    expect(anonymousPageKey(request("/konsultacje/program-2027"))?.key).toBe("pl /konsultacje/program-2027");
    expect(anonymousPageKey(request("/konsultacje/program-2027?wersja=2"))?.key).toBe(
      "pl /konsultacje/program-2027?wersja=2",
    );
    for (const page of ["/", "/konsultacje/a/uwagi", "/konsultacje/a/sprawozdanie", "/konsultacje/a/wersje"]) {
      expect(anonymousPageKey(request(page))?.path).toBe(page);
    }
    const english = anonymousPageKey(request("/konsultacje/a", { headers: { cookie: "NEXT_LOCALE=en" } }));
    expect(english).toEqual({ key: "en /konsultacje/a", locale: "en", path: "/konsultacje/a" });
    // An unknown language is Polish, as the page itself would decide.
    expect(anonymousPageKey(request("/", { headers: { cookie: "NEXT_LOCALE=xx" } }))?.locale).toBe("pl");
  });

  it("never a signed-in person's request, whatever else they send", () => {
    for (const cookie of ["next-auth.session-token=abc", "NEXT_LOCALE=en; __Secure-next-auth.session-token=abc"]) {
      expect(anonymousPageKey(request("/konsultacje/a", { headers: { cookie } }))).toBeNull();
    }
    // Other cookies (the sign-in form's CSRF token) do not change what the page shows.
    expect(anonymousPageKey(request("/", { headers: { cookie: "next-auth.csrf-token=x" } }))).not.toBeNull();
  });

  it("never other methods, client navigations, actions, prefetches or other pages", () => {
    expect(anonymousPageKey(request("/konsultacje/a", { method: "POST" }))).toBeNull();
    expect(anonymousPageKey(request("/konsultacje/a", { method: "HEAD" }))).toBeNull();
    for (const name of ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch"]) {
      expect(anonymousPageKey(request("/konsultacje/a", { headers: { [name]: "1" } }))).toBeNull();
    }
    for (const page of [
      "/panel",
      "/moje-uwagi",
      "/konsultacje/a/uwagi/x",
      "/konsultacje/a/kalendarz.ics",
      "/potwierdzenie/1",
      "/logowanie",
    ]) {
      expect(anonymousPageKey(request(page))).toBeNull();
    }
  });

  it("the cache's own rendering request is recognised only with this process's secret", () => {
    expect(isCacheRendering(new Headers({ "x-konsultacje-page-cache": "guess" }))).toBe(false);
    expect(isCacheRendering(new Headers())).toBe(false);
    // A request naming the header with any value is rendered for itself, never from the cache.
    expect(anonymousPageKey(request("/", { headers: { "x-konsultacje-page-cache": "guess" } }))).toBeNull();
  });
});
