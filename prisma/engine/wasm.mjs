// Loads @prisma/schema-engine-wasm without the experimental ESM-Wasm loader
// (its entry point does `import * as wasm from "./schema_engine_bg.wasm"`).
import { readFile } from "node:fs/promises";

// Trap 6: the Wasm panic hook calls global.PRISMA_WASM_PANIC_REGISTRY.set_message(...).
// Without it a panic surfaces as "Cannot read properties of undefined (reading 'set_message')".
const panicRegistry = {
  message: "",
  set_message(message) {
    this.message = message;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

let bindings;

/** @returns {Promise<typeof import("@prisma/schema-engine-wasm")>} */
export async function loadWasm() {
  if (bindings) return bindings;
  const bgUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import(bgUrl);
  const bytes = await readFile(new URL("./schema_engine_bg.wasm", bgUrl));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  bindings = bg;
  return bg;
}

/** A Rust panic aborts the Wasm call with a RuntimeError; the panic text is in the registry. */
export function panicMessage(error) {
  if (!(error instanceof WebAssembly.RuntimeError) && !panicRegistry.message) return null;
  return panicRegistry.message || String(error?.message ?? error);
}
