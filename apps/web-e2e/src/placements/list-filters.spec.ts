import { addMonths, calendarDateInNetherlands } from '@srw/domain';
import { approveByBothOrganisations } from '../support/consent';
import { expect, signIn, test } from '../support/fixtures';

const today = calendarDateInNetherlands(new Date());

test.describe('liaisons', () => {
  test.describe.configure({ timeout: 300_000 });

  test('the list keeps its applied filters in the address: reload and Back', async ({ page, seed, baseURL }) => {
    const manager = await seed.user({ name: 'Manager Lijstfilter', organisation: 'POLITIE', globalRole: 'management' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const unit = `Lijsteenheid ${seed.suffix}`;
    const base = {
      homeOrganisationId: defensie,
      homeUnit: 'Staf',
      hostOrganisationId: politie,
      hostUnit: unit,
      hostFunction: 'Liaison',
      purpose: 'Voor de lijstfilter',
      startDate: addMonths(today, 1),
      endDate: addMonths(today, 4),
      hoursPerWeek: 8,
    };
    const proposed = `Sergeant Voorstel ${seed.suffix}`;
    const approved = `Sergeant Goedgekeurd ${seed.suffix}`;
    await seed.admin.placements.propose.mutate({ ...base, person: { kind: 'named', name: proposed } });
    const second = await seed.admin.placements.propose.mutate({ ...base, person: { kind: 'named', name: approved } });
    await approveByBothOrganisations(seed, baseURL ?? '', second);

    await signIn(page, manager.email);
    await page.goto('/liaisons');
    const row = (person: string) => page.getByRole('link', { name: person, exact: true });
    const unitField = page.getByLabel(/^Eenheid/);
    const statusField = page.getByLabel(/^Status/);

    // Nothing changes until the filter is applied.
    await unitField.fill(unit);
    await expect(page).toHaveURL(/\/liaisons$/);
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page).toHaveURL(/[?&]eenheid=/);
    expect(new URL(page.url()).searchParams.get('eenheid')).toBe(unit);
    await expect(row(proposed)).toBeVisible({ timeout: 30_000 });
    await expect(row(approved)).toBeVisible();

    await statusField.selectOption({ label: 'Goedgekeurd' });
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page).toHaveURL(/[?&]status=goedgekeurd/);
    await expect(row(approved)).toBeVisible();
    await expect(row(proposed)).toHaveCount(0);

    // A reload (or a shared link) opens the same filtered list.
    await page.reload();
    await expect(unitField).toHaveValue(unit);
    await expect(statusField).toHaveValue('goedgekeurd');
    await expect(row(approved)).toBeVisible({ timeout: 30_000 });
    await expect(row(proposed)).toHaveCount(0);

    // Back returns to the filters applied before, form included.
    await page.goBack();
    await expect(page).not.toHaveURL(/status=/);
    await expect(statusField).toHaveValue('');
    await expect(unitField).toHaveValue(unit);
    await expect(row(proposed)).toBeVisible({ timeout: 30_000 });
    await expect(row(approved)).toBeVisible();

    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page).toHaveURL(/\/liaisons$/);
    await expect(unitField).toHaveValue('');
  });
});
