import fs from 'node:fs';

/**
 * CPU time (user + system, all threads) of process trees, from /proc (Linux): what a run cost the
 * server and PostgreSQL, per request. Unlike wall-clock figures this stays comparable on a busy
 * machine, give or take cache effects.
 */
const TICKS_PER_SECOND = 100; // USER_HZ: `getconf CLK_TCK` on Linux

type TProc = { pid: number; ppid: number; comm: string; ticks: number };

function readProcs(): TProc[] {
  const out: TProc[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid … utime(14) stime(15) cutime(16) cstime(17): comm may hold spaces and
      // parentheses. With the children's times (those it has reaped: PostgreSQL's backends that
      // closed), the sum over the live tree is everything the tree used, each process counted once.
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      out.push({ pid: Number(name), comm: stat.slice(stat.indexOf('(') + 1, close), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) });
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** Milliseconds of CPU used so far by `root` and its descendants, optionally only those named `comm`. */
export function treeCpuMs(root: number, comm?: string): number {
  const procs = readProcs();
  const children = new Map<number, TProc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let ticks = 0;
  const self = procs.find((p) => p.pid === root);
  const stack = self ? [self] : [];
  while (stack.length) {
    const p = stack.pop()!;
    if (!comm || p.comm === comm) ticks += p.ticks;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return (ticks / TICKS_PER_SECOND) * 1000;
}

/** Milliseconds of CPU so far of each thread of the processes in `pids`, summed by thread name (V8 workers, libuv's pool, the main thread…). */
export function threadCpuMs(pids: number[]): Map<string, number> {
  const byName = new Map<string, number>();
  for (const pid of pids) {
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        const fields = stat.slice(close + 2).split(' ');
        // The name, and the nice value when not 0 (the render threads lower theirs).
        const nice = Number(fields[16]);
        const name = `${tid === String(pid) ? 'main thread' : stat.slice(stat.indexOf('(') + 1, close)}${nice ? ` (nice ${nice})` : ''}`;
        byName.set(name, (byName.get(name) ?? 0) + ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000);
      } catch {
        // exited meanwhile
      }
    }
  }
  return byName;
}

/** The pids of `root` and its descendants. */
export function treePids(root: number): number[] {
  const procs = readProcs();
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    for (const p of procs) if (p.ppid === pid) stack.push(p.pid);
  }
  return out;
}
