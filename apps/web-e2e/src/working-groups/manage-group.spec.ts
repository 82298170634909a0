import { expect, expectAccessible, signIn, test } from '../support/fixtures';

test.describe('werkgroepen', () => {
  test('admin creates a group; its chair adds a Politie member, switches language and reads the audit trail', async ({
    page,
    browser,
    seed,
  }) => {
    const chair = await seed.user({ name: 'Kolonel Voorzitter', organisation: 'DEFENSIE' });
    const newcomer = await seed.user({ name: 'Inspecteur Nieuw', organisation: 'POLITIE' });
    const admin = await seed.user({ name: 'Beheerder Tijdelijk', organisation: 'DEFENSIE', globalRole: 'admin' });
    const groupName = `Werkgroep Grensbewaking ${seed.suffix}`;

    // The admin creates the group in the UI, with the chair from Defensie.
    await signIn(page, admin.email);
    await page.getByRole('link', { name: 'Nieuwe werkgroep' }).click();
    await page.getByLabel('Naam').fill(groupName);
    await page.getByLabel('Vraagstuk').fill('Hoe delen we informatie bij grensoverschrijdende incidenten?');
    await page.getByRole('checkbox', { name: /Ministerie van Defensie/ }).check();
    await page.getByRole('checkbox', { name: /Nationale Politie/ }).check();
    await page.getByLabel('Zoeken', { exact: true }).fill('Kolonel Voorzitter');
    await page.getByLabel('Eerste voorzitter').selectOption({ label: `${chair.name} (DEFENSIE)` });
    await page.getByRole('button', { name: 'Werkgroep aanmaken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();

    // The chair signs in (own browser context) and manages the members.
    const chairContext = await browser.newContext();
    const chairPage = await chairContext.newPage();
    await signIn(chairPage, chair.email);
    await chairPage.getByRole('link', { name: groupName }).click();
    await expect(chairPage.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
    await expectAccessible(chairPage);

    await chairPage.getByLabel('Zoek een gebruiker').fill('Inspecteur Nieuw');
    await chairPage.getByRole('combobox', { name: /^Gebruiker/ }).selectOption({ label: `${newcomer.name} (POLITIE)` });
    await chairPage.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    const members = chairPage.getByRole('region', { name: 'Leden' });
    await expect(members.getByRole('cell', { name: newcomer.name, exact: true })).toBeVisible();
    await expect(members.getByRole('combobox', { name: `Rol van ${newcomer.name}` })).toHaveValue('member');

    // The audit trail shows who added whom.
    const activity = chairPage.getByRole('region', { name: 'Activiteit' });
    await expect(activity.getByText(`${chair.name}`).first()).toBeVisible();
    await expect(activity.getByText('Lidmaatschap aangemaakt').first()).toBeVisible();
    await expect(activity.getByRole('cell', { name: newcomer.name, exact: true })).toBeVisible();

    // English and back.
    await chairPage.getByRole('button', { name: 'Switch to English' }).click();
    await expect(chairPage.getByRole('heading', { name: 'Members' })).toBeVisible();
    await expect(
      chairPage.getByRole('region', { name: 'Activity' }).getByText('Membership created').first(),
    ).toBeVisible();
    await chairPage.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await expect(chairPage.getByRole('heading', { name: 'Leden' })).toBeVisible();
    await chairContext.close();
  });

  test('a stale edit shows the conflict message and keeps the input', async ({ page, seed }) => {
    const chair = await seed.user({ name: 'Voorzitter Conflict', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Conflict ${seed.suffix}`,
      theme: 'Oorspronkelijk vraagstuk',
      organisationIds: [await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    await signIn(page, chair.email);
    await page.goto(`/werkgroepen/${group.id}`);
    const settings = page.getByRole('region', { name: 'Gegevens van de werkgroep' });
    await expect(settings.getByLabel('Vraagstuk')).toHaveValue('Oorspronkelijk vraagstuk');

    // The chair types; meanwhile someone else saves first.
    await settings.getByLabel('Vraagstuk').fill('Mijn eigen wijziging');
    await seed.admin.workingGroups.update.mutate({
      id: group.id,
      version: group.version,
      name: group.name,
      theme: 'Door een ander gewijzigd',
      description: '',
      organisationIds: [await seed.organisationId('POLITIE')],
      classification: 'ONGERUBRICEERD',
    });

    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await expect(settings.getByRole('alert')).toContainText('Iemand anders heeft dit intussen gewijzigd');
    await expect(settings.getByLabel('Vraagstuk')).toHaveValue('Mijn eigen wijziging');
    const comparison = settings.getByRole('region', { name: 'Jouw versie en de nieuwste versie' });
    await expect(comparison).toContainText('Mijn eigen wijziging');
    await expect(comparison).toContainText('Door een ander gewijzigd');
    await comparison.getByRole('button', { name: 'Overal de nieuwste versie' }).click();
    await comparison.getByRole('button', { name: 'Keuzes in het formulier zetten' }).click();
    await expect(settings.getByLabel('Vraagstuk')).toHaveValue('Door een ander gewijzigd');

    // Saving on the latest version works, says so, and the form stays ready for the next change.
    await settings.getByLabel('Vraagstuk').fill('Mijn wijziging, opnieuw');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await expect(settings.getByText('Opgeslagen.')).toBeVisible();
    await expect(settings.getByLabel('Vraagstuk')).toHaveValue('Mijn wijziging, opnieuw');
    await settings.getByLabel('Vraagstuk').fill('En nog een wijziging');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await expect(settings.getByText('Opgeslagen.')).toBeVisible();
    await expect(settings.getByRole('alert')).toHaveCount(0);
    await expect
      .poll(async () => (await seed.admin.workingGroups.get.query({ id: group.id })).theme)
      .toBe('En nog een wijziging');
  });

  test('an outsider cannot open a group', async ({ page, seed }) => {
    const chair = await seed.user({ name: 'Voorzitter Geheim', organisation: 'POLITIE' });
    const outsider = await seed.user({ name: 'Buitenstaander', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Besloten ${seed.suffix}`,
      theme: 'Niet voor iedereen',
      organisationIds: [await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    await signIn(page, outsider.email);
    await expect(page.getByText(group.name)).toHaveCount(0);
    await page.goto(`/werkgroepen/${group.id}`);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      'bestaat niet (meer) of je hebt er geen toegang toe',
    );
  });
});
