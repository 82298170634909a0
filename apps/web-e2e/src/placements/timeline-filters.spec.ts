import { addMonths, calendarDateInNetherlands } from '@srw/domain';
import { approveByBothOrganisations } from '../support/consent';
import { expect, signIn, test } from '../support/fixtures';

const today = calendarDateInNetherlands(new Date());

test.describe('liaisons', () => {
  test.describe.configure({ timeout: 300_000 });

  test('the timeline filters by status and organisation, and keeps the filters in the address', async ({
    page,
    seed,
    baseURL,
  }) => {
    const manager = await seed.user({ name: 'Manager Tijdlijn', organisation: 'POLITIE', globalRole: 'management' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const kmar = await seed.organisationId('KMAR');
    const base = {
      homeUnit: 'Staf',
      hostFunction: 'Liaison',
      purpose: 'Voor de tijdlijnfilter',
      startDate: addMonths(today, 1),
      endDate: addMonths(today, 4),
      hoursPerWeek: 8,
    };
    const proposed = `Korporaal Voorstel ${seed.suffix}`;
    const approved = `Korporaal Goedgekeurd ${seed.suffix}`;
    await seed.admin.placements.propose.mutate({
      ...base,
      person: { kind: 'named', name: proposed },
      homeOrganisationId: defensie,
      hostOrganisationId: politie,
      hostUnit: `Tijdlijneenheid A ${seed.suffix}`,
    });
    const second = await seed.admin.placements.propose.mutate({
      ...base,
      person: { kind: 'named', name: approved },
      homeOrganisationId: politie,
      hostOrganisationId: defensie,
      hostUnit: `Tijdlijneenheid B ${seed.suffix}`,
    });
    await approveByBothOrganisations(seed, baseURL ?? '', second, ['POLITIE', 'DEFENSIE']);
    const withKmar = `Wachtmeester Marechaussee ${seed.suffix}`;
    await seed.admin.placements.propose.mutate({
      ...base,
      person: { kind: 'named', name: withKmar },
      homeOrganisationId: politie,
      hostOrganisationId: kmar,
      hostUnit: `Tijdlijneenheid C ${seed.suffix}`,
    });

    await signIn(page, manager.email);
    await page.goto('/liaisons/tijdlijn');
    const bar = (person: string) => page.getByRole('link', { name: new RegExp(`^${person}, `) });
    await expect(bar(proposed)).toBeVisible({ timeout: 30_000 });
    await expect(bar(approved)).toBeVisible();

    await page.getByLabel(/^Status/).selectOption({ label: 'Goedgekeurd' });
    await expect(page).toHaveURL(/[?&]status=goedgekeurd/);
    await expect(bar(approved)).toBeVisible();
    await expect(bar(proposed)).toHaveCount(0);

    // A reload (or a shared link) opens the same view.
    await page.reload();
    await expect(page.getByLabel(/^Status/)).toHaveValue('goedgekeurd');
    await expect(bar(approved)).toBeVisible({ timeout: 30_000 });
    await expect(bar(proposed)).toHaveCount(0);

    // Two placements are between Defensie and Politie; only the third involves the KMar.
    await page.getByLabel(/^Status/).selectOption({ label: 'Alle statussen' });
    await page.getByLabel(/^Organisatie/).selectOption({ value: kmar });
    await expect(page).toHaveURL(new RegExp(`organisatie=${kmar}`));
    await expect(page).not.toHaveURL(/status=/);
    await expect(bar(withKmar)).toBeVisible();
    await expect(bar(proposed)).toHaveCount(0);
    await expect(bar(approved)).toHaveCount(0);
    await page.getByLabel(/^Organisatie/).selectOption({ value: politie });
    await expect(bar(proposed)).toBeVisible();
    await expect(bar(approved)).toBeVisible();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page).toHaveURL(/\/liaisons\/tijdlijn$/);

    // The window moves with the address too.
    await page.getByRole('button', { name: /Later/ }).click();
    await expect(page).toHaveURL(/[?&]van=\d{4}-\d{2}-01/);
  });
});
