import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MAIN = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));

/** Variables of the outer environment that would change what the process under test does. */
const KOPPEL_VARIABLES = /^(KOPPEL_|DATABASE_URL$|PORT$|HOST$|NODE_ENV$|LOG_LEVEL$|VITEST)/;

export interface KoppelProcess {
  child: ChildProcess;
  url: string;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** Whether the process has ended. */
  hasExited(): boolean;
}

/** Starts `node api/dist/main.js` (built by `npm test` before Vitest runs) with exactly these settings. */
export function startKoppelProcess(env: Record<string, string>): KoppelProcess {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm test does)`);
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !KOPPEL_VARIABLES.test(key)));
  const child = spawn(process.execPath, [MAIN], {
    cwd: REPO_ROOT,
    env: { ...base, NODE_ENV: 'test', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let ended = false;
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('close', (code, signal) => {
      ended = true;
      resolve(code ?? signal ?? 'unknown');
    });
  });
  return {
    child,
    url: `http://127.0.0.1:${env.PORT}`,
    stdout: () => out,
    stderr: () => err,
    exited,
    hasExited: () => ended,
  };
}

/** Polls `/readyz` until it answers 200; fails with the process's output if it does not within `timeoutMs`. */
export async function waitUntilReady(koppel: KoppelProcess, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (koppel.hasExited()) throw new Error(`Koppel ended before it was ready:\n${koppel.stderr()}\n${koppel.stdout()}`);
    const status = await fetch(`${koppel.url}/readyz`)
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 200) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`/readyz did not answer 200 within ${timeoutMs} ms:\n${koppel.stdout().slice(-3000)}`);
}

/** Sends SIGTERM and waits for the exit; resolves with the exit code and how long it took. */
export async function stop(koppel: KoppelProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | string; ms: number }> {
  const started = Date.now();
  koppel.child.kill(signal);
  const code = await withTimeout(koppel.exited, 10_000, 'the process did not exit within 10 s of SIGTERM');
  return { code, ms: Date.now() - started };
}

/** Last resort for a test that failed half-way: no process and no PostgreSQL is left behind. */
export async function cleanUp(koppel: KoppelProcess | undefined, embeddedDataDir?: string): Promise<void> {
  if (koppel && !koppel.hasExited()) {
    koppel.child.kill('SIGTERM');
    await withTimeout(koppel.exited, 10_000, '').catch(() => koppel.child.kill('SIGKILL'));
  }
  const pidFile = embeddedDataDir && `${embeddedDataDir}/postgres/postmaster.pid`;
  if (pidFile && existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid > 0) {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // already gone
      }
    }
  }
}

export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  return { status: response.status, ...body };
}

/**
 * A TCP server on loopback: `silent` accepts connections and never answers (a database that hangs),
 * `listen` just holds the port (a port in use).
 */
export function tcpServer(mode: 'silent' | 'listen'): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (mode === 'listen') socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : 0,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

export function countLines(text: string, message: string): number {
  return text.split('\n').filter((line) => line.includes(`"msg":"${message}"`)).length;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
