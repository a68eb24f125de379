import { createRequire } from "node:module";

/**
 * Lets a command-line script load modules marked `import "server-only"` (they are
 * server code; the marker only guards against bundling them for the browser, and it
 * throws outside React Server Components). Call before importing such modules.
 */
export function allowServerOnlyModules(): void {
  const require = createRequire(__filename);
  const id = require.resolve("server-only");
  require.cache[id] = { id, filename: id, loaded: true, exports: {} } as NodeJS.Module;
}
