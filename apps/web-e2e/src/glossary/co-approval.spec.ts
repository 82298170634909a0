import { readFile } from 'node:fs/promises';
import { Parser } from 'n3';
import type { ApiClient } from '../support/api';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

const GROUP = 'Werkgroep Informatiedeling';

async function demoGroupId(admin: ApiClient): Promise<string> {
  const groups = await admin.workingGroups.list.query({ scope: 'all', limit: 100 });
  const group = groups.items.find((g) => g.name === GROUP);
  if (!group) throw new Error(`${GROUP} ontbreekt in de demodata`);
  return group.id;
}

async function seededTermId(admin: ApiClient, label: string): Promise<string> {
  const found = await admin.glossary.list.query({ search: label, includeRetired: true });
  const term = found.items.find((t) => t.prefLabel === label);
  if (!term) throw new Error(`begrip ${label} ontbreekt in de demodata`);
  return term.id;
}

test.describe('begrippenlijst', () => {
  // Long flows across two sessions; shared build machines can be slow.
  test.describe.configure({ timeout: 180_000 });

  test('a Defensie and a Politie member bring "officier" to vastgesteld; an edit sends it back to voorgesteld', async ({
    page,
    browser,
    seed,
  }) => {
    const groupId = await demoGroupId(seed.admin);
    const defensie = await seed.user({ name: 'Kapitein Begrip', organisation: 'DEFENSIE' });
    const politie = await seed.user({ name: 'Rechercheur Begrip', organisation: 'POLITIE' });
    await seed.admin.memberships.add.mutate({ groupId, userId: defensie.id, role: 'member' });
    await seed.admin.memberships.add.mutate({ groupId, userId: politie.id, role: 'member' });

    // The Defensie member finds "officier" despite a typo and sees both meanings side by side.
    await signIn(page, defensie.email);
    await page.getByRole('link', { name: 'Begrippenlijst' }).click();
    await page.getByLabel('Zoek een begrip of afkorting').fill('oficier');
    await page.getByRole('link', { name: 'officier', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'officier' })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('dit woord betekent bij de organisaties iets anders');
    await expect(page.getByRole('article', { name: 'Ministerie van Defensie' })).toContainText('officiersrang');
    await expect(page.getByRole('article', { name: 'Nationale Politie' })).toContainText('Officier van Justitie');
    await expectAccessible(page);

    // Start from in bewerking, then propose it for co-approval.
    const approval = page.getByRole('region', { name: 'Status en goedkeuring' });
    await approval.getByRole('button', { name: 'Terug naar in bewerking' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page.getByText('In bewerking', { exact: true }).first()).toBeVisible();
    await approval.getByRole('button', { name: 'Voorstellen ter goedkeuring' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page.getByText('Voorgesteld', { exact: true }).first()).toBeVisible();

    // Defensie approves: still voorgesteld, Politie still to go.
    await approval.getByRole('button', { name: 'Goedkeuren namens Ministerie van Defensie' }).click();
    await expect(approval.getByText(`Goedgekeurd door ${defensie.name}`)).toBeVisible();
    await expect(approval.getByText('Nog niet goedgekeurd')).toBeVisible();
    await expect(page.getByText('Voorgesteld', { exact: true }).first()).toBeVisible();

    // The Politie member approves in their own session: vastgesteld.
    const politieContext = await browser.newContext();
    const politiePage = await politieContext.newPage();
    await signIn(politiePage, politie.email);
    await politiePage.goto(page.url());
    const politieApproval = politiePage.getByRole('region', { name: 'Status en goedkeuring' });
    await politieApproval.getByRole('button', { name: 'Goedkeuren namens Nationale Politie' }).click();
    await expect(politiePage.getByText('Vastgesteld', { exact: true }).first()).toBeVisible();
    await expect(politieApproval.getByText(`Goedgekeurd door ${politie.name}`)).toBeVisible();
    await politieContext.close();

    // Editing the Defensie definition afterwards asks for approval again.
    await page.reload();
    await expect(page.getByText('Vastgesteld', { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Bewerken' }).click();
    const definition = page.getByLabel('Definitie bij DEFENSIE');
    // A text of this run's own, so the edit is a change even when the journey runs again on the same server.
    await definition.fill(
      `Militair met een officiersrang, vanaf tweede luitenant; leidinggevende binnen de krijgsmacht (${seed.suffix}).`,
    );
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(
      page.getByText('De definitie is gewijzigd: het begrip moet opnieuw worden goedgekeurd.'),
    ).toBeVisible();
    await expect(page.getByText('Voorgesteld', { exact: true }).first()).toBeVisible();
    await expect(approval.getByText('Nog niet goedgekeurd')).toHaveCount(2);

    // The history shows the change of the Defensie definition.
    const history = page.getByRole('region', { name: 'Versiegeschiedenis' });
    await expect(history.getByRole('rowheader', { name: 'Definities (DEFENSIE)' }).first()).toBeVisible();
  });

  test('a marked divergent term shows each organisation’s meaning on keyboard focus', async ({ page, seed }) => {
    const groupId = await demoGroupId(seed.admin);
    const member = await seed.user({ name: 'Lid Tekst', organisation: 'POLITIE' });
    await seed.admin.memberships.add.mutate({ groupId, userId: member.id, role: 'member' });
    await signIn(page, member.email);
    await page.goto('/begrippenlijst/nieuw');
    await page.getByLabel('Voorkeursterm').fill(`overdracht ${seed.suffix}`);
    await page.getByLabel('Beherende werkgroep').selectOption({ label: GROUP });
    await page
      .getByLabel('Definitie bij POLITIE')
      .fill('Het moment waarop de officier het gezag over de zaak overneemt.');
    await page.getByRole('button', { name: 'Begrip aanmaken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `overdracht ${seed.suffix}` })).toBeVisible();

    const marked = page.getByRole('article', { name: 'Nationale Politie' }).getByRole('link', { name: 'officier' });
    await marked.focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Bij Ministerie van Defensie:');
    await expect(tooltip).toContainText('Bij Nationale Politie:');
  });

  test('search finds abbreviations, filters show divergent terms, and the exports download and parse', async ({
    page,
    seed,
  }) => {
    const reader = await seed.user({ name: 'Lezer Export', organisation: 'KMAR' });
    const officierId = await seededTermId(seed.admin, 'officier');
    await signIn(page, reader.email);
    await page.goto('/begrippenlijst');
    await page.getByLabel('Zoek een begrip of afkorting').fill('OvJ');
    await expect(page.getByRole('link', { name: 'Officier van Justitie' })).toBeVisible();
    await page.getByLabel('Zoek een begrip of afkorting').fill('');
    await page.getByLabel('Alleen afwijkende betekenissen').check();
    await expect(page.getByRole('link', { name: 'officier', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'steunverzoek', exact: true })).toHaveCount(0);

    const turtleDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'SKOS (Turtle)' }).click();
    const turtle = await turtleDownload;
    expect(turtle.suggestedFilename()).toMatch(/^begrippenlijst-.*\.ttl$/);
    const quads = new Parser().parse(await readFile(await turtle.path(), 'utf8'));
    const concept = `https://samenwerkingsruimte.example/begrippenlijst/id/begrip/${officierId}`;
    expect(
      quads.some(
        (q) => q.subject.value === concept && q.predicate.value.endsWith('#prefLabel') && q.object.value === 'officier',
      ),
    ).toBe(true);
    expect(quads.filter((q) => q.predicate.value.endsWith('#relatedMatch') && q.object.value === concept)).toHaveLength(
      2,
    );

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'SKOS (JSON-LD)' }).click();
    const json = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as {
      '@graph': { '@id': string }[];
    };
    expect(json['@graph'].some((node) => node['@id'] === `begrip:${officierId}`)).toBe(true);

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV' }).click();
    const csv = await readFile(await (await csvDownload).path(), 'utf8');
    expect(csv).toContain('begrip;afkortingen;');
    expect(csv).toContain('officier');

    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Excel (XLSX)' }).click();
    const xlsx = await readFile(await (await xlsxDownload).path());
    // An XLSX file is a ZIP archive.
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
