/**
 * The one client the UI talks to. In the Electron window it is the preload bridge (`window.uketome`);
 * in browser mode it is HTTP to the local server with the per-launch token. The UI cannot tell them apart.
 */
import type { EngineStatus, OpInput, OpName, OpOutput } from '../../shared/api';

type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export class ClientError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the preload exposes: one function per operation of the contract, and the subscriptions. */
type Bridge = { [K in OpName]: (input: unknown) => Promise<Result<unknown>> } & {
  onEngineStatus(cb: (s: EngineStatus) => void): () => void;
  onNotice(cb: (m: string) => void): () => void;
  onFocusNote(cb: () => void): () => void;
};

export interface Client {
  call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>>;
  onEngineStatus(cb: (s: EngineStatus) => void): () => void;
  onNotice(cb: (m: string) => void): () => void;
  onFocusNote(cb: () => void): () => void;
  readonly mode: 'electron' | 'browser';
}

function unwrap<T>(r: Result<unknown>): T {
  if (!r.ok) throw new ClientError(r.error.code, r.error.message);
  // The server validated this value against the contract's output schema for this operation.
  return r.value as T;
}

function bridgeClient(bridge: Bridge): Client {
  return {
    mode: 'electron',
    // Each op maps to the bridge's function of the same name; the bridge exposes exactly the contract's ops.
    call: async (op, input) => unwrap(await bridge[op](input)),
    onEngineStatus: (cb) => bridge.onEngineStatus(cb),
    onNotice: (cb) => bridge.onNotice(cb),
    onFocusNote: (cb) => bridge.onFocusNote(cb),
  };
}

function readToken(): string {
  const m = /token=([0-9a-f]+)/.exec(location.hash);
  if (m) {
    sessionStorage.setItem('uketome-token', m[1]!);
    history.replaceState(null, '', location.pathname);
    return m[1]!;
  }
  return sessionStorage.getItem('uketome-token') ?? '';
}

function httpClient(): Client {
  const token = readToken();
  const call = async <K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> => {
    const res = await fetch(`/api/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-uketome-token': token },
      body: JSON.stringify(input),
    });
    if (res.status === 401) throw new ClientError('unauthorized', 'This page has no valid access token. Open the URL printed by "npm run web".');
    return unwrap<OpOutput<K>>((await res.json()) as Result<unknown>);
  };
  return {
    mode: 'browser',
    call,
    onEngineStatus(cb) {
      let stopped = false;
      const poll = async () => {
        while (!stopped) {
          try {
            const s = await call('status', {});
            cb(s);
            if (s.ready || s.error) return;
          } catch {
            /* the server may still be starting */
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      };
      void poll();
      return () => {
        stopped = true;
      };
    },
    onNotice: () => () => {},
    onFocusNote: () => () => {},
  };
}

let client: Client | undefined;
export function getClient(): Client {
  // The preload defines window.uketome in Electron; its absence means browser mode.
  const bridge = (window as Window & { uketome?: Bridge }).uketome;
  client ??= bridge ? bridgeClient(bridge) : httpClient();
  return client;
}
