import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../src/main/host/services';
import { createHandlers } from '../../../src/main/host/handlers';
import { CSP, startServer, type RunningServer } from '../../../src/main/host/http-server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-www-'));
fs.mkdirSync(path.join(dir, 'www'));
fs.writeFileSync(path.join(dir, 'www', 'index.html'), '<!doctype html><title>t</title>');
fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the web root');
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ handlers: createHandlers(createServices()), rendererDir: path.join(dir, 'www') });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A raw request, so the Host header and the path can be anything (fetch normalises both). */
function raw(pathname: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser-mode server', () => {
  it('listens on loopback only and hands out the token in the URL fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}#token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('serves the renderer with the strict CSP', async () => {
    const r = await raw('/');
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves a file outside the renderer folder', async () => {
    expect((await raw('/../secret.txt')).status).toBe(404);
    expect((await raw('/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const r = await raw('/api/status', { host: 'evil.example', 'x-uketome-token': server.token }, 'POST', '{}');
    expect(r.status).toBe(403);
  });

  it('answers with the token, through the same handler table and its validation', async () => {
    const ok = await raw('/api/status', { 'x-uketome-token': server.token }, 'POST', '{}');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { ready: expect.any(Boolean) } });
    const bad = await raw('/api/analyze', { 'x-uketome-token': server.token }, 'POST', '{"text": 5}');
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const notJson = await raw('/api/analyze', { 'x-uketome-token': server.token }, 'POST', '{');
    expect(notJson.status).toBe(400);
    expect((await raw('/api/status', { 'x-uketome-token': server.token }, 'GET')).status).toBe(405);
  });
});
