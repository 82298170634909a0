import { expect, test } from '../support/fixtures';
import { signInPatiently } from './journeys';

test.describe('aanbevelingen: filters in het adres', () => {
  // Long journeys on a shared, slow machine: more time than the suite default.
  test.describe.configure({ timeout: 180_000 });

  test('the register keeps its filters in the address: reload and Back', async ({ page, seed }) => {
    const chair = await seed.user({ name: 'Voorzitter Registerfilter', organisation: 'POLITIE' });
    const politieId = await seed.organisationId('POLITIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Registerfilter ${seed.suffix}`,
      theme: 'Filters die blijven staan',
      organisationIds: [politieId],
      chairUserId: chair.id,
    });
    const base = {
      groupId: group.id,
      sourceType: 'working_group' as const,
      level: 'operationeel' as const,
      conditionIds: ['1.4.c'],
      addresseeOrganisationIds: [politieId],
    };
    const accepted = `Overdrachtsprotocol vastleggen ${seed.suffix}`;
    const proposed = `Gezamenlijke briefing plannen ${seed.suffix}`;
    const rec = await seed.admin.recommendations.create.mutate({ ...base, title: accepted });
    await seed.admin.recommendations.changeStatus.mutate({
      id: rec.id,
      version: rec.version,
      status: 'aanvaard',
      note: 'Aanvaard',
    });
    await seed.admin.recommendations.create.mutate({ ...base, title: proposed });

    await signInPatiently(page, chair.email);
    await page.goto('/aanbevelingen');
    const item = (title: string) => page.getByRole('link', { name: title });
    await page.getByLabel('Werkgroep', { exact: true }).selectOption({ label: group.name });
    await expect(page).toHaveURL(new RegExp(`[?&]werkgroep=${group.id}`));
    await expect(item(accepted)).toBeVisible({ timeout: 30_000 });
    await expect(item(proposed)).toBeVisible();

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Aanvaard' });
    await expect(page).toHaveURL(/[?&]status=aanvaard/);
    await expect(item(proposed)).toHaveCount(0);
    await page.getByLabel('Zoek op code of titel').fill('Overdrachtsprotocol');
    await expect(page).toHaveURL(/[?&]zoek=Overdrachtsprotocol/);
    await expect(item(accepted)).toBeVisible();

    // A reload (or a shared link) opens the same filtered register.
    await page.reload();
    await expect(page.getByLabel('Werkgroep', { exact: true })).toHaveValue(group.id);
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('aanvaard');
    await expect(page.getByLabel('Zoek op code of titel')).toHaveValue('Overdrachtsprotocol');
    await expect(item(accepted)).toBeVisible({ timeout: 30_000 });
    await expect(item(proposed)).toHaveCount(0);

    // Typing replaced the status entry; Back returns to the group filter alone.
    await page.goBack();
    await expect(page).not.toHaveURL(/status=|zoek=/);
    await expect(page).toHaveURL(new RegExp(`[?&]werkgroep=${group.id}`));
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Zoek op code of titel')).toHaveValue('');
    await expect(item(proposed)).toBeVisible();
    await expect(item(accepted)).toBeVisible();
  });
});
