import type { Page } from '@playwright/test';
import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, test } from '../support/fixtures';
import { signInPatiently } from './journeys';

/** The dashboard's "implemented or verified" figure for one working group. */
async function implementedInGroup(page: Page, groupName: string): Promise<string> {
  await page.goto('/dashboard');
  await page.getByLabel('Werkgroep', { exact: true }).selectOption({ label: groupName });
  const card = page.locator('dt', { hasText: /^Uitgevoerd of geverifieerd$/ }).locator('xpath=following-sibling::dd');
  await expect(page.getByRole('region', { name: 'Voortgang per werkgroep' }).getByRole('row')).toHaveCount(2);
  return (await card.textContent()) ?? '';
}

test.describe('aanbevelingen: statusverloop', () => {
  // Long journeys on a shared, slow machine: more time than the suite default.
  test.describe.configure({ timeout: 180_000 });

  test('the chair moves an accepted recommendation to uitgevoerd, each organisation recording its own part first, and sees the dashboard change', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Voorzitter Verloop', organisation: 'DEFENSIE' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const groupName = `Werkgroep Verloop ${seed.suffix}`;
    const group = await seed.admin.workingGroups.create.mutate({
      name: groupName,
      theme: 'Bestuurders informeren',
      organisationIds: [defensie, politie],
      chairUserId: chair.id,
    });
    const api = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const title = `Werkgroep per vraagstuk die bestuurders rechtstreeks informeert ${seed.suffix}`;
    const created = await api.recommendations.create.mutate({
      groupId: group.id,
      title,
      sourceType: 'working_group',
      level: 'bestuurlijk',
      conditionIds: ['1.3.c'],
      addresseeOrganisationIds: [defensie, politie],
    });
    await api.recommendations.changeStatus.mutate({
      id: created.id,
      version: created.version,
      status: 'aanvaard',
      note: 'Aanvaard in het overleg.',
    });

    await signInPatiently(page, chair.email);
    expect(await implementedInGroup(page, groupName)).toBe('0');

    await page.goto(`/aanbevelingen/${created.id}`);
    const header = page.locator('main header').first();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`· ${title}$`) })).toBeVisible();
    const status = page.getByRole('region', { name: 'Status wijzigen' });
    await status.getByLabel('Nieuwe status').selectOption({ label: 'In uitvoering' });
    await status.getByLabel('Toelichting').fill('De kwartaalrapportage aan de bestuurders is ingeregeld.');
    await status.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(header.getByText('In uitvoering', { exact: true })).toBeVisible();

    const addressees = page.getByRole('region', { name: 'Uitvoering per organisatie' });
    await addressees
      .getByLabel('Stand van Ministerie van Defensie', { exact: true })
      .selectOption({ label: 'Uitgevoerd' });
    await addressees
      .getByLabel('Toelichting bij de stand van Ministerie van Defensie')
      .fill('Defensie levert haar capaciteitsoverzicht elk kwartaal.');
    await addressees
      .getByRole('listitem')
      .filter({ hasText: 'Ministerie van Defensie' })
      .getByRole('button', { name: 'Stand vastleggen' })
      .click();
    await expect(
      addressees.getByRole('listitem').filter({ hasText: 'Defensie levert haar capaciteitsoverzicht' }),
    ).toBeVisible();

    // Politie has not recorded its part yet: uitgevoerd is refused.
    await status.getByLabel('Nieuwe status').selectOption({ label: 'Uitgevoerd' });
    await expect(
      status.getByText('Nog niet elke organisatie heeft haar deel als uitgevoerd vastgelegd.'),
    ).toBeVisible();
    await status.getByLabel('Toelichting').fill('Klaar volgens Defensie.');
    await status.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(status.getByRole('alert').first()).toContainText('Nog niet elke geadresseerde organisatie');
    // Said once: not again beside the status field, nor in the warning shown before submitting.
    await expect(status.getByText(/Nog niet elke (geadresseerde )?organisatie heeft haar deel/)).toHaveCount(1);

    // The Defensie chair cannot record Politie's state: the page waits for Politie.
    await expect(addressees.getByLabel('Stand van Nationale Politie', { exact: true })).toHaveCount(0);
    await expect(page.getByText('Wacht op Nationale Politie')).toBeVisible();

    // A Politie member of the group records Politie's own state.
    const politieMember = await seed.user({ name: 'Inspecteur Verloop', organisation: 'POLITIE' });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: politieMember.id, role: 'member' });
    const politieApi = await apiAs(baseURL ?? '', politieMember.email, E2E_PASSWORD);
    const current = await politieApi.recommendations.get.query({ id: created.id });
    await politieApi.recommendations.recordAddresseeProgress.mutate({
      id: created.id,
      version: current.version,
      organisationId: politie,
      state: 'uitgevoerd',
      note: 'De politie rapporteert mee via de werkgroep.',
    });
    await page.reload();
    await expect(addressees.getByRole('listitem').filter({ hasText: 'De politie rapporteert mee' })).toBeVisible({
      timeout: 30_000,
    });

    await status.getByLabel('Nieuwe status').selectOption({ label: 'Uitgevoerd' });
    await status.getByLabel('Toelichting').fill('Beide organisaties rapporteren nu elk kwartaal aan de bestuurders.');
    await status.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(header.getByText('Uitgevoerd', { exact: true })).toBeVisible();
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await expect(history.getByText('Status: In uitvoering → Uitgevoerd')).toBeVisible();
    await expect(history.getByText('Beide organisaties rapporteren nu elk kwartaal aan de bestuurders.')).toBeVisible();

    expect(await implementedInGroup(page, groupName)).toBe('1');
  });
});
