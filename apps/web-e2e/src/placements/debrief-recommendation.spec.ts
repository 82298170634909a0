import { addDays, addMonths, calendarDateInNetherlands } from '@srw/domain';
import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, expectAccessible, signIn, test } from '../support/fixtures';

const today = calendarDateInNetherlands(new Date());

test.describe('liaisons', () => {
  // Sign-in, a form, and the recommendation page: slower than the default on a busy two-core machine.
  test.describe.configure({ timeout: 300_000 });

  test('a lesson from the debrief becomes a recommendation, and the lesson links to it', async ({ page, seed }) => {
    const chair = await seed.user({ name: 'Kolonel Debrief', organisation: 'DEFENSIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Lessen ${seed.suffix}`,
      theme: 'Lessen uit plaatsingen',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    const person = `Wachtmeester Les ${seed.suffix}`;
    const created = await seed.admin.placements.propose.mutate({
      person: { kind: 'named', name: person },
      homeOrganisationId: await seed.organisationId('DEFENSIE'),
      homeUnit: 'Korps Mariniers',
      hostOrganisationId: await seed.organisationId('POLITIE'),
      hostUnit: 'Eenheid Noord-Holland',
      hostFunction: 'Liaison',
      purpose: 'Meekijken bij de meldkamer',
      startDate: addDays(today, -30),
      endDate: addMonths(today, 3),
      hoursPerWeek: 16,
      groupId: group.id,
    });
    const aborted = await seed.admin.placements.abort.mutate({
      id: created.id,
      version: created.version,
      reason: 'Vroegtijdig gestopt.',
    });
    const lesson = `Vraag systeemtoegang aan vóór de eerste werkdag ${seed.suffix}`;
    await seed.admin.placements.saveDebrief.mutate({
      id: aborted.id,
      version: aborted.version,
      whatWorked: 'Korte lijnen met de meldkamer.',
      whatDidNotWork: 'Toegang tot systemen duurde weken.',
      lessons: [lesson, 'Wijs een vaste begeleider aan.'],
    });

    await signIn(page, chair.email);
    await page.goto(`/liaisons/${created.id}`);
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible({ timeout: 30_000 });
    const lessons = page.getByRole('list', { name: 'Lessen' });
    const item = lessons.getByRole('listitem').filter({ hasText: lesson });
    await item.getByRole('button', { name: 'Omzetten in aanbeveling' }).click();

    const form = page.getByRole('form', { name: 'Les omzetten in een aanbeveling' });
    await expect(form.getByLabel(/^Titel/)).toHaveValue(lesson);
    await form.getByLabel(/^Titel/).fill(`Systeemtoegang vooraf regelen ${seed.suffix}`);
    // Without a condition the form refuses in Dutch and keeps what was typed.
    await form.getByRole('button', { name: 'Aanbeveling aanmaken' }).click();
    await expect(form.getByText('Kies er minstens één.')).toBeVisible();
    await expect(form.getByLabel(/^Titel/)).toHaveValue(`Systeemtoegang vooraf regelen ${seed.suffix}`);
    await form.getByRole('checkbox', { name: /^2\.5\.b / }).check();
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Aanbeveling aanmaken' }).click();

    const link = item.getByRole('link', { name: /^Aanbeveling / });
    await expect(link).toBeVisible();
    await expect(form).toHaveCount(0);
    // The other lesson can still be converted; this one no longer.
    await expect(item.getByRole('button', { name: 'Omzetten in aanbeveling' })).toHaveCount(0);
    await expect(
      lessons
        .getByRole('listitem')
        .filter({ hasText: 'Wijs een vaste begeleider aan.' })
        .getByRole('button', { name: 'Omzetten in aanbeveling' }),
    ).toBeVisible();
    // In the debrief form the converted lesson is kept as it is; the other stays editable.
    await expect(page.getByLabel(/^Les 1/)).not.toBeEditable();
    await expect(
      page.getByText('Deze les is een aanbeveling geworden en kan niet meer worden gewijzigd of verwijderd.'),
    ).toBeVisible();
    await expect(page.getByLabel(/^Les 2/)).toBeEditable();
    const code = ((await link.textContent()) ?? '').replace('Aanbeveling ', '').trim();

    await link.click();
    await expect(page).toHaveURL(/\/aanbevelingen\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole('heading', { level: 1, name: `${code} · Systeemtoegang vooraf regelen ${seed.suffix}` }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByText(`Debriefing liaisonplaatsing ${person} bij Eenheid Noord-Holland`).first(),
    ).toBeVisible();
  });

  test('a debrief being typed survives a change by someone else, and saving asks which version to keep', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kolonel Verslag', organisation: 'DEFENSIE' });
    const member = await seed.user({ name: 'Inspecteur Verslag', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Verslag ${seed.suffix}`,
      theme: 'Lessen uit plaatsingen',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: member.id, role: 'member' });
    const person = `Sergeant Verslag ${seed.suffix}`;
    const created = await seed.admin.placements.propose.mutate({
      person: { kind: 'named', name: person },
      homeOrganisationId: await seed.organisationId('DEFENSIE'),
      homeUnit: 'Koninklijke Marechaussee',
      hostOrganisationId: await seed.organisationId('POLITIE'),
      hostUnit: 'Eenheid Oost-Nederland',
      hostFunction: 'Liaison',
      purpose: 'Samen oefenen bij grote evenementen',
      startDate: addDays(today, -30),
      endDate: addMonths(today, 3),
      hoursPerWeek: 8,
      groupId: group.id,
    });
    const aborted = await seed.admin.placements.abort.mutate({
      id: created.id,
      version: created.version,
      reason: 'Andere inzet.',
    });

    await signIn(page, chair.email);
    await page.goto(`/liaisons/${created.id}`);
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible({ timeout: 30_000 });
    const mine = `Wat ik net typte: korte lijnen (${seed.suffix}).`;
    await page.getByLabel('Wat werkte', { exact: true }).fill(mine);

    // Meanwhile the Politie member saves their own debrief.
    const memberApi = await apiAs(baseURL ?? '', member.email, E2E_PASSWORD);
    const theirs = `Hun verslag: vaste contactpersoon (${seed.suffix}).`;
    await memberApi.placements.saveDebrief.mutate({
      id: aborted.id,
      version: aborted.version,
      whatWorked: theirs,
      whatDidNotWork: '',
      lessons: [],
    });
    await expect(page.getByText(`${member.name} heeft dit zojuist gewijzigd.`)).toBeVisible({ timeout: 10_000 });
    await expect(page.getByLabel('Wat werkte', { exact: true })).toHaveValue(mine);

    // Saving meets the conflict: both versions side by side; keeping mine saves it against the newest version.
    await page.getByRole('button', { name: 'Debriefing opslaan' }).click();
    const comparison = page.getByRole('region', { name: 'Jouw versie en de nieuwste versie' });
    const row = comparison.getByRole('row', { name: /Wat werkte/ });
    await expect(row).toContainText(mine);
    await expect(row).toContainText(theirs);
    await comparison.getByRole('button', { name: 'Keuzes in het formulier zetten' }).click();
    await expect(page.getByLabel('Wat werkte', { exact: true })).toHaveValue(mine);
    await page.getByRole('button', { name: 'Debriefing opslaan' }).click();
    await expect(page.getByText('Opgeslagen.', { exact: true })).toBeVisible();
    const saved = await memberApi.placements.get.query({ id: created.id });
    expect(saved.debriefWhatWorked).toBe(mine);
  });
});
