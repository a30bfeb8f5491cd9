/**
 * Browser mode: the same renderer and the same handler table over HTTP on 127.0.0.1.
 * Every API request needs the per-launch token (sent as a header, never in a URL a server logs), the Host
 * must be this server (no DNS rebinding) and an Origin, when sent, must be this server's (no other page
 * can call it). Static files carry no data.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { invoke, type Handlers } from './handlers';

export const TOKEN_HEADER = 'x-uketome-token';
/** Large enough for the biggest input the contract allows (a 5,000,000-character phrase import). */
const MAX_BODY = 16 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The Content-Security-Policy of the renderer, the same in Electron and in browser mode. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ServerOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  /** The URL to open: the token travels in the fragment, which browsers never send to the server. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    'x-frame-options': 'DENY',
    ...(type.startsWith('text/html') ? { 'content-security-policy': CSP } : {}),
  });
  res.end(body);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('hex');
  const root = path.resolve(opts.rendererDir);
  let hosts: Set<string> = new Set();
  let origins: Set<string> = new Set();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    if (!hosts.has(req.headers.host ?? '')) return send(res, 403, JSON.stringify({ error: 'wrong host' }));
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) return send(res, 403, JSON.stringify({ error: 'cross-origin request refused' }));

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, JSON.stringify({ error: 'POST only' }));
      const given = req.headers[TOKEN_HEADER];
      if (!sameToken(Array.isArray(given) ? given[0] : given, token)) return send(res, 401, JSON.stringify({ error: 'missing or wrong token' }));
      const chunks: Buffer[] = [];
      let size = 0;
      let tooBig = false;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) tooBig = true;
        else chunks.push(c);
      });
      req.on('end', () => {
        void (async () => {
          if (tooBig) return send(res, 413, JSON.stringify({ ok: false, error: { code: 'too_long', message: 'request body too large' } }));
          let input: unknown;
          try {
            input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
          } catch {
            return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'body is not JSON' } }));
          }
          const result = await invoke(opts.handlers, decodeURIComponent(url.pathname.slice(5)), input);
          send(res, 200, JSON.stringify(result));
        })();
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, JSON.stringify({ error: 'GET only' }));
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) return send(res, 404, JSON.stringify({ error: 'not found' }));
    fs.readFile(file, (err, data) => {
      if (err) return send(res, 404, JSON.stringify({ error: 'not found' }));
      send(res, 200, data, TYPES[path.extname(file)] ?? 'application/octet-stream');
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      // Listening on a TCP port, address() is an AddressInfo (not a pipe name or null).
      const { port } = server.address() as import('node:net').AddressInfo;
      hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        openUrl: `${url}#token=${token}`,
        token,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections(); // browsers hold keep-alive connections open
          }),
      });
    });
  });
}
