import { calendarDateInNetherlands } from '@srw/domain';
import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, expectAccessible, test } from '../support/fixtures';
import { signInPatiently } from './journeys';

test.describe('aanbevelingen: samen afronden', () => {
  // Three people on a shared, slow machine: more time than the suite default.
  test.describe.configure({ timeout: 300_000 });

  test('a Defensie chair and a Politie member each record their own part, and a third person verifies', async ({
    page,
    browser,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kolonel Samen', organisation: 'DEFENSIE' });
    const member = await seed.user({ name: 'Inspecteur Samen', organisation: 'POLITIE' });
    const verifier = await seed.user({ name: 'Majoor Controle', organisation: 'DEFENSIE' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Samen ${seed.suffix}`,
      theme: 'Samen afronden',
      organisationIds: [defensie, politie],
      chairUserId: chair.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: member.id, role: 'member' });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: verifier.id, role: 'member' });
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const title = `Gezamenlijke zoekinstructie ${seed.suffix}`;
    const created = await chairApi.recommendations.create.mutate({
      groupId: group.id,
      title,
      sourceType: 'working_group',
      level: 'operationeel',
      conditionIds: ['2.5.b'],
      addresseeOrganisationIds: [defensie, politie],
    });
    const accepted = await chairApi.recommendations.changeStatus.mutate({
      id: created.id,
      version: created.version,
      status: 'aanvaard',
      note: 'Aanvaard.',
    });
    await chairApi.recommendations.changeStatus.mutate({
      id: created.id,
      version: accepted.version,
      status: 'in_uitvoering',
      note: 'Gestart.',
    });

    // The Defensie chair records Defensie's part; Politie's is not theirs to record.
    await signInPatiently(page, chair.email);
    await page.goto(`/aanbevelingen/${created.id}`);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
    const addressees = page.getByRole('region', { name: 'Uitvoering per organisatie' });
    await expect(addressees.getByLabel('Stand van Nationale Politie', { exact: true })).toHaveCount(0);
    await addressees
      .getByLabel('Stand van Ministerie van Defensie', { exact: true })
      .selectOption({ label: 'Uitgevoerd' });
    await addressees
      .getByLabel('Toelichting bij de stand van Ministerie van Defensie')
      .fill('Defensie heeft de instructie verspreid.');
    await addressees.getByRole('button', { name: 'Stand vastleggen' }).click();
    await expect(page.getByText('Wacht op Nationale Politie')).toBeVisible();
    await expect(page.getByText('Wacht op Ministerie van Defensie')).toHaveCount(0);

    // The Politie member records Politie's part.
    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await signInPatiently(memberPage, member.email);
    await memberPage.goto(`/aanbevelingen/${created.id}`);
    const memberAddressees = memberPage.getByRole('region', { name: 'Uitvoering per organisatie' });
    await expect(memberAddressees.getByLabel('Stand van Ministerie van Defensie', { exact: true })).toHaveCount(0);
    await memberAddressees
      .getByLabel('Stand van Nationale Politie', { exact: true })
      .selectOption({ label: 'Uitgevoerd' });
    await memberAddressees
      .getByLabel('Toelichting bij de stand van Nationale Politie')
      .fill('De politie werkt volgens de instructie.');
    await memberAddressees.getByRole('button', { name: 'Stand vastleggen' }).click();
    await expect(memberPage.getByText('Wacht op Nationale Politie')).toHaveCount(0);
    await memberContext.close();

    // Now the chair sets it to uitgevoerd, and may not verify it themselves.
    await page.reload();
    const status = page.getByRole('region', { name: 'Status wijzigen' });
    await status.getByLabel('Nieuwe status').selectOption({ label: 'Uitgevoerd' });
    await status.getByLabel('Toelichting').fill('Beide organisaties werken volgens de instructie.');
    await status.getByRole('button', { name: 'Status wijzigen' }).click();
    const header = page.locator('main header').first();
    await expect(header.getByText('Uitgevoerd', { exact: true })).toBeVisible();
    await expect(page.getByText('Wacht op verificatie door een tweede persoon')).toBeVisible();
    await expect(
      page.getByText('Je hebt deze aanbeveling zelf als uitgevoerd vastgelegd. Verifiëren doet een tweede persoon.'),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Status wijzigen' })).toHaveCount(0);
    await expectAccessible(page);

    // A third person verifies with evidence.
    const verifierContext = await browser.newContext();
    const verifierPage = await verifierContext.newPage();
    await signInPatiently(verifierPage, verifier.email);
    await verifierPage.goto(`/aanbevelingen/${created.id}`);
    const verify = verifierPage.getByRole('region', { name: 'Status wijzigen' });
    await verify.getByLabel('Nieuwe status').selectOption({ label: 'Geverifieerd' });
    await verify.getByLabel('Toelichting').fill('Gecontroleerd bij een latere oefening.');
    await verify.getByLabel('Soort bewijs').selectOption({ label: 'Latere oefening' });
    await verify.getByLabel('Verwijzing (link of kenmerk)').fill('Evaluatie oefening Samenloop');
    await verify
      .getByLabel('Datum van de oefening, het besluit of het document')
      // Today in the Netherlands, like the implementation it must not predate (not UTC's date, a day behind after midnight).
      .fill(calendarDateInNetherlands(new Date()));
    await verify.getByLabel('Wat laat het bewijs zien?').fill('Beide teams volgden de instructie.');
    await verify.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(verifierPage.locator('main header').first().getByText('Geverifieerd', { exact: true })).toBeVisible();
    await verifierContext.close();
  });
});
