import { apiAs } from './api';
import { E2E_PASSWORD, type Seeder } from './fixtures';

/**
 * Both organisations consent to a placement the demo admin proposed, each by its
 * own management (never the proposer), so it becomes goedgekeurd. Returns the
 * approved placement.
 */
export async function approveByBothOrganisations(
  seed: Seeder,
  baseURL: string,
  placement: { id: string; version: number },
  organisations: [home: string, host: string] = ['DEFENSIE', 'POLITIE'],
) {
  let version = placement.version;
  let approved = null;
  for (const code of organisations) {
    const manager = await seed.user({ name: `Manager Akkoord ${code}`, organisation: code, globalRole: 'management' });
    const api = await apiAs(baseURL, manager.email, E2E_PASSWORD);
    approved = await api.placements.consent.mutate({
      id: placement.id,
      version,
      organisationId: await seed.organisationId(code),
    });
    version = approved.version;
  }
  if (!approved) throw new Error('no consent');
  return approved;
}
