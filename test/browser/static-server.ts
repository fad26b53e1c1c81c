/**
 * A minimal static server for the built site on 127.0.0.1, as a plain web server (`python3 -m http.server`)
 * serves `dist`: a path is a file or a folder's index.html, nothing else (no clean-URL rewriting, so a
 * link without .html gives 404 as it would there); correct MIME types (WebAssembly must be
 * application/wasm for streaming compilation); Content-Length and single byte ranges, as any static server gives them.
 */
import {createServer, type Server} from "node:http";
import {readFile, stat} from "node:fs/promises";
import {extname, join, normalize} from "node:path";
import type {AddressInfo} from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".arrow": "application/vnd.apache.arrow.stream",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png"
};

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

export async function serveStatic(root: string): Promise<{origin: string; close: () => Promise<void>}> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const path = normalize(join(root, pathname));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    const candidates = pathname.endsWith("/") ? [join(path, "index.html")] : [path];
    for (const candidate of candidates) {
      if (await isFile(candidate)) {
        const body = await readFile(candidate);
        const headers = {"content-type": TYPES[extname(candidate)] ?? "application/octet-stream", "accept-ranges": "bytes"};
        // One byte range, as common static servers answer it: DuckDB-WASM reads attached files by range.
        const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? "");
        if (range && (range[1] || range[2])) {
          const start = range[1] ? Number(range[1]) : Math.max(0, body.length - Number(range[2]));
          const end = range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
          if (start > end || start >= body.length) return void res.writeHead(416, {"content-range": `bytes */${body.length}`}).end();
          res.writeHead(206, {...headers, "content-range": `bytes ${start}-${end}/${body.length}`, "content-length": end - start + 1});
          return void res.end(body.subarray(start, end + 1));
        }
        res.writeHead(200, {...headers, "content-length": body.length});
        return void res.end(body);
      }
    }
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
}
