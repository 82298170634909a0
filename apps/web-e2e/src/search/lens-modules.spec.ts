import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';

/** First assertion after a navigation: the shared CI machine can be slow to render a page. */
const afterNavigation = { timeout: 30_000 };

test.describe('bekijk als in de modules', () => {
  test.slow();

  test("the lens Politie puts Politie's perspective first on a scenario and highlights Politie's sign-off on a decision; reload keeps it", async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kapitein Perspectief', organisation: 'DEFENSIE' });
    const defensieId = await seed.organisationId('DEFENSIE');
    const politieId = await seed.organisationId('POLITIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Lens Modules ${seed.suffix}`,
      theme: 'Zoekacties',
      organisationIds: [defensieId, politieId],
      chairUserId: chair.id,
    });
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const scenario = await chairApi.scenarios.create.mutate({
      groupId: group.id,
      title: `Vermiste wandelaar ${seed.suffix}`,
      problemStatement: 'Een wandelaar is vermist op de heide.',
      threatType: 'vermissing',
      cooperationLevel: 'ASSISTANCE',
      perspectives: [
        { organisationId: defensieId, mandate: 'Bijstand op verzoek.', capabilities: 'Helikopter met warmtecamera.' },
        { organisationId: politieId, mandate: 'Gezag over de zoekactie.', capabilities: 'Speurhonden en coördinatie.' },
      ],
    });
    const decision = await chairApi.decisions.create.mutate({
      groupId: group.id,
      question: `Mag Defensie camerabeelden aan de politie geven? (${seed.suffix})`,
      cooperationLevel: 'ASSISTANCE',
      topic: 'Informatiedeling',
      outcome: 'ALLOWED_WITH_CONDITIONS',
      conditions: [{ code: null, text: 'Beelden worden na afloop vernietigd' }],
      sharingRules: [
        {
          dataCategory: 'Camerabeelden van de zoekactie',
          fromOrganisationId: defensieId,
          toOrganisationId: politieId,
          verdict: 'UNDER_CONDITIONS',
        },
      ],
      organisationIds: [defensieId, politieId],
    });
    const version = async () => (await chairApi.decisions.get.query({ id: decision.id })).version;
    await chairApi.decisions.changeStatus.mutate({ id: decision.id, version: await version(), status: 'voorgesteld' });
    await chairApi.decisions.signOff.mutate({ id: decision.id, version: await version() });

    await signIn(page, chair.email);
    await page.goto(`/scenarios/${scenario.id}`);
    const columns = page.getByTestId('perspective-column');
    await expect(columns.first()).toContainText('DEFENSIE', afterNavigation);
    await expect(page.getByTestId('lens-notice')).toHaveCount(0);

    await page.getByLabel('Bekijk als:').selectOption('POLITIE');
    await expect(page).toHaveURL(/lens=politie/);
    await expect(columns.first()).toContainText('POLITIE');
    await expect(columns.nth(1)).toContainText('DEFENSIE');
    await expect(page.getByTestId('lens-notice')).toContainText('het perspectief en de bijdrage van Nationale Politie');
    // Politie's contribution is in the first column, Defensie's still beside it: nothing hidden.
    const contribution = page.getByRole('row', { name: /Capaciteiten en bijdrage/ });
    await expect(contribution.getByRole('cell').first()).toContainText('Speurhonden en coördinatie.');
    await expect(contribution.getByRole('cell').nth(1)).toContainText('Helikopter met warmtecamera.');
    await page.reload();
    await expect(columns.first()).toContainText('POLITIE', afterNavigation);

    // Remembered for this person: the decision, opened without ?lens=, puts Politie's missing sign-off first.
    await page.goto(`/afwegingskader/${decision.id}`);
    const signOffs = page.getByRole('list', { name: 'Aftekenen per organisatie' });
    const politie = page.getByTestId('sign-off-POLITIE');
    await expect(politie).toHaveAttribute('data-lens', 'true', afterNavigation);
    await expect(signOffs.getByRole('listitem').first()).toHaveAttribute('data-testid', 'sign-off-POLITIE');
    await expect(page.getByTestId('sign-off-DEFENSIE')).not.toHaveAttribute('data-lens', 'true');
    await expect(page.getByTestId('lens-notice')).toContainText('de aftekening door Nationale Politie ontbreekt nog');
    await expect(page.getByTestId('lens-sharing-rule')).toContainText('bindt POLITIE');
    await page.reload();
    await expect(politie).toHaveAttribute('data-lens', 'true', afterNavigation);
    await expect(page.getByLabel('Bekijk als:')).toHaveValue('POLITIE');

    // Back to the joint view: the usual order, no highlight.
    await page.getByLabel('Bekijk als:').selectOption('');
    await expect(page).toHaveURL(/lens=gezamenlijk/);
    await expect(politie).not.toHaveAttribute('data-lens', 'true');
    await expect(signOffs.getByRole('listitem').first()).toHaveAttribute('data-testid', 'sign-off-DEFENSIE');
    await expect(page.getByTestId('lens-notice')).toHaveCount(0);
  });
});
