import { addMonths, calendarDateInNetherlands } from '@srw/domain';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

const today = calendarDateInNetherlands(new Date());

test.describe('liaisons', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the chair edits a placement’s details, consents for Defensie on the same page and edits again without a conflict', async ({
    page,
    seed,
  }) => {
    const chair = await seed.user({ name: 'Kolonel Bewerker', organisation: 'DEFENSIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Gegevens ${seed.suffix}`,
      theme: 'Liaisons',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    const person = `Adjudant Gegevens ${seed.suffix}`;
    const placement = await seed.admin.placements.propose.mutate({
      person: { kind: 'named', name: person },
      homeOrganisationId: await seed.organisationId('DEFENSIE'),
      homeUnit: 'Korps Mariniers',
      hostOrganisationId: await seed.organisationId('POLITIE'),
      hostUnit: `Eenheid Zeeland ${seed.suffix}`,
      hostFunction: 'Liaison',
      purpose: 'Meekijken bij de meldkamer',
      startDate: addMonths(today, 1),
      endDate: addMonths(today, 7),
      hoursPerWeek: 16,
      groupId: group.id,
    });

    await signIn(page, chair.email);
    await page.goto(`/liaisons/${placement.id}`);
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible({ timeout: 30_000 });
    const details = page.getByRole('region', { name: 'Gegevens bewerken' });
    await details.getByLabel(/^Uren per week/).fill('20');
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await expect(details.getByText('Opgeslagen.')).toBeVisible();
    await expect(details.getByLabel(/^Uren per week/)).toHaveValue('20');

    // Consenting changes the placement's version; the untouched form takes the new version over.
    await page.getByRole('button', { name: 'Instemmen namens Ministerie van Defensie' }).click();
    await expect(page.getByText('Wacht op goedkeuring gastorganisatie (Nationale Politie)')).toBeVisible();
    await expect(page.getByText('Wacht op goedkeuring thuisorganisatie (Ministerie van Defensie)')).toHaveCount(0);
    await details.getByLabel(/^Doel/).fill(`Steunverzoeken sneller afhandelen ${seed.suffix}`);
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await expect(details.getByText('Opgeslagen.')).toBeVisible();
    await expect(details.getByRole('alert')).toHaveCount(0);
    await expectAccessible(page);

    const stored = await seed.admin.placements.get.query({ id: placement.id });
    expect(stored).toMatchObject({
      status: 'voorgesteld',
      hoursPerWeek: 20,
      purpose: `Steunverzoeken sneller afhandelen ${seed.suffix}`,
    });
  });
});
