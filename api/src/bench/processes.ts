import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../http/free-port.js';

export interface ServerProcess {
  url: string;
  /** CPU time the process has used so far, user and system, in milliseconds (Linux: /proc/<pid>/stat). */
  cpuMs(): number;
  /** The process id (for its memory figures in /proc). */
  pid?: number;
  stop(): Promise<void>;
}

/**
 * The V8 flags `npm start` and the Docker image run Koppel with (a 16 MB young generation: with 64 MB each
 * scavenge copied ~6 MB of survivors and paused 15–18 ms, which showed in the p99). Every server of the
 * benchmark gets them; `BENCH_NODE_FLAGS` (space-separated) tries others.
 */
export const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '--max-semi-space-size=16').split(' ').filter(Boolean);

/** Starts a Node server script in its own process and waits until `readyPath` answers 200. */
export async function startProcess(script: URL, env: Record<string, string>, readyPath: string): Promise<ServerProcess> {
  const port = await freePort();
  // BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...NODE_FLAGS, ...profile, fileURLToPath(script)], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${fileURLToPath(script)} exited: ${stderr.trim()}`);
    const ok = await fetch(url + readyPath).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, pid: child.pid, cpuMs: () => cpuMsOf(child.pid ?? 0), stop: () => stopProcess(child) };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${fileURLToPath(script)} did not become ready: ${stderr.trim()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function cpuMsOf(pid: number): number {
  // Fields after the command name (which may hold spaces, hence after the last ')'): utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}
