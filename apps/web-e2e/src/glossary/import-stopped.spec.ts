import { expect, signIn, test } from '../support/fixtures';

test.describe('begrippenlijst: import', () => {
  test('a file that fails the check says the import stopped, with no progress bar left halfway', async ({
    page,
    seed,
  }) => {
    const chair = await seed.user({ name: 'Kapitein Import', organisation: 'DEFENSIE' });
    await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Import ${seed.suffix}`,
      theme: 'Begrippen',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    await signIn(page, chair.email);
    await page.goto('/begrippenlijst/importeren');
    await page.getByLabel('Beherende werkgroep').selectOption({ label: `Werkgroep Import ${seed.suffix}` });
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'begrippen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('naam;definitie\nwacht;iets\n'),
    });
    await expect(page.getByText('De kolom "begrip" ontbreekt in de eerste regel.')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Gestopt: de controle vond fouten' })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
  });
});
