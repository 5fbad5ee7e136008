// Preloaded (NODE_OPTIONS=--import) into the app's processes by scripts/bench/profile-saves.ts, since
// `--cpu-prof` is not allowed in NODE_OPTIONS. SIGUSR2 starts the V8 sampling profiler of the main
// thread; the next SIGUSR2 stops it and writes <dir>/<pid>.cpuprofile. Each process leaves
// <dir>/<pid>.pid so the caller can find it.
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

const dir = process.env.HR_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  let running = false;
  fs.writeFileSync(`${dir}/${process.pid}.pid`, '');
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      void session.post('Profiler.enable').then(() => session.post('Profiler.setSamplingInterval', { interval: 250 })).then(() => session.post('Profiler.start'));
      return;
    }
    running = false;
    void session.post('Profiler.stop').then(({ profile }) => fs.writeFileSync(`${dir}/${process.pid}.cpuprofile`, JSON.stringify(profile)));
  });
}
