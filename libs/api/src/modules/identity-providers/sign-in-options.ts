import { listSignInProviders } from '@srw/db';
import { getRuntime } from '../../runtime';

export interface SignInOptions {
  /** One button per enabled provider: its slug (the form's address) and label. */
  providers: { slug: string; label: string }[];
  /** PASSWORD_SIGN_IN: whether the page shows the password form. */
  passwordSignIn: boolean;
}

/** What the sign-in page offers; read on the server for every visit, so a new provider shows at once. */
export async function signInOptions(): Promise<SignInOptions> {
  const runtime = await getRuntime();
  return {
    providers: await listSignInProviders(runtime.handle.db),
    passwordSignIn: runtime.config.passwordSignIn,
  };
}
