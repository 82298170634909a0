import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, expectAccessible, signIn, test } from '../support/fixtures';

test.describe('audittrail', () => {
  test('filters by person, hides sign-ins unless asked, and links to the record', async ({ page, seed, baseURL }) => {
    const admin = await seed.user({ name: 'Aaa Auditbeheerder', organisation: 'DEFENSIE', globalRole: 'admin' });
    const chair = await seed.user({ name: 'Voorzitter Audit', organisation: 'POLITIE' });
    const groupName = `Werkgroep Audit ${seed.suffix}`;
    const adminApi = await apiAs(baseURL ?? '', admin.email, E2E_PASSWORD);
    await adminApi.workingGroups.create.mutate({
      name: groupName,
      theme: 'Wie heeft wat gewijzigd?',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });

    await signIn(page, admin.email);
    await page.goto('/beheer/audittrail');
    await expect(page.getByRole('heading', { level: 1, name: 'Audittrail' })).toBeVisible();
    // The person filter names each person with their organisation.
    await page.getByLabel('Persoon').selectOption({ label: `${admin.name} (DEFENSIE)` });
    await expect(page).toHaveURL(new RegExp(`persoon=${admin.id}`));

    const trail = page.getByRole('list', { name: 'Wat' });
    const created = trail.getByRole('listitem').filter({ hasText: 'Werkgroep aangemaakt' });
    await expect(created).toHaveCount(1);
    await expect(created).toContainText(admin.name);
    await expect(created).toContainText(groupName);
    // Two sign-ins (API and browser), hidden by default.
    await expect(trail.getByText('ingelogd')).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel('Ook in- en uitloggen tonen').check();
    await expect(page).toHaveURL(/inloggen=1/);
    // The download follows the filters on screen.
    await expect(page.getByRole('link', { name: /Als CSV$/ })).toHaveAttribute(
      'href',
      new RegExp(`persoon=${admin.id}&inloggen=1`),
    );
    await expect(trail.getByRole('listitem').filter({ hasText: 'ingelogd' }).first()).toBeVisible();

    await created.getByRole('link', { name: 'Werkgroep openen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  });
});
