import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, expectAccessible, signIn, test } from '../support/fixtures';

/** First assertion after a navigation: the shared CI machine can be slow to render a page. */
const afterNavigation = { timeout: 30_000 };

test.describe('zoeken', () => {
  test.slow();

  test('searching "drones" from the header finds the decision, grouped by kind with a highlighted snippet, and opens it', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kapitein Zoeker', organisation: 'DEFENSIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Zoeken ${seed.suffix}`,
      theme: 'Zoekacties',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const question = `Mogen militairen drones inzetten boven de duinen? (${seed.suffix})`;
    const decision = await chairApi.decisions.create.mutate({
      groupId: group.id,
      question,
      context: 'Een warmtecamera onder de drones vindt de vermiste sneller.',
      cooperationLevel: 'ASSISTANCE',
      topic: 'Zoekacties',
      outcome: 'ALLOWED_WITH_CONDITIONS',
      conditions: [{ code: null, text: 'Beelden worden na afloop vernietigd' }],
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
    });

    await signIn(page, chair.email);
    const field = page.getByRole('searchbox', { name: 'Zoeken in de samenwerkingsruimte' });
    await field.fill('drones');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\?q=drones$/, afterNavigation);
    await expect(page.getByRole('heading', { level: 1, name: 'Zoeken' })).toBeVisible(afterNavigation);
    const decisions = page.getByRole('region', { name: /Besluiten \(afwegingskader\)/ });
    const result = decisions.getByTestId('search-result').filter({ hasText: question });
    await expect(result).toBeVisible();
    await expect(result.locator('mark').first()).toHaveText(/drones/i);
    await expect(result).toContainText(`Werkgroep Zoeken ${seed.suffix}`);
    await expect(result).toContainText('Concept');
    await expectAccessible(page);

    // Filters live in the address: the kind filter survives a reload.
    await page.getByLabel('Soort').selectOption('decision');
    await expect(page).toHaveURL(/soort=besluit/);
    await page.reload();
    await expect(page.getByLabel('Soort')).toHaveValue('decision', afterNavigation);
    await expect(page.getByRole('region', { name: /Scenario's/ })).toHaveCount(0);

    await page.getByRole('link', { name: question }).click();
    await expect(page).toHaveURL(new RegExp(`/afwegingskader/${decision.id}$`), afterNavigation);
    await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible(afterNavigation);
  });

  test('Ctrl+K focuses the search field; a recommendation code and Enter open that recommendation', async ({
    page,
    seed,
  }) => {
    const member = await seed.user({ name: 'Inspecteur Code', organisation: 'POLITIE' });
    const recommendation = await seed.admin.recommendations.create.mutate({
      title: `Oefenkalender delen ${seed.suffix}`,
      sourceType: 'working_group',
      level: 'bestuurlijk',
      conditionIds: ['1.4.c'],
      addresseeOrganisationIds: [await seed.organisationId('POLITIE')],
      groupId: null,
    });

    await signIn(page, member.email);
    await page.keyboard.press('Control+k');
    const field = page.getByRole('searchbox', { name: 'Zoeken in de samenwerkingsruimte' });
    await expect(field).toBeFocused();
    await page.keyboard.type(recommendation.code);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/aanbevelingen/${recommendation.id}$`), afterNavigation);
    await expect(
      page.getByRole('heading', { level: 1, name: `${recommendation.code} · Oefenkalender delen ${seed.suffix}` }),
    ).toBeVisible(afterNavigation);

    // "/" focuses it too, except while typing elsewhere.
    await page.locator('body').click();
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
  });
});

test.describe('bekijk als', () => {
  test.slow();

  test('the lens Politie puts Politie first in the glossary and counts what is addressed to Politie on the dashboard; reload keeps both', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kapitein Lens', organisation: 'DEFENSIE' });
    const defensieId = await seed.organisationId('DEFENSIE');
    const politieId = await seed.organisationId('POLITIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Lens ${seed.suffix}`,
      theme: 'Begrippen',
      organisationIds: [defensieId, politieId],
      chairUserId: chair.id,
    });
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const label = `Officier ${seed.suffix}`;
    await chairApi.glossary.create.mutate({
      prefLabel: label,
      maintainingGroupId: group.id,
      divergent: true,
      definitions: [
        { organisationId: defensieId, text: 'Militair met een officiersrang.' },
        { organisationId: politieId, text: 'Officier van Justitie: de aanklager.' },
      ],
    });

    await signIn(page, chair.email);
    await page.goto(`/begrippenlijst?zoek=${encodeURIComponent(label)}`);
    const term = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: label }) });
    await expect(term).toBeVisible(afterNavigation);
    await expect(term.getByTestId('lens-definition')).toHaveCount(0);

    await page.getByLabel('Bekijk als:').selectOption('POLITIE');
    await expect(page).toHaveURL(/lens=politie/);
    await expect(term.getByTestId('lens-definition')).toHaveText('POLITIE:');
    await expect(term).toContainText('Officier van Justitie: de aanklager.');
    await page.reload();
    await expect(term).toContainText('Officier van Justitie: de aanklager.', afterNavigation);
    await expect(page.getByLabel('Bekijk als:')).toHaveValue('POLITIE');

    // Remembered for this person: the dashboard, opened without ?lens=, counts what is addressed to Politie.
    await page.goto('/dashboard');
    await expect(page.getByTestId('lens-notice')).toContainText('gericht aan', afterNavigation);
    await page.reload();
    await expect(page.getByTestId('lens-notice')).toBeVisible(afterNavigation);

    await page.getByLabel('Bekijk als:').selectOption('');
    await expect(page).toHaveURL(/lens=gezamenlijk/);
    await expect(page.getByTestId('lens-notice')).toHaveCount(0);
  });
});
