/**
 * `npm run bench:sign-in [-- --runs 40]`: does the time a sign-in takes reveal
 * whether an account exists? Times `auth.signIn` through the real router (in-memory
 * PGlite) with a wrong password for existing accounts and for unknown addresses,
 * alternating, each attempt for a fresh account and client address so the
 * throttle never answers first. Prints both medians and their difference; the
 * target is a difference within 10 %. Not part of `npm test`.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createCaller } from '@srw/api';
import { createTestHarness } from '@srw/api/testing';
import { percentile } from './bench-stats';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 40;

async function timeSignIn(h: Awaited<ReturnType<typeof createTestHarness>>, email: string, address: string) {
  const caller = createCaller(await h.contextFromHeaders({ 'user-agent': 'bench', 'x-forwarded-for': address }));
  const started = performance.now();
  await caller.auth.signIn({ email, password: 'een-verkeerd-wachtwoord' }).catch(() => undefined);
  return performance.now() - started;
}

const h = await createTestHarness();
try {
  const existing: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const email = `bestaand-${i}@politie.example`;
    await h.createUser({ name: `Bestaand ${i}`, organisation: 'POLITIE', email });
    const a = await timeSignIn(h, email, `10.50.${i % 250}.1`);
    const b = await timeSignIn(h, `onbekend-${i}@politie.example`, `10.60.${i % 250}.1`);
    // The first few warm up the JIT and the dummy hash.
    if (i >= 3) {
      existing.push(a);
      unknown.push(b);
    }
  }
  const medianExisting = percentile(existing, 50);
  const medianUnknown = percentile(unknown, 50);
  const difference = Math.abs(medianExisting - medianUnknown) / Math.max(medianExisting, medianUnknown);
  console.log(`Aanmelden met een verkeerd wachtwoord, ${runs} keer elk (load ${loadavg()[0]?.toFixed(2)}):`);
  console.log(`  bestaand account: mediaan ${medianExisting.toFixed(1)} ms`);
  console.log(`  onbekend account: mediaan ${medianUnknown.toFixed(1)} ms`);
  console.log(`  verschil: ${(difference * 100).toFixed(1)} % (doel: binnen 10 %)`);
  process.exitCode = difference <= 0.1 ? 0 : 1;
} finally {
  await h.close();
}
