// Loaded into the host's process by the bench (node --require): reports on stderr each time the
// thread that answers calls was held for more than 10 ms, measured by a 2 ms timer. A call's round
// trip also holds the bench's own scheduling on two shared cores; this is the host's part alone.
const { isMainThread } = require('node:worker_threads');

if (isMainThread) {
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 12) process.stderr.write(`LOOPGAP ${(now - last).toFixed(1)} ${(performance.timeOrigin + now).toFixed(0)}\n`);
    last = now;
  }, 2).unref();
}
