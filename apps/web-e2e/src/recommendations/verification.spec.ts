import { todayInNetherlands } from '@srw/domain';
import { expect, test } from '../support/fixtures';
import { signInPatiently } from './journeys';

test.describe('aanbevelingen: verificatie', () => {
  // Long journeys on a shared, slow machine: more time than the suite default.
  test.describe.configure({ timeout: 180_000 });

  test('verifying without evidence is refused; with a later exercise it succeeds', async ({ page, seed }) => {
    const chair = await seed.user({ name: 'Voorzitter Verificatie', organisation: 'DEFENSIE' });
    const defensieId = await seed.organisationId('DEFENSIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Verificatie ${seed.suffix}`,
      theme: 'Nagaan of afspraken werken',
      organisationIds: [defensieId],
      chairUserId: chair.id,
    });
    const title = `Oefenkalender delen ${seed.suffix}`;
    const rec = await seed.admin.recommendations.create.mutate({
      groupId: group.id,
      title,
      sourceType: 'working_group',
      level: 'operationeel',
      conditionIds: ['1.4.c'],
      addresseeOrganisationIds: [defensieId],
    });
    let version = (
      await seed.admin.recommendations.changeStatus.mutate({
        id: rec.id,
        version: rec.version,
        status: 'aanvaard',
        note: 'Aanvaard',
      })
    ).version;
    version = (
      await seed.admin.recommendations.changeStatus.mutate({
        id: rec.id,
        version,
        status: 'in_uitvoering',
        note: 'Gestart',
      })
    ).version;
    version = (
      await seed.admin.recommendations.recordAddresseeProgress.mutate({
        id: rec.id,
        version,
        organisationId: defensieId,
        state: 'uitgevoerd',
        note: 'Gedaan',
      })
    ).version;
    await seed.admin.recommendations.changeStatus.mutate({
      id: rec.id,
      version,
      status: 'uitgevoerd',
      note: 'Uitgevoerd',
    });

    await signInPatiently(page, chair.email);
    await page.goto(`/aanbevelingen/${rec.id}`);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();

    // The chair corrects the title first (edits stay possible until verification).
    const edit = page.getByRole('region', { name: 'Gegevens wijzigen' });
    await edit.locator('summary').click();
    await edit.getByLabel('Titel').fill(`${title} (bijgewerkt)`);
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${title} \\(bijgewerkt\\)`) })).toBeVisible();

    const status = page.getByRole('region', { name: 'Status wijzigen' });
    await status.getByLabel('Nieuwe status').selectOption({ label: 'Geverifieerd' });
    await status.getByLabel('Toelichting').fill('Gecontroleerd.');
    await status.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(status.getByRole('alert').first()).toContainText('Verifiëren kan alleen met bewijs');
    await expect(page.locator('main header').first().getByText('Uitgevoerd', { exact: true })).toBeVisible();

    await status.getByLabel('Soort bewijs').selectOption({ label: 'Latere oefening' });
    await status.getByLabel('Verwijzing (link of kenmerk)').fill('Evaluatie oefening Noorderlicht');
    await status.getByLabel('Datum van de oefening, het besluit of het document').fill(todayInNetherlands());
    await status.getByLabel('Wat laat het bewijs zien?').fill('De kalender werd door beide kanten gebruikt.');
    await status.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(page.locator('main header').first().getByText('Geverifieerd', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Geschiedenis' }).getByText(/Evaluatie oefening Noorderlicht/),
    ).toBeVisible();
  });
});
