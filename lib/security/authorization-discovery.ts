// Every server action and route handler of the app, found on disk and imported, so that a new
// one cannot escape the authorization matrix (lib/security/authorization-table.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextRequest } from "next/server";
import { HTTP_METHODS } from "./authorization-table";

export type ActionFunction = (...args: unknown[]) => Promise<unknown>;
export type RouteHandler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const USE_SERVER = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .map((file) => `${dir}/${file.split(path.sep).join("/")}`)
    .filter((file) => /\.tsx?$/.test(file) && !/\/(node_modules|generated)\//.test(file));
}

export async function discover() {
  const actions = new Map<string, ActionFunction>();
  const routes = new Map<string, RouteHandler>();
  const sources = ["app", "components", "lib"]
    .flatMap(sourceFiles)
    .filter((file) => !/\.test\.tsx?$/.test(file))
    .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), "utf8") }));
  // The directive inside a function (an inline action) makes an endpoint too, but with no export to call.
  const inline = sources
    .filter(({ text }) => !USE_SERVER.test(text) && /["']use server["']/.test(text))
    .map(({ file }) => file);
  for (const { file } of sources.filter(({ text }) => USE_SERVER.test(text))) {
    const exported: Record<string, unknown> = await import(path.join(ROOT, file));
    // lib/comments/actions.ts → "comments"
    const name = file
      .replace(/\.tsx?$/, "")
      .replace(/^lib\//, "")
      .replace(/\/actions$/, "")
      .replaceAll("/", ".");
    for (const [exportName, value] of Object.entries(exported)) {
      if (typeof value === "function") actions.set(`${name}.${exportName}`, value as ActionFunction);
    }
  }
  for (const file of sourceFiles("app").filter((file) => /\/route\.tsx?$/.test(file))) {
    const exported: Record<string, unknown> = await import(path.join(ROOT, file));
    // app/api/pliki/[id]/route.ts → "/api/pliki/[id]" (route groups leave no trace in the URL)
    const segments = path.posix
      .dirname(file)
      .split("/")
      .slice(1)
      .filter((segment) => !/^\(.*\)$/.test(segment));
    for (const method of HTTP_METHODS) {
      const handler = exported[method];
      if (typeof handler === "function") routes.set(`${method} /${segments.join("/")}`, handler as RouteHandler);
    }
  }
  return { actions, routes, inline };
}
