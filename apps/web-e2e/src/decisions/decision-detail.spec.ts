import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';

/** First assertion after a navigation: the shared CI machine can be slow to render a page. */
const afterNavigation = { timeout: 30_000 };

test.describe('besluit: detailpagina', () => {
  test('states the outcome in its section, calls a proposed decision proposed, and keeps a refusal in the withdraw dialog', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kapitein Detail', organisation: 'DEFENSIE' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Detail ${seed.suffix}`,
      theme: 'Wat mag bij bewaking?',
      organisationIds: [defensie, politie],
      chairUserId: chair.id,
    });
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const decision = await chairApi.decisions.create.mutate({
      groupId: group.id,
      question: `Mag Defensie objecten bewaken tijdens een politie-inzet? (${seed.suffix})`,
      cooperationLevel: 'ASSISTANCE',
      topic: `Bewaking ${seed.suffix}`,
      outcome: 'NOT_ALLOWED',
      organisationIds: [defensie, politie],
    });
    await chairApi.decisions.changeStatus.mutate({ id: decision.id, version: decision.version, status: 'voorgesteld' });

    await signIn(page, chair.email);
    await page.goto(`/afwegingskader/${decision.id}`);
    const ruling = page.getByRole('region', { name: 'Uitkomst' });
    await expect(ruling.getByText('Niet toegestaan', { exact: true })).toBeVisible(afterNavigation);
    await expect(page.getByText(/Dit besluit is voorgesteld en wacht op de aftekening/)).toBeVisible();
    await expect(page.getByText(/Dit is een concept/)).toHaveCount(0);

    // Withdrawing without a reason: the refusal shows in the still open dialog, not behind it.
    await page.getByRole('button', { name: 'Intrekken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Status' });
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Geef een reden op voor het intrekken.');
    await expect(dialog).toBeVisible();

    await dialog.getByLabel('Reden van intrekken').fill('Vervangen door een landelijke afspraak');
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Ingetrokken: Vervangen door een landelijke afspraak')).toBeVisible();
    await expect(page.getByText('Geef een reden op voor het intrekken.')).toHaveCount(0);
  });
});
