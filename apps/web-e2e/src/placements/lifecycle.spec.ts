import { addDays, addMonths, calendarDateInNetherlands } from '@srw/domain';
import type { Page } from '@playwright/test';
import { apiAs } from '../support/api';
import { approveByBothOrganisations } from '../support/consent';
import { E2E_PASSWORD, expect, expectAccessible, giveSecondFactorIfAsked, test } from '../support/fixtures';

const today = calendarDateInNetherlands(new Date());

/** The shared sign-in, with more patience for the first page on a busy machine. */
async function signIn(page: Page, email: string) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await giveSecondFactorIfAsked(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Werkgroepen' })).toBeVisible({ timeout: 30_000 });
}

test.describe('liaisons', () => {
  // Several sign-ins and page loads per test: slower than the default on a busy two-core machine.
  test.describe.configure({ timeout: 300_000 });

  test('a member proposes a placement, both organisations consent (never the proposer), the chair activates it, and it shows on the timeline', async ({
    page,
    browser,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kolonel Goedkeurder', organisation: 'DEFENSIE' });
    const member = await seed.user({ name: 'Inspecteur Voorsteller', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Liaisons ${seed.suffix}`,
      theme: 'Elkaars werkwijze leren kennen',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: member.id, role: 'member' });
    const person = `Brigadier Uitwisseling ${seed.suffix}`;

    // The member proposes a placement for someone without an account.
    await signIn(page, member.email);
    await page.getByRole('link', { name: 'Liaisons', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Liaisonplaatsingen' })).toBeVisible();
    await page.getByRole('link', { name: 'Plaatsing voorstellen' }).click();
    await page.getByLabel('Iemand zonder account').check();
    await page.getByLabel(/^Naam van de persoon/).fill(person);
    await page
      .getByRole('combobox', { name: 'Thuisorganisatie' })
      .selectOption({ label: 'Nationale Politie (POLITIE)' });
    await page.getByLabel(/^Thuiseenheid/).fill('Eenheid Den Haag');
    await page
      .getByRole('combobox', { name: 'Gastorganisatie' })
      .selectOption({ label: 'Ministerie van Defensie (DEFENSIE)' });
    await page.getByLabel(/^Gasteenheid/).fill(`Bureau Nationale Operaties ${seed.suffix}`);
    await page.getByLabel(/^Functie of rol bij de gasteenheid/).fill('Verbindingsofficier');
    await page.getByLabel(/^Doel/).fill('Steunverzoeken sneller laten verlopen.');
    await page.getByLabel(/^Begindatum/).fill(addDays(today, -3));
    await page.getByLabel(/^Einddatum/).fill(addMonths(today, 6));
    await page.getByLabel(/^Uren per week/).fill('24');
    await page.getByLabel(/^Werkgroep/).selectOption({ label: group.name });
    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible();
    await expect(page.getByText('Voorgesteld', { exact: true }).first()).toBeVisible();
    // The box with this placement's facts is named for what it holds, not after the whole list.
    await expect(page.getByRole('region', { name: 'Gegevens van de plaatsing' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Liaisonplaatsingen' })).toHaveCount(0);
    // The proposer may not approve their own proposal; the page says why and whom it waits for.
    await expect(page.getByRole('button', { name: 'Goedkeuren' })).toBeDisabled();
    await expect(page.getByText('Je kunt je eigen voorstel niet goedkeuren.')).toBeVisible();
    await expect(page.getByText('Wacht op goedkeuring thuisorganisatie (Nationale Politie)')).toBeVisible();
    await expect(page.getByText('Wacht op goedkeuring gastorganisatie (Ministerie van Defensie)')).toBeVisible();
    const detailUrl = page.url();

    // The chair consents for Defensie, the host; the placement still waits for Politie.
    const chairContext = await browser.newContext();
    const chairPage = await chairContext.newPage();
    await signIn(chairPage, chair.email);
    await chairPage.goto(detailUrl);
    await expect(chairPage.getByRole('heading', { level: 1, name: person })).toBeVisible({ timeout: 30_000 });
    await chairPage.getByRole('button', { name: 'Instemmen namens Ministerie van Defensie' }).click();
    await expect(chairPage.getByText('Wacht op goedkeuring thuisorganisatie (Nationale Politie)')).toBeVisible();
    await expect(chairPage.getByText('Wacht op goedkeuring gastorganisatie (Ministerie van Defensie)')).toHaveCount(0);
    await expect(chairPage.getByRole('button', { name: 'Actief maken' })).toHaveCount(0);

    // A Politie colleague (not the proposer) consents for Politie: now it is approved, and the chair activates it.
    const colleague = await seed.user({
      name: 'Hoofdinspecteur Akkoord',
      organisation: 'POLITIE',
      globalRole: 'management',
    });
    const colleagueApi = await apiAs(baseURL ?? '', colleague.email, E2E_PASSWORD);
    const current = await colleagueApi.placements.get.query({ id: detailUrl.split('/').at(-1) ?? '' });
    await colleagueApi.placements.consent.mutate({
      id: current.id,
      version: current.version,
      organisationId: await seed.organisationId('POLITIE'),
    });
    await chairPage.reload();
    await expect(chairPage.getByRole('button', { name: 'Actief maken' })).toBeVisible({ timeout: 30_000 });
    await chairPage.getByRole('button', { name: 'Actief maken' }).click();
    await chairPage.getByRole('dialog').getByRole('button', { name: 'Actief maken' }).click();
    await expect(chairPage.getByRole('button', { name: 'Afronden' })).toBeVisible();
    await expect(chairPage.getByText('Actief', { exact: true }).first()).toBeVisible();
    await expect(chairPage.getByText(`Goedgekeurd door`)).toBeVisible();
    await expectAccessible(chairPage);

    // On the timeline the bar is a link with a text label.
    await chairPage.getByRole('link', { name: 'Liaisons', exact: true }).click();
    await chairPage.getByRole('link', { name: 'Tijdlijn' }).click();
    const bar = chairPage.getByRole('link', {
      name: new RegExp(`^${person}, Bureau Nationale Operaties ${seed.suffix}: Actief`),
    });
    await expect(bar).toBeVisible();
    await expectAccessible(chairPage);
    await bar.click();
    await expect(chairPage.getByRole('heading', { level: 1, name: person })).toBeVisible();

    // And in the coverage view under its host unit.
    await chairPage.goto('/liaisons/dekking');
    await expect(
      chairPage.getByRole('heading', { name: `DEFENSIE Bureau Nationale Operaties ${seed.suffix}` }),
    ).toBeVisible();
    await chairContext.close();
  });

  test('an overlapping proposal is refused with a message that names the other placement', async ({ page, seed }) => {
    const manager = await seed.user({ name: 'Manager Overlap', organisation: 'POLITIE', globalRole: 'management' });
    const person = `Sergeant Dubbel ${seed.suffix}`;
    await seed.admin.placements.propose.mutate({
      person: { kind: 'named', name: person },
      homeOrganisationId: await seed.organisationId('DEFENSIE'),
      homeUnit: '11 Luchtmobiele Brigade',
      hostOrganisationId: await seed.organisationId('POLITIE'),
      hostUnit: 'Eenheid Limburg',
      hostFunction: 'Liaison',
      purpose: 'Bestaande plaatsing',
      startDate: '2031-01-01',
      endDate: '2031-06-30',
      hoursPerWeek: 16,
    });

    await signIn(page, manager.email);
    await page.goto('/liaisons/nieuw');
    await page.getByLabel('Iemand zonder account').check();
    await page.getByLabel(/^Naam van de persoon/).fill(person);
    await page
      .getByRole('combobox', { name: 'Thuisorganisatie' })
      .selectOption({ label: 'Ministerie van Defensie (DEFENSIE)' });
    await page.getByLabel(/^Thuiseenheid/).fill('11 Luchtmobiele Brigade');
    await page
      .getByRole('combobox', { name: 'Gastorganisatie' })
      .selectOption({ label: 'Nationale Politie (POLITIE)' });
    await page.getByLabel(/^Gasteenheid/).fill('Eenheid Zeeland-West-Brabant');
    await page.getByLabel(/^Functie of rol bij de gasteenheid/).fill('Liaison');
    await page.getByLabel(/^Doel/).fill('Tweede plaatsing die overlapt');
    await page.getByLabel(/^Begindatum/).fill('2031-06-30');
    await page.getByLabel(/^Einddatum/).fill('2031-12-31');
    await page.getByLabel(/^Uren per week/).fill('16');
    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    await expect(page.getByRole('alert').first()).toContainText(
      'Deze persoon heeft al een plaatsing die overlapt: Eenheid Limburg (Nationale Politie), 1-1-2031 t/m 30-6-2031.',
    );
    // The input stays, so the user can pick another period.
    await expect(page.getByLabel(/^Begindatum/)).toHaveValue('2031-06-30');

    // An end date before the start date is refused in the form, in Dutch.
    await page.getByLabel(/^Einddatum/).fill('2031-06-01');
    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    await expect(page.getByText('De einddatum moet na de begindatum liggen.').first()).toBeVisible();

    // The day after the other placement ends is free.
    await page.getByLabel(/^Begindatum/).fill('2031-07-01');
    await page.getByLabel(/^Einddatum/).fill('2031-12-31');
    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible();
  });

  test('an extension request after the notice deadline is not offered, and the page says why', async ({
    page,
    seed,
    baseURL,
  }) => {
    const member = await seed.user({ name: 'Majoor Verlenging', organisation: 'DEFENSIE', globalRole: 'management' });
    const person = `Adjudant Laat ${seed.suffix}`;
    const created = await seed.admin.placements.propose.mutate({
      person: { kind: 'named', name: person },
      homeOrganisationId: await seed.organisationId('DEFENSIE'),
      homeUnit: 'Korps Mariniers',
      hostOrganisationId: await seed.organisationId('POLITIE'),
      hostUnit: 'Landelijke Eenheid',
      hostFunction: 'Liaison',
      purpose: 'Loopt bijna af',
      startDate: addMonths(today, -4),
      endDate: addMonths(today, 1),
      hoursPerWeek: 20,
    });
    const approved = await approveByBothOrganisations(seed, baseURL ?? '', created);
    await seed.admin.placements.activate.mutate({ id: approved.id, version: approved.version });

    await signIn(page, member.email);
    await page.goto(`/liaisons/${created.id}`);
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible({ timeout: 30_000 });
    const extension = page.getByRole('region', { name: 'Verlenging' });
    await expect(
      extension.getByText(
        'De termijn voor een verlengingsaanvraag is verstreken. Alleen een beheerder kan nog een aanvraag indienen, met een reden.',
      ),
    ).toBeVisible();
    // A form that can only fail is not offered.
    await expect(extension.getByRole('button', { name: 'Verlenging aanvragen' })).toHaveCount(0);
    await expect(extension.getByLabel(/^Nieuwe einddatum/)).toHaveCount(0);
    await expect(extension.getByText('Er zijn nog geen verlengingen aangevraagd.')).toBeVisible();
  });

  test('completing before the end date asks for a reason, which stays with the placement', async ({
    page,
    seed,
    baseURL,
  }) => {
    const manager = await seed.user({ name: 'Manager Vroeg', organisation: 'POLITIE', globalRole: 'management' });
    const person = `Brigadier Vroeg ${seed.suffix}`;
    const created = await seed.admin.placements.propose.mutate({
      person: { kind: 'named', name: person },
      homeOrganisationId: await seed.organisationId('POLITIE'),
      homeUnit: 'Eenheid Oost-Nederland',
      hostOrganisationId: await seed.organisationId('DEFENSIE'),
      hostUnit: 'Staf CLAS',
      hostFunction: 'Liaison',
      purpose: 'Loopt nog even',
      startDate: addMonths(today, -2),
      endDate: addMonths(today, 2),
      hoursPerWeek: 16,
    });
    const approved = await approveByBothOrganisations(seed, baseURL ?? '', created);
    await seed.admin.placements.activate.mutate({ id: approved.id, version: approved.version });

    await signIn(page, manager.email);
    await page.goto(`/liaisons/${created.id}`);
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Afronden' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Afronden' }).click();
    await expect(page.getByRole('alert').first()).toContainText('Om haar eerder af te ronden, schrijf je op waarom.');
    await page.getByRole('button', { name: 'Afronden' }).click();
    await dialog.getByLabel(/^Reden om vóór de einddatum af te ronden/).fill('De opdracht is eerder klaar.');
    await dialog.getByRole('button', { name: 'Afronden' }).click();
    await expect(page.getByText('Reden voor eerder afronden')).toBeVisible();
    await expect(page.getByText('De opdracht is eerder klaar.')).toBeVisible();
  });

  test('the list filters by status and shows English labels', async ({ page, seed }) => {
    const viewer = await seed.user({ name: 'Manager Lijst', organisation: 'POLITIE', globalRole: 'management' });
    const unit = `Filtereenheid ${seed.suffix}`;
    await seed.admin.placements.propose.mutate({
      person: { kind: 'named', name: `Korporaal Filter ${seed.suffix}` },
      homeOrganisationId: await seed.organisationId('DEFENSIE'),
      homeUnit: 'Staf',
      hostOrganisationId: await seed.organisationId('POLITIE'),
      hostUnit: unit,
      hostFunction: 'Liaison',
      purpose: 'Voor de filter',
      startDate: addMonths(today, 2),
      endDate: addMonths(today, 8),
      hoursPerWeek: 8,
    });
    await signIn(page, viewer.email);
    await page.goto('/liaisons');
    await page.getByLabel(/^Eenheid/).fill(unit);
    await page.getByLabel(/^Status/).selectOption({ label: 'Actief' });
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page.getByText('Geen plaatsingen gevonden met deze filters.')).toBeVisible();
    await page.getByLabel(/^Status/).selectOption({ label: 'Voorgesteld' });
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page.getByRole('link', { name: `Korporaal Filter ${seed.suffix}` })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Liaison placements' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Timeline' })).toBeVisible();
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Liaisonplaatsingen' })).toBeVisible();
  });
});
