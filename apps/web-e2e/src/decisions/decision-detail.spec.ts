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

  test('records the consequences, jointly and for one organisation where they differ, and shows and prints them', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kapitein Gevolgen', organisation: 'DEFENSIE' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Gevolgen ${seed.suffix}`,
      theme: 'Wat betekent een besluit?',
      organisationIds: [defensie, politie],
      chairUserId: chair.id,
    });
    const tag = `gevolgen${seed.suffix.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
    await signIn(page, chair.email);
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const decision = await chairApi.decisions.create.mutate({
      groupId: group.id,
      question: `Mag Defensie een drone inzetten bij een vermissing? (${seed.suffix})`,
      cooperationLevel: 'ASSISTANCE',
      topic: `Vermissingen ${seed.suffix}`,
      tags: [tag],
      outcome: 'ALLOWED',
      organisationIds: [defensie, politie],
    });

    // The chair writes the consequences in the form: one joint text, one for Defensie.
    await page.goto(`/afwegingskader/${decision.id}/bewerken`);
    await page
      .getByLabel('Gevolgen voor alle betrokkenen')
      .fill('De meldkamer wordt vooraf ingelicht.', afterNavigation);
    await page
      .getByLabel('Gevolgen voor Ministerie van Defensie (alleen als die afwijken)')
      .fill('Een dronepiloot staat stand-by.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();

    const ruling = page.getByRole('region', { name: 'Uitkomst' });
    await expect(ruling.getByText('De meldkamer wordt vooraf ingelicht.')).toBeVisible(afterNavigation);
    const perOrganisation = ruling.getByRole('list', { name: 'Gevolgen per organisatie' });
    await expect(perOrganisation.getByRole('listitem')).toHaveCount(1);
    await expect(perOrganisation).toContainText('Voor Ministerie van Defensie: Een dronepiloot staat stand-by.');

    await page.goto(`/afwegingskader/afdrukken?trefwoord=${tag}`);
    await expect(page.getByText('De meldkamer wordt vooraf ingelicht.')).toBeVisible(afterNavigation);
  });
});
