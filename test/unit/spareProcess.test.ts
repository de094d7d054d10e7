import { describe, expect, it } from 'vitest';
import { PREPARE, spareProcesses } from '../../main/core/spareProcess';
import { exitOnce, type ForkWork, type WorkProcess } from '../../main/core/workProcess';

// The host keeps an export's process waiting with its modules loaded (issue 15: half a second of a
// committee paper's two was starting Node and loading modules). A waiting process must be the one
// handed out, must not keep the host open, and a new one must never start beside a running export.

interface FakeProcess extends WorkProcess {
  script: string;
  sent: unknown[];
  holds: boolean[];
  killed: boolean;
  exit(code: number | null): void;
}

function fakeFork() {
  const started: FakeProcess[] = [];
  const fork: ForkWork = (script) => {
    const exit = exitOnce();
    const p: FakeProcess = {
      script,
      sent: [],
      holds: [],
      killed: false,
      send: (m) => void p.sent.push(m),
      onMessage: () => {},
      onExit: exit.onExit,
      kill: () => {
        p.killed = true;
        exit.end(null);
      },
      ended: exit.ended,
      hold: (h) => void p.holds.push(h),
      exit: exit.end,
    };
    started.push(p);
    return p;
  };
  return { fork, started };
}

/** Spare processes over a fake fork, with none waiting yet. */
function spareOverFake() {
  const { fork, started } = fakeFork();
  return { started, spares: spareProcesses(fork) };
}

const settle = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

describe('spare processes', () => {
  it('hand out the waiting process, told to prepare and not holding the host open until it is taken', () => {
    const { started, spares } = spareOverFake();
    spares.prepare('export.js');
    spares.prepare('export.js');
    expect(started).toHaveLength(1);
    const spare = started[0]!;
    expect(spare.sent).toEqual([PREPARE]);
    expect(spare.holds).toEqual([false]);
    expect(spares.fork('export.js')).toBe(spare);
    expect(spare.holds).toEqual([false, true]);
    expect(started).toHaveLength(1);
  });

  it('start a process when none waits, and none to wait for a script never prepared (an import)', async () => {
    const { started, spares } = spareOverFake();
    const fresh = spares.fork('import.js');
    expect(started).toEqual([fresh]);
    expect(started[0]!.sent).toEqual([]);
    fresh.kill();
    await settle();
    expect(started).toHaveLength(1);
  });

  it('replace a spare that ended while it waited', async () => {
    const { started, spares } = spareOverFake();
    spares.prepare('export.js');
    started[0]!.exit(1);
    const taken = spares.fork('export.js');
    expect(taken).toBe(started[1]);
    expect(taken.ended()).toBe(false);
  });

  it('start the next waiting process only once no export runs', async () => {
    const { started, spares } = spareOverFake();
    spares.prepare('export.js');
    const first = spares.fork('export.js') as FakeProcess;
    expect(first).toBe(started[0]);
    const second = spares.fork('export.js') as FakeProcess;
    first.exit(0);
    await settle();
    expect(started).toHaveLength(2);
    second.exit(0);
    await settle();
    expect(started).toHaveLength(3);
    expect(started[2]!.sent).toEqual([PREPARE]);
    expect(started[2]!.holds).toEqual([false]);
    expect(spares.fork('export.js')).toBe(started[2]);
  });

  it('start none beside a running export when asked, but once it has ended', async () => {
    const { started, spares } = spareOverFake();
    const running = spares.fork('export.js') as FakeProcess;
    spares.prepare('export.js');
    expect(started).toHaveLength(1);
    running.exit(0);
    await settle();
    expect(started).toHaveLength(2);
    expect(started[1]!.sent).toEqual([PREPARE]);
  });

  it('survive a process that cannot start when one is to wait', async () => {
    let fail = false;
    const { fork, started } = fakeFork();
    const spares = spareProcesses((script) => {
      if (fail) throw new Error('spawn EAGAIN');
      return fork(script);
    });
    spares.prepare('export.js');
    const taken = spares.fork('export.js') as FakeProcess;
    fail = true;
    taken.exit(0);
    await settle();
    expect(started).toHaveLength(1);
  });

  it('once stopped, end the waiting process and start no other', async () => {
    const { started, spares } = spareOverFake();
    spares.prepare('export.js');
    spares.prepare('other.js');
    const taken = spares.fork('export.js') as FakeProcess;
    spares.stop();
    expect(started[1]!.killed).toBe(true);
    taken.exit(0);
    await settle();
    spares.prepare('export.js');
    expect(started).toHaveLength(2);
  });

  it('tell a listener that asks after the end how the process ended', () => {
    const exit = exitOnce();
    const codes: (number | null)[] = [];
    exit.onExit((c) => codes.push(c));
    exit.end(3);
    exit.end(4);
    exit.onExit((c) => codes.push(c));
    expect(codes).toEqual([3, 3]);
    expect(exit.ended()).toBe(true);
  });
});
