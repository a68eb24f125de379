import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { renderingNonce, wantedAnonymousPage } from "./page-cache";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://localhost:3000${path}`, { method: init.method ?? "GET", headers: init.headers });

describe("which requests an anonymous reader's kept page may answer", () => {
  it("public consultation pages and the home page, keyed by language, path and query", () => {
    expect(wantedAnonymousPage(request("/konsultacje/program-2027"))?.key).toBe("pl /konsultacje/program-2027");
    expect(wantedAnonymousPage(request("/konsultacje/program-2027?wersja=2"))?.key).toBe(
      "pl /konsultacje/program-2027?wersja=2",
    );
    for (const page of ["/", "/konsultacje/a/uwagi", "/konsultacje/a/sprawozdanie", "/konsultacje/a/wersje"]) {
      expect(wantedAnonymousPage(request(page))?.path).toBe(page);
    }
    const english = wantedAnonymousPage(request("/konsultacje/a", { headers: { cookie: "NEXT_LOCALE=en" } }));
    expect(english).toEqual({ key: "en /konsultacje/a", locale: "en", path: "/konsultacje/a" });
    // An unknown language is Polish, as the page itself would decide.
    expect(wantedAnonymousPage(request("/", { headers: { cookie: "NEXT_LOCALE=xx" } }))?.locale).toBe("pl");
  });

  it("never a signed-in person's request, whatever else they send", () => {
    for (const cookie of ["next-auth.session-token=abc", "NEXT_LOCALE=en; __Secure-next-auth.session-token=abc"]) {
      expect(wantedAnonymousPage(request("/konsultacje/a", { headers: { cookie } }))).toBeNull();
    }
    // Other cookies (the sign-in form's CSRF token) do not change what the page shows.
    expect(wantedAnonymousPage(request("/", { headers: { cookie: "next-auth.csrf-token=x" } }))).not.toBeNull();
  });

  it("never other methods, client navigations, actions, prefetches or other pages", () => {
    expect(wantedAnonymousPage(request("/konsultacje/a", { method: "POST" }))).toBeNull();
    expect(wantedAnonymousPage(request("/konsultacje/a", { method: "HEAD" }))).toBeNull();
    for (const name of ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch"]) {
      expect(wantedAnonymousPage(request("/konsultacje/a", { headers: { [name]: "1" } }))).toBeNull();
    }
    for (const page of [
      "/panel",
      "/moje-uwagi",
      "/konsultacje/a/uwagi/x",
      "/konsultacje/a/kalendarz.ics",
      "/potwierdzenie/1",
      "/logowanie",
    ]) {
      expect(wantedAnonymousPage(request(page))).toBeNull();
    }
  });

  it("keys on the query parameters the pages read, in their order, and on nothing else", () => {
    expect(wantedAnonymousPage(request("/konsultacje/a?uwaga=par-1&utm_source=fb&x=1"))?.key).toBe("pl /konsultacje/a");
    expect(wantedAnonymousPage(request("/konsultacje/a/uwagi?jednostka=par-1&fbclid=z&strona=2&wersja=1"))?.path).toBe(
      "/konsultacje/a/uwagi?jednostka=par-1&strona=2&wersja=1",
    );
    expect(wantedAnonymousPage(request("/konsultacje/a/wersje?od=1&do=2&zmiany=tak"))?.path).toBe(
      "/konsultacje/a/wersje?od=1&do=2&zmiany=tak",
    );
  });

  it("the cache's own rendering request is recognised only with this process's secret", () => {
    for (const value of ["guess", "guess:nonce", ":nonce", ""]) {
      expect(renderingNonce(new Headers({ "x-konsultacje-page-cache": value }))).toBeNull();
    }
    expect(renderingNonce(new Headers())).toBeNull();
    const secret = process.env.PAGE_CACHE_SECRET as string;
    const header = (value: string) => new Headers({ "x-konsultacje-page-cache": value });
    expect(renderingNonce(header(`${secret}:Zg8+/w==`))).toBe("Zg8+/w==");
    for (const value of [`${secret}x:n`, `x${secret}:n`, `${secret}:`, `${secret.slice(1)}:n`]) {
      expect(renderingNonce(header(value))).toBeNull();
    }
    // A request naming the header with any value is rendered for itself, never from the cache.
    expect(wantedAnonymousPage(request("/", { headers: { "x-konsultacje-page-cache": "guess" } }))).toBeNull();
  });
});
