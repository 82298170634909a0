import type { GlobalRole } from '@srw/domain';

/** Demo accounts seeded on the first start of an empty database (listed in the README). */

/** The password of every demo account. */
export const DEMO_PASSWORD = 'Demo-wachtwoord-2026';

export interface DemoUser {
  key: string;
  name: string;
  email: string;
  organisation: string;
  globalRole: GlobalRole;
  /**
   * A fixed TOTP key (base32) for the roles that must use a second factor: the
   * demo seeds them already enrolled, so anyone can sign in with an
   * authenticator app or a computed code (README, "Demo accounts").
   */
  totpKey?: string;
}

/** Recovery codes of a demo account with a TOTP key: `<key>-herstel-01` … `-10` (each works once). */
export function demoRecoveryCodes(user: DemoUser): string[] {
  return Array.from({ length: 10 }, (_, i) => `${user.key}-herstel-${String(i + 1).padStart(2, '0')}`);
}

export const demoUsers: DemoUser[] = [
  {
    key: 'admin',
    name: 'Bram Beheer',
    email: 'beheer@samenwerkingsruimte.example',
    organisation: 'DEFENSIE',
    globalRole: 'admin',
    totpKey: 'SRWDEMOBEHEERTOTPSLEUTELADMIN234',
  },
  {
    key: 'management',
    name: 'Marieke de Vries',
    email: 'marieke.devries@politie.example',
    organisation: 'POLITIE',
    globalRole: 'management',
    totpKey: 'SRWDEMOMARIEKETOTPSLEUTEL2345672',
  },
  {
    key: 'pieter',
    name: 'Pieter Jansen',
    email: 'pieter.jansen@defensie.example',
    organisation: 'DEFENSIE',
    globalRole: 'member',
  },
  {
    key: 'sanne',
    name: 'Sanne Visser',
    email: 'sanne.visser@politie.example',
    organisation: 'POLITIE',
    globalRole: 'member',
  },
  {
    key: 'ahmed',
    name: 'Ahmed el Amrani',
    email: 'ahmed.elamrani@politie.example',
    organisation: 'POLITIE',
    globalRole: 'member',
  },
  {
    key: 'lotte',
    name: 'Lotte de Boer',
    email: 'lotte.deboer@defensie.example',
    organisation: 'DEFENSIE',
    globalRole: 'member',
  },
  { key: 'ruben', name: 'Ruben Smit', email: 'ruben.smit@kmar.example', organisation: 'KMAR', globalRole: 'member' },
  {
    key: 'eva',
    name: 'Eva Mulder',
    email: 'eva.mulder@politie.example',
    organisation: 'POLITIE',
    globalRole: 'member',
  },
];
