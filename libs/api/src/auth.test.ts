import { describe, expect, it } from 'vitest';
import { withClientAddress } from './auth';

type Before = NonNullable<
  NonNullable<NonNullable<Parameters<typeof withClientAddress>[0]['session']>['create']>['before']
>;
type Session = Parameters<Before>[0];
type Endpoint = Parameters<Before>[1];

const session = { ipAddress: '0000:0000:0000:0000:0000:0000:0000:0000', userAgent: 'ua' } as unknown as Session;
const endpoint = (headers: Record<string, string>) =>
  ({ headers: new Headers(headers), path: '/sign-in/email' }) as unknown as Endpoint;

describe('withClientAddress', () => {
  it('records the socket peer in full (IPv6 not shortened), ignoring a client-sent X-Forwarded-For', async () => {
    const before = withClientAddress({}, 0).session?.create?.before;
    const result = await before?.(session, endpoint({ 'x-srw-peer-address': '::1', 'x-forwarded-for': '6.6.6.6' }));
    expect(result).toEqual({ data: { ...session, ipAddress: '::1' } });
  });

  it('takes the trusted proxy entry behind a proxy, and keeps what the inner hook added', async () => {
    const hooks = withClientAddress(
      { session: { create: { before: (s) => Promise.resolve({ data: { ...s, providerMfa: true } }) } } },
      1,
    );
    const result = await hooks.session?.create?.before?.(
      session,
      endpoint({ 'x-forwarded-for': '6.6.6.6, 2001:db8::7', 'x-srw-peer-address': '10.0.0.2' }),
    );
    expect(result).toEqual({ data: { ...session, providerMfa: true, ipAddress: '2001:db8::7' } });
  });

  it('keeps a refusal of the inner hook, and records no address without headers', async () => {
    const refusing = withClientAddress({ session: { create: { before: () => Promise.resolve(false) } } }, 0);
    expect(await refusing.session?.create?.before?.(session, endpoint({ 'x-srw-peer-address': '::1' }))).toBe(false);
    const plain = withClientAddress({}, 0);
    expect(await plain.session?.create?.before?.(session, null)).toEqual({ data: { ...session, ipAddress: null } });
  });
});
