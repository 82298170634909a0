import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download, Page } from '@playwright/test';
import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';

/** First assertion after a navigation: the shared machine can be slow to render a page. */
const afterNavigation = { timeout: 30_000 };

async function download(page: Page, name: RegExp): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return file;
}

async function sheetOf(file: Download): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(await file.path());
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

async function csvLines(file: Download): Promise<string[][]> {
  const text = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '');
  return text
    .trim()
    .split('\r\n')
    .map((line) => line.split(';'));
}

test.describe('exports', () => {
  test.slow();

  test('a chair downloads their working groups, and the afwegingskader filtered and in English', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kapitein Export', organisation: 'DEFENSIE' });
    const member = await seed.user({ name: 'Inspecteur Export', organisation: 'POLITIE' });
    const groupName = `Werkgroep Export ${seed.suffix}`;
    const group = await seed.admin.workingGroups.create.mutate({
      name: groupName,
      theme: 'Wat mag bij zoekacties?',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: member.id, role: 'member' });
    const question = `Mag de politie beelden van Defensie gebruiken? (${seed.suffix})`;
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    await chairApi.decisions.create.mutate({
      groupId: group.id,
      question,
      context: 'Beelden van een oefening.',
      cooperationLevel: 'ASSISTANCE',
      topic: `Beelden ${seed.suffix}`,
      tags: [],
      outcome: 'UNCLEAR',
      conditions: [],
      legalBasisIds: [],
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
    });

    // The chair: their working groups as CSV, in Dutch labels.
    await signIn(page, chair.email);
    const groups = await csvLines(await download(page, /Als CSV$/));
    expect(groups[0]?.slice(0, 3)).toEqual(['Naam', 'Vraagstuk', 'Status']);
    const row = groups.find((r) => r[0] === groupName);
    expect(row?.[2]).toBe('Actief');
    expect(row?.[5]).toBe('Voorzitter');

    // The afwegingskader filtered on "unclear", in English: the link carries the filter and the language.
    await page.goto('/afwegingskader?uitkomst=UNCLEAR');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const csvLink = page.getByRole('link', { name: /As CSV$/ });
    await expect(csvLink).toHaveAttribute('href', /taal=en.*uitkomst=UNCLEAR/, afterNavigation);
    const decisions = await csvLines(await download(page, /As CSV$/));
    expect(decisions[0]?.slice(0, 5)).toEqual(['Question', 'Working group', 'Cooperation level', 'Topic', 'Outcome']);
    const decision = decisions.find((r) => r[0] === question);
    expect(decision?.[4]).toBe('Unclear, to be investigated');
    expect(decision?.[6]).toBe('Draft (concept)');
    expect(decisions.slice(1).every((r) => r[4] === 'Unclear, to be investigated')).toBe(true);

    // A filter that does not parse is refused.
    const refused = await page.request.get('/api/export/afwegingskader?format=csv&uitkomst=misschien');
    expect(refused.status()).toBe(400);
  });

  test('an admin downloads the audit trail as a real spreadsheet', async ({ page, seed, browser, baseURL }) => {
    const admin = await seed.user({ name: 'Beheerder Export', organisation: 'DEFENSIE', globalRole: 'admin' });
    await signIn(page, admin.email);
    await page.goto('/beheer/audittrail');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible(afterNavigation);
    const file = await download(page, /Als Excel$/);
    expect(file.suggestedFilename()).toMatch(/^audittrail-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = await sheetOf(file);
    expect(sheet.getRow(1).getCell(1).value).toBe('Wanneer');
    expect(sheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.headerFooter.oddHeader).toContain('Rubricering:');

    // Without admin rights there is no full audit trail to download.
    const member = await seed.user({ name: 'Medewerker Export', organisation: 'POLITIE' });
    const memberContext = await browser.newContext({ baseURL });
    const other = await memberContext.newPage();
    await signIn(other, member.email);
    expect((await other.request.get('/api/export/audittrail?format=csv')).status()).toBe(403);
    await memberContext.close();
  });
});
