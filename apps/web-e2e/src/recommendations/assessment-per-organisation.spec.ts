import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, expectAccessible, test } from '../support/fixtures';
import { signInPatiently } from './journeys';

test.describe('samenwerkingsscan per organisation', () => {
  test.describe.configure({ timeout: 180_000 });

  test('Defensie and Politie score one round differently: both scores side by side, the gap, where we differ and the evidence', async ({
    page,
    seed,
    baseURL,
  }) => {
    const defensieId = await seed.organisationId('DEFENSIE');
    const politieId = await seed.organisationId('POLITIE');
    const dirk = await seed.user({ name: 'Kapitein Scan', organisation: 'DEFENSIE' });
    const petra = await seed.user({ name: 'Inspecteur Scan', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Twee Blikken ${seed.suffix}`,
      theme: 'Hoe kijken beide kanten naar de samenwerking',
      organisationIds: [defensieId, politieId],
      chairUserId: dirk.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: petra.id, role: 'member' });

    // Defensie opens the round with its own view; Politie adds its own view to the same round.
    const defensie = await apiAs(baseURL ?? '', dirk.email, E2E_PASSWORD);
    const politie = await apiAs(baseURL ?? '', petra.email, E2E_PASSWORD);
    const round = await defensie.assessments.create.mutate({
      groupId: group.id,
      assessedOn: '2026-11-02',
      organisationId: defensieId,
      scores: [
        { conditionId: '1.1.a', score: 4 },
        { conditionId: '2.3.c', score: 4, evidence: 'Wij houden voor zoekacties een vaste pool achter de hand.' },
        { conditionId: '3.1.b', score: 3 },
      ],
    });
    // Politie cannot speak for Defensie.
    await expect(
      politie.assessments.update.mutate({
        id: round.id,
        version: round.version,
        assessedOn: '2026-11-02',
        organisationId: defensieId,
        scores: [{ conditionId: '2.3.c', score: 1 }],
      }),
    ).rejects.toThrow('NOT_OWN_ORGANISATION');
    await politie.assessments.update.mutate({
      id: round.id,
      version: round.version,
      assessedOn: '2026-11-02',
      organisationId: politieId,
      scores: [
        { conditionId: '1.1.a', score: 4 },
        { conditionId: '2.3.c', score: 1, evidence: 'Bij een verzoek is er bijna nooit iemand vrij.' },
        { conditionId: '3.1.b', score: 3 },
      ],
    });

    await signInPatiently(page, petra.email);
    await page.goto(`/werkgroepen/${group.id}/samenwerkingsscan`);
    await expect(page.getByRole('heading', { level: 1, name: /Samenwerkingsscan/ })).toBeVisible({ timeout: 30_000 });

    const round1 = page.getByRole('region', { name: /Ronde van 2 november 2026/ });
    await expect(round1.getByText(`gescoord door ${dirk.name}`, { exact: false })).toBeVisible();
    await expect(round1.getByText(`gescoord door ${petra.name}`, { exact: false })).toBeVisible();

    // Per category, both organisations side by side, combined and the gap.
    const categories = page.getByRole('region', { name: 'Per categorie: beide organisaties naast elkaar' });
    await expect(categories.getByRole('columnheader', { name: 'Ministerie van Defensie' })).toBeVisible();
    await expect(categories.getByRole('columnheader', { name: 'Nationale Politie' })).toBeVisible();
    await expect(categories.getByRole('row', { name: /^Kunnen\s+4\s+1\s+2,5\s+3$/ })).toBeVisible();
    await expect(categories.getByRole('row', { name: /^Willen\s+4\s+4\s+4\s+0$/ })).toBeVisible();

    // Where we see things differently, with both sides' evidence.
    const gaps = page.getByRole('region', { name: 'Hier kijken we verschillend naar' });
    await expect(gaps.getByText(/2\.3\.c .* verschil 3/)).toBeVisible();
    await expect(gaps.getByText(/Ministerie van Defensie: 4/)).toContainText(
      'Wij houden voor zoekacties een vaste pool achter de hand.',
    );
    await expect(gaps.getByText(/Nationale Politie: 1/)).toContainText(
      'Bij een verzoek is er bijna nooit iemand vrij.',
    );
    await expect(gaps.getByText(/1\.1\.a/)).toHaveCount(0);

    // Per indicator, the scores with their onderbouwing.
    const indicators = page.getByRole('region', { name: /Scores en onderbouwing per indicator/ });
    await page.getByLabel('Categorie voor de indicatoren').selectOption({ label: 'Kunnen' });
    const row = indicators.getByRole('row', { name: /2\.3\.c/ });
    await expect(row).toContainText('Onderbouwing: Wij houden voor zoekacties een vaste pool achter de hand.');
    await expect(row).toContainText('Onderbouwing: Bij een verzoek is er bijna nooit iemand vrij.');
    await expect(row).toContainText('2,5');

    // Petra scores only for her own organisation.
    const form = page.getByRole('region', { name: 'Scores vastleggen' });
    const side = form.getByLabel('Scoren voor');
    await expect(side.locator('option')).toHaveText(['Nationale Politie']);
    await expect(form.getByLabel(/Reden voor noodtoegang/)).toHaveCount(0);
    await expectAccessible(page);

    // Petra corrects her own scores in the same round: the form loads what Politie scored there.
    await form.getByLabel('Ronde').selectOption({ label: 'Ronde van 2 november 2026' });
    await expect(form.getByLabel('Score voor 2.3.c')).toHaveValue('1');
    await expect(form.getByLabel('Onderbouwing voor 2.3.c')).toHaveValue(
      'Bij een verzoek is er bijna nooit iemand vrij.',
    );
    await form.getByLabel('Score voor 2.3.c').selectOption('2');
    await form.getByRole('button', { name: 'Scan opslaan' }).click();
    await expect(form.getByText('De scan is opgeslagen.')).toBeVisible();
    await expect(categories.getByRole('row', { name: /^Kunnen\s+4\s+2\s+3\s+2$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Rondes' }).getByRole('listitem')).toHaveCount(1);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('region', { name: 'Where we see things differently' })).toBeVisible();
  });

  test('an admin scores for an organisation only with a written break-glass reason, which is shown with the scores', async ({
    page,
    seed,
  }) => {
    const admin = await seed.user({ name: 'Beheerder Noodtoegang', organisation: 'DEFENSIE', globalRole: 'admin' });
    const chair = await seed.user({ name: 'Voorzitter Noodtoegang', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Noodtoegang ${seed.suffix}`,
      theme: 'Scoren als niemand kan inloggen',
      organisationIds: [await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });

    await signInPatiently(page, admin.email);
    await page.goto(`/werkgroepen/${group.id}/samenwerkingsscan`);
    const form = page.getByRole('region', { name: 'Scores vastleggen' });
    await expect(form.getByLabel('Scoren voor').locator('option')).toHaveText(['Nationale Politie'], {
      timeout: 30_000,
    });
    const reason = form.getByLabel(/Reden voor noodtoegang/);
    await expect(reason).toBeVisible();
    await form.getByLabel('Score voor 1.1.a').selectOption('3');
    await form.getByRole('button', { name: 'Scan opslaan' }).click();
    await expect(
      form.getByText('Schrijf op waarom je als beheerder voor deze organisatie scoort (noodtoegang).').first(),
    ).toBeVisible();
    // Nothing typed is lost.
    await expect(form.getByLabel('Score voor 1.1.a')).toHaveValue('3');
    await reason.fill('De politieleden zitten op oefening; scores overgenomen van het papieren formulier.');
    await form.getByRole('button', { name: 'Scan opslaan' }).click();
    await expect(form.getByText('De scan is opgeslagen.')).toBeVisible();
    await expect(
      page.getByText(
        'Noodtoegang: een beheerder scoorde voor deze organisatie. Reden: De politieleden zitten op oefening; scores overgenomen van het papieren formulier.',
      ),
    ).toBeVisible();
  });
});
