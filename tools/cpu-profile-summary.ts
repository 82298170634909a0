/**
 * Where a server's CPU went: `npx tsx tools/cpu-profile-summary.ts <file.cpuprofile> [--top n]`
 * sums a V8 CPU profile's self time by area (Next's server, React, tRPC, Drizzle,
 * postgres.js, superjson, zod, our libs, Node itself, GC, idle) and lists the
 * hottest functions. Written by `npm run bench:http -- --cpu-prof <dir>`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const AREAS: [string, RegExp][] = [
  ['(idle)', /^\(idle\)$/],
  ['(garbage collector)', /^\(garbage collector\)$/],
  ['(program)', /^\(program\)$/],
  ['next: route pipeline', /next\/dist\/(server|compiled\/next-server)|\.next\/server\/chunks\/.*next_dist/],
  ['react-dom server', /react-dom|react-server-dom/],
  ['@trpc', /@trpc\//],
  ['drizzle-orm', /drizzle-orm/],
  ['postgres.js', /node_modules\/postgres\//],
  ['superjson', /superjson/],
  ['zod', /node_modules\/zod\//],
  ['better-auth', /better-auth|better-call|@better-auth/],
  ['libs (api, db, domain)', /libs\/(api|db|domain)|\[project\]\/libs/],
  ['other app bundle', /\.next\/server/],
  ['node internals', /^node:|^internal\//],
];

function areaOf(node: ProfileNode): string {
  const key = node.callFrame.url || node.callFrame.functionName;
  for (const [name, pattern] of AREAS) if (pattern.test(key) || pattern.test(node.callFrame.functionName)) return name;
  return node.callFrame.url ? 'other packages' : '(native / builtins)';
}

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx tools/cpu-profile-summary.ts <file.cpuprofile> [--top n]');
  process.exit(2);
}
const topIndex = process.argv.indexOf('--top');
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const areaTime = new Map<string, number>();
const functionTime = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, index) => {
  const node = byId.get(id);
  const delta = profile.timeDeltas[index] ?? 0;
  if (!node) return;
  total += delta;
  const area = areaOf(node);
  areaTime.set(area, (areaTime.get(area) ?? 0) + delta);
  const { functionName, url, lineNumber } = node.callFrame;
  const where = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\.next\//, '.next/')}:${lineNumber + 1}`;
  functionTime.set(where, (functionTime.get(where) ?? 0) + delta);
});
const busy = total - (areaTime.get('(idle)') ?? 0);
const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
console.log(`Profile: ${ms(total)} ms sampled, ${ms(busy)} ms busy (not idle).\n\nSelf time by area (share of busy):`);
for (const [area, us] of [...areaTime].sort((a, b) => b[1] - a[1])) {
  if (area !== '(idle)') console.log(`${ms(us)} ms ${pct(us)}  ${area}`);
}
console.log(`\nTop ${top} functions by self time:`);
for (const [where, us] of [...functionTime].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  if (!where.startsWith('(idle)')) console.log(`${ms(us)} ms ${pct(us)}  ${where}`);
}
