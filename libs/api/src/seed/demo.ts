import { hashPassword, symmetricEncrypt } from 'better-auth/crypto';
import {
  DEMO_PASSWORD,
  demoRecoveryCodes,
  demoUsers,
  findUserByEmail,
  insertConfirmedTwoFactor,
  seedDemoData,
  type Database,
} from '@srw/db';

/**
 * The demo workspace (`libs/db/src/seed/demo/`) for a first start on an empty
 * database, with the demo password hashed the way sign-in checks it. False when
 * the database already has users. The demo accounts whose roles must use a
 * second factor are enrolled with their fixed TOTP keys, encrypted with the
 * auth secret the way better-auth's two-factor plugin stores a key it imported
 * (`base32:<key>`), so a newcomer can try every role.
 */
export async function seedDemoWorkspace(db: Database, authSecret: string): Promise<boolean> {
  const seeded = await seedDemoData(db, await hashPassword(DEMO_PASSWORD));
  if (!seeded) return false;
  for (const demo of demoUsers) {
    if (!demo.totpKey) continue;
    const user = await findUserByEmail(db, demo.email);
    if (!user) continue;
    await insertConfirmedTwoFactor(db, {
      userId: user.id,
      encryptedSecret: await symmetricEncrypt({ key: authSecret, data: `base32:${demo.totpKey}` }),
      encryptedBackupCodes: await symmetricEncrypt({ key: authSecret, data: JSON.stringify(demoRecoveryCodes(demo)) }),
    });
  }
  return true;
}
