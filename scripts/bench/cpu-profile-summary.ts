/** Self time by function and by package of a V8 CPU profile (the `.cpuprofile` JSON of `node --cpu-prof` or node:inspector). */

export interface TCpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface TCpuProfileSummary {
  totalUs: number;
  byFunction: { name: string; where: string; selfUs: number }[];
  byPackage: [string, number][];
}

/** `node_modules/@react-pdf/layout/lib/index.js` -> `@react-pdf/layout`; our own files by their path; V8's pseudo-frames ((garbage collector), (program)) as they are. */
function packageOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.slice(url.lastIndexOf('node_modules/') === -1 ? 0 : url.lastIndexOf('node_modules/')));
  if (match) return match[1];
  if (url.startsWith('node:')) return 'node';
  const cwd = `file://${process.cwd()}/`;
  return url.startsWith(cwd) ? url.slice(cwd.length) : url;
}

export function summarizeCpuProfile(profile: TCpuProfile): TCpuProfileSummary {
  const selfById = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) selfById.set(profile.samples[i], (selfById.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const byFunction = new Map<string, { name: string; where: string; selfUs: number }>();
  const byPackage = new Map<string, number>();
  let totalUs = 0;
  for (const node of profile.nodes) {
    const self = selfById.get(node.id) ?? 0;
    if (!self) continue;
    if (node.callFrame.functionName === '(idle)') continue;
    totalUs += self;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName);
    const where = url ? `${pkg}:${lineNumber + 1}` : '';
    const key = `${functionName}@${where}`;
    const entry = byFunction.get(key) ?? { name: functionName || '(anonymous)', where, selfUs: 0 };
    entry.selfUs += self;
    byFunction.set(key, entry);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + self);
  }
  return {
    totalUs,
    byFunction: [...byFunction.values()].sort((a, b) => b.selfUs - a.selfUs),
    byPackage: [...byPackage.entries()].sort((a, b) => b[1] - a[1]),
  };
}
