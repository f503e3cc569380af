// Timing helpers for bench/run.mjs: wall-clock timing of child processes and in-process work,
// medians, and table formatting.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export const MB = 1024 * 1024;

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs a command to completion and returns its wall time (spawn to exit, so Node startup is
 * included for Node programs). Output is piped and discarded, never printed to a terminal, so
 * console speed does not count; the first `keep` bytes of each stream are kept for checks.
 */
export function timeCommand(cmd, args, { cwd, keep = 1 << 20, keepAll = false } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const streams = { stdout: [], stderr: [] };
    const sizes = { stdout: 0, stderr: 0 };
    for (const name of ['stdout', 'stderr']) {
      child[name].on('data', (chunk) => {
        if (keepAll || sizes[name] < keep) streams[name].push(chunk);
        sizes[name] += chunk.length;
      });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      resolve({
        ms,
        code,
        signal,
        stdout: Buffer.concat(streams.stdout).toString('utf8'),
        stderr: Buffer.concat(streams.stderr).toString('utf8'),
        stdoutBytes: sizes.stdout,
        stderrBytes: sizes.stderr,
      });
    });
  });
}

/** Wall time of a synchronous function, in ms. */
export function timeSync(fn) {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

/** All *.md files under dir (recursively), sorted, with their sizes. */
export function listMarkdown(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push({ path: p, bytes: statSync(p).size });
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Plain-text table with right-aligned numeric columns. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => (c === undefined || c === null ? '' : String(c))));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const numeric = headers.map((_, i) => rows.every((r) => r[i] === '' || r[i] == null || /^[-+]?[\d.,]+(\s?[a-z%×]+)?$|^—$/.test(String(r[i]))));
  const line = (r) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const fmt = {
  mb: (bytes) => (bytes / MB).toFixed(2),
  s: (ms) => (ms / 1000).toFixed(3),
  ms: (ms) => ms.toFixed(1),
  rate: (bytes, ms) => (bytes / MB / (ms / 1000)).toFixed(1),
  ratio: (x) => `${x.toFixed(2)}×`,
};

/**
 * Peak resident memory (MB) of a Node program run to completion: it is started with
 * bench/peak-rss.cjs preloaded, which reports the process's own maxRSS at exit. Output is discarded.
 */
export function peakRssMb(script, args, { cwd } = {}) {
  const file = join(tmpdir(), `grounded-bench-rss-${process.pid}-${Date.now()}`);
  try {
    spawnSync(process.execPath, ['--require', join(HERE, 'peak-rss.cjs'), script, ...args],
      { cwd, stdio: 'ignore', env: { ...process.env, BENCH_RSS_FILE: file }, maxBuffer: 1 << 30 });
    return Number(readFileSync(file, 'utf8')) / 1024;
  } catch {
    return null;
  } finally {
    rmSync(file, { force: true });
  }
}
