import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".mjs": "text/javascript; charset=utf-8",
  ".gz": "application/gzip",
};

/** The notebook's build folder. */
export const DIST = resolve(import.meta.dirname, "../../dist");

/**
 * Serves a folder over HTTP on 127.0.0.1 at a free port, like any static host.
 *
 * @returns the base URL and a function that stops the server
 */
export async function serveDist(root = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(root, "index.html")))
    throw new Error(`no build in ${root}: run \`pnpm --filter @parcomms/notebook build\` first`);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
