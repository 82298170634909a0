import { DEMO_PASSWORD, demoUsers } from '@srw/db/demo-accounts';
import { startDemoOidcProvider, type DemoOidcAccount, type RunningDemoOidc } from './demo-oidc-provider';
import { demoOidcIssuers } from './demo-oidc-seed';

export {
  demoOidcIssuers,
  demoOidcOrganisations,
  seedDemoIdentityProviders,
  DEMO_OIDC_CLIENT_ID,
} from './demo-oidc-seed';

/**
 * Starts the local demo provider with the demo accounts (`npm start`, the e2e
 * server); `providerOnlyAccounts` are people the provider knows and the app does
 * not (yet): the e2e server's, for an account made at sign-in.
 */
export function startDemoOidc(options: {
  port: number;
  appUrls: readonly string[];
  providerOnlyAccounts?: readonly DemoOidcAccount[];
}): Promise<RunningDemoOidc> {
  return startDemoOidcProvider({
    port: options.port,
    accounts: [
      ...demoUsers.map((user) => ({ email: user.email, name: user.name, organisation: user.organisation })),
      ...(options.providerOnlyAccounts ?? []),
    ],
    password: DEMO_PASSWORD,
    issuers: demoOidcIssuers(options.appUrls),
  });
}

export {
  startDemoOidcProvider,
  type DemoOidcAccount,
  type DemoOidcIssuer,
  type RunningDemoOidc,
} from './demo-oidc-provider';
