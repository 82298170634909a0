import { hashPassword } from 'better-auth/crypto';
import { DEMO_PASSWORD, seedDemoData, type Database } from '@srw/db';

/**
 * The demo workspace (`libs/db/src/seed/demo/`) for a first start on an empty
 * database, with the demo password hashed the way sign-in checks it. False when
 * the database already has users.
 */
export async function seedDemoWorkspace(db: Database): Promise<boolean> {
  return seedDemoData(db, await hashPassword(DEMO_PASSWORD));
}
