// The web host as a user's browser meets it: `housing-desk serve` in its own process, called over
// HTTP, its memory read from /proc.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cli } from './context.mjs';

const SEND_FILE = `
const { parentPort, workerData } = require('node:worker_threads');
fetch(workerData.url, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-Housing-Desk-Token': workerData.token }, body: workerData.bytes })
  .then((res) => res.json())
  .then((r) => parentPort.postMessage(r), (e) => parentPort.postMessage({ ok: false, error: { message: e.message } }));
`;

const LOOP_GAPS = fileURLToPath(new URL('./loopGaps.cjs', import.meta.url));

export async function startServer(dbFile) {
  const child = spawn(process.execPath, ['--require', LOOP_GAPS, cli, 'serve', '--db', dbFile, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  // a benchmark stopped part way stops its host too
  const stopOnExit = () => child.kill();
  process.on('exit', stopOnExit);
  child.once('exit', () => process.off('exit', stopOnExit));
  /** [ms the host's thread was held, when it ended (epoch ms)] */
  const gaps = [];
  let errors = '';
  const launchUrl = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /running at (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', (d) => {
      errors += d;
      const lines = errors.split('\n');
      errors = lines.pop();
      for (const line of lines) {
        const gap = /^LOOPGAP (\S+) (\d+)$/.exec(line);
        if (gap) gaps.push([Number(gap[1]), Number(gap[2])]);
        else process.stderr.write(`  (host) ${line}\n`);
      }
    });
    child.once('exit', (code) => reject(new Error(`housing-desk serve stopped (${code}): ${out}`)));
  });
  const url = new URL(launchUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token');
  const origin = url.origin;
  const call = async (name, input = {}) => {
    const res = await fetch(`${origin}/api/call`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Housing-Desk-Token': token },
      body: JSON.stringify({ name, input }),
    });
    const r = await res.json();
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };
  /**
   * Sends a file beside the calls, as the window does: the id a call names it by. From a thread of
   * its own, as a browser sends a file from its network process: sent from this thread, the
   * sending would delay the answers to the calls a bench times here.
   */
  const upload = (bytes) =>
    new Promise((resolve, reject) => {
      const sender = new Worker(SEND_FILE, { eval: true, workerData: { url: `${origin}/api/upload`, token, bytes } });
      sender.once('message', (r) => (r.ok ? resolve(r.value.fileId) : reject(new Error(`upload: ${r.error.message}`))));
      sender.once('error', reject);
    });
  /** Resident memory of a process, in MB (null once it has ended). */
  const rssOf = (pid) => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : null;
    } catch {
      return null;
    }
  };
  /** The processes the host has started (an export's), and theirs. */
  const descendants = (pid) => {
    const children = fs.readdirSync(`/proc/${pid}/task`).flatMap((task) => {
      try {
        return fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
    return children.flatMap((c) => [c, ...descendants(c)]);
  };
  /** Resident memory of the host's process, in MB. */
  const rss = () => rssOf(child.pid);
  /** The host's and the processes it started, in MB. */
  const rssWithChildren = () => (rss() ?? 0) + descendants(child.pid).reduce((n, pid) => n + (rssOf(pid) ?? 0), 0);
  return {
    launchUrl,
    call,
    upload,
    rss,
    rssWithChildren,
    /** Samples the memory every 100 ms until stopped: returns the host's peak and the peak with the processes it started. */
    sampleMemory() {
      let peak = rss() ?? 0;
      let withChildren = rssWithChildren();
      const timer = setInterval(() => {
        peak = Math.max(peak, rss() ?? 0);
        withChildren = Math.max(withChildren, rssWithChildren());
      }, 100);
      return () => (clearInterval(timer), { peak, withChildren });
    },
    /**
     * Calls app.info every 20 ms while `work` runs: how long each call waited, when each began
     * (performance.now()), and the longest time the host's own thread was held meanwhile (`held`,
     * ms; 12 when never longer) with the same from the time `from()` answers (`heldAfter`).
     */
    async probeDuring(work, from = () => 0) {
      const since = performance.timeOrigin + performance.now();
      const waits = [];
      const startedAt = [];
      let running = true;
      const probe = (async () => {
        while (running) {
          const t0 = performance.now();
          await call('app.info');
          waits.push(performance.now() - t0);
          startedAt.push(t0);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const result = await work();
      running = false;
      await probe;
      await new Promise((r) => setTimeout(r, 50));
      const heldAfter = (t) => Math.max(12, ...gaps.filter(([ms, end]) => end - ms >= t).map(([ms]) => ms));
      return { waits, startedAt, result, held: heldAfter(since), heldAfter: heldAfter(performance.timeOrigin + from()) };
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}
