import { apiAs, type ApiClient } from '../support/api';
import {
  E2E_PASSWORD,
  expect,
  expectAccessible,
  signIn,
  test,
  type Seeder,
  type SeededUser,
} from '../support/fixtures';

interface DecisionGroup {
  groupId: string;
  chair: SeededUser;
  member: SeededUser;
  chairApi: ApiClient;
  memberApi: ApiClient;
}

/** A Defensie chair and a Politie member in one group, with API clients of their own. */
async function seedGroup(seed: Seeder, baseURL: string, label: string): Promise<DecisionGroup> {
  const chair = await seed.user({ name: `Kapitein ${label}`, organisation: 'DEFENSIE' });
  const member = await seed.user({ name: `Inspecteur ${label}`, organisation: 'POLITIE' });
  const group = await seed.admin.workingGroups.create.mutate({
    name: `Werkgroep ${label} ${seed.suffix}`,
    theme: 'Wat mag bij zoekacties?',
    organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
    chairUserId: chair.id,
  });
  await seed.admin.memberships.add.mutate({ groupId: group.id, userId: member.id, role: 'member' });
  return {
    groupId: group.id,
    chair,
    member,
    chairApi: await apiAs(baseURL, chair.email, E2E_PASSWORD),
    memberApi: await apiAs(baseURL, member.email, E2E_PASSWORD),
  };
}

async function establishViaApi(g: DecisionGroup, id: string) {
  const version = async () => (await g.chairApi.decisions.get.query({ id })).version;
  await g.chairApi.decisions.changeStatus.mutate({ id, version: await version(), status: 'voorgesteld' });
  await g.chairApi.decisions.signOff.mutate({ id, version: await version() });
  await g.memberApi.decisions.signOff.mutate({ id, version: await version() });
  await g.memberApi.decisions.changeStatus.mutate({ id, version: await version(), status: 'vastgesteld' });
}

/** First assertion after a navigation: the shared CI machine can be slow to render a page. */
const afterNavigation = { timeout: 30_000 };

test.describe('afwegingskader', () => {
  // Long multi-user flows (several sign-ins and a supersede chain): triple the default timeout.
  test.slow();

  test('drones bij zoekactie: allowed with conditions, both organisations sign off, a successor supersedes it and the overview shows the chain', async ({
    page,
    browser,
    seed,
    baseURL,
  }) => {
    const g = await seedGroup(seed, baseURL ?? '', 'Drones');
    const topic = `Zoekacties ${seed.suffix}`;
    const question = `Mogen militairen drones inzetten bij een zoekactie van de politie? (${seed.suffix})`;

    // The chair drafts the decision in the UI; an empty form shows Dutch field errors first.
    await signIn(page, g.chair.email);
    await page.goto('/afwegingskader/nieuw');
    await page.getByLabel('Werkgroep').selectOption(g.groupId);
    await page.getByRole('button', { name: 'Besluit opslaan als concept' }).click();
    await expect(page.getByText('Dit veld is verplicht.').first()).toBeVisible();

    await page.getByRole('textbox', { name: 'Vraag', exact: true }).fill(question);
    await page.getByLabel('Samenwerkingsniveau').selectOption({ label: 'Vraaggestuurde bijstand (steunverzoek)' });
    await page.getByLabel('Onderwerp').fill(topic);
    await page.getByLabel('Uitkomst').selectOption('ALLOWED_WITH_CONDITIONS');
    await page.getByRole('checkbox', { name: /Politiecapaciteit is kwantitatief en kwalitatief uitgeput/ }).check();
    await page.getByRole('checkbox', { name: /Bureau Nationale Operaties/ }).check();
    await page.getByRole('checkbox', { name: 'Politiewet 2012, artikel 58' }).check();
    await page.getByRole('button', { name: 'Besluit opslaan als concept' }).click();

    await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
    const conditions = page.getByRole('list', { name: 'Voorwaarden' });
    await expect(conditions.getByRole('listitem')).toHaveCount(2);
    // Decision texts mark glossary terms, linking to the term.
    await expect(conditions.getByRole('link', { name: 'Bureau Nationale Operaties' })).toHaveAttribute(
      'href',
      /\/begrippenlijst\//,
    );
    await expect(page.getByRole('list', { name: 'Grondslagen' })).toContainText('Politiewet 2012, artikel 58');
    await expectAccessible(page);

    // Propose, and the chair signs off for Defensie.
    await page.getByRole('button', { name: 'Voorstellen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Voorstellen' }).click();
    await page.getByRole('button', { name: 'Aftekenen voor Ministerie van Defensie' }).click();
    await expect(page.getByTestId('sign-off-DEFENSIE')).toContainText(`Afgetekend door ${g.chair.name}`);
    await expect(page.getByTestId('sign-off-POLITIE')).toContainText('Nog niet afgetekend');
    await expect(page.getByRole('button', { name: 'Vaststellen' })).toHaveCount(0);

    // The Politie member signs off and adopts it.
    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await signIn(memberPage, g.member.email);
    await memberPage.goto(page.url());
    await memberPage.getByRole('button', { name: 'Aftekenen voor Nationale Politie' }).click();
    await expect(memberPage.getByTestId('sign-off-POLITIE')).toContainText(`Afgetekend door ${g.member.name}`);
    await memberPage.getByRole('button', { name: 'Vaststellen' }).click();
    await memberPage.getByRole('dialog').getByRole('button', { name: 'Vaststellen' }).click();
    await expect(memberPage.getByText('Status: Vastgesteld')).toBeVisible();
    await memberContext.close();

    // A later decision supersedes it: drafted from the old one, adopted by both.
    const firstUrl = page.url();
    const firstId = firstUrl.split('/').at(-1) ?? '';
    await page.reload();
    await page.getByRole('link', { name: 'Nieuwe versie opstellen (vervangt dit besluit)' }).click();
    await expect(page.getByText(`Dit nieuwe besluit vervangt “${question}”`)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Vraag', exact: true })).toHaveValue(question);
    const successorQuestion = `${question} (herzien)`;
    await page.getByRole('textbox', { name: 'Vraag', exact: true }).fill(successorQuestion);
    await page.getByRole('button', { name: 'Besluit opslaan als concept' }).click();
    await expect(page.getByRole('heading', { level: 1, name: successorQuestion })).toBeVisible();
    const successorId = page.url().split('/').at(-1) ?? '';
    await establishViaApi(g, successorId);

    // The overview shows the chain both ways; the detail lists the versions.
    await page.goto(`/afwegingskader`);
    await page.getByLabel('Trefwoord').waitFor();
    const level = page.getByRole('region', { name: 'Vraaggestuurde bijstand (steunverzoek)' });
    const old = level
      .getByTestId('overview-decision')
      .filter({ hasText: question })
      .filter({ hasNotText: '(herzien)' });
    await expect(old).toContainText('Vervangen', afterNavigation);
    await expect(old.getByRole('link', { name: 'Vervangen door een nieuwer besluit' })).toHaveAttribute(
      'href',
      `/afwegingskader/${successorId}`,
    );
    const current = level.getByTestId('overview-decision').filter({ hasText: successorQuestion });
    await expect(current).toContainText('Vastgesteld');
    await expect(current.getByRole('link', { name: 'Vervangt een eerder besluit' })).toHaveAttribute(
      'href',
      `/afwegingskader/${firstId}`,
    );

    await page.goto(`/afwegingskader/${successorId}`);
    const versions = page.getByRole('list', { name: 'Versies' });
    await expect(versions.getByRole('listitem')).toHaveCount(2, afterNavigation);
    await expect(versions.getByRole('listitem').first()).toContainText('Vervangen');
  });

  test('an UNCLEAR question is open work; other groups see adopted decisions but not drafts', async ({
    page,
    seed,
    baseURL,
  }) => {
    const g = await seedGroup(seed, baseURL ?? '', 'Informatie');
    const outsider = await seed.user({ name: 'Buitenstaander Kader', organisation: 'POLITIE' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const base = {
      groupId: g.groupId,
      cooperationLevel: 'PARTNERSHIP',
      topic: `Informatiedeling ${seed.suffix}`,
      organisationIds: [defensie, politie],
    };
    const open = await g.chairApi.decisions.create.mutate({
      ...base,
      question: `Mag de politie verdachtengegevens delen met de militaire inlichtingendienst? (${seed.suffix})`,
      outcome: 'UNCLEAR',
    });
    const adopted = await g.chairApi.decisions.create.mutate({
      ...base,
      question: `Mogen beide organisaties gezamenlijk oefenen zonder steunverzoek? (${seed.suffix})`,
      outcome: 'ALLOWED',
    });
    await establishViaApi(g, adopted.id);

    await signIn(page, g.member.email);
    await page.goto('/afwegingskader');
    const openWork = page.getByRole('region', { name: 'Open vragen' });
    await expect(openWork.getByRole('link', { name: open.question })).toBeVisible(afterNavigation);
    await expect(openWork.getByRole('listitem').filter({ hasText: open.question })).toContainText('vandaag gesteld');
    await expectAccessible(page);

    // English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Assessment framework' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Open questions' })).toContainText('raised today');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Afwegingskader' })).toBeVisible();

    // Someone outside the group.
    const outsiderContext = await page.context().browser()?.newContext();
    if (!outsiderContext) throw new Error('no browser');
    const outsiderPage = await outsiderContext.newPage();
    await signIn(outsiderPage, outsider.email);
    await outsiderPage.goto('/afwegingskader');
    await expect(outsiderPage.getByRole('link', { name: adopted.question })).toBeVisible(afterNavigation);
    await expect(outsiderPage.getByText(open.question)).toHaveCount(0);
    await outsiderPage.goto(`/afwegingskader/${open.id}`);
    await expect(
      outsiderPage.getByRole('alert').filter({ hasText: 'bestaat niet (meer) of je hebt er geen toegang toe' }),
    ).toBeVisible(afterNavigation);
    await outsiderPage.goto(`/afwegingskader/${adopted.id}`);
    await expect(outsiderPage.getByRole('heading', { level: 1, name: adopted.question })).toBeVisible(afterNavigation);
    await expect(outsiderPage.getByRole('button', { name: /Aftekenen/ })).toHaveCount(0);
    await expect(outsiderPage.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
    await outsiderContext.close();

    // The print version holds the whole framework.
    await page.goto(`/afwegingskader/afdrukken?trefwoord=`);
    await expect(page.getByRole('heading', { level: 1, name: 'Gezamenlijk afwegingskader' })).toBeVisible(
      afterNavigation,
    );
    await expect(page.getByText(adopted.question)).toBeVisible();
  });
});
