import { apiAs, type ApiClient } from './support/api';
import { E2E_PASSWORD, expect, signIn, test, type Seeder, type SeededUser } from './support/fixtures';

interface LiveSetup {
  defensie: SeededUser;
  politie: SeededUser;
  defensieApi: ApiClient;
  politieApi: ApiClient;
  termId: string;
  label: string;
}

/** A group of Defensie and Politie with one member each, and a proposed term of theirs. */
async function seedTerm(seed: Seeder, baseURL: string, name: string): Promise<LiveSetup> {
  const defensie = await seed.user({ name: `Kapitein ${name}`, organisation: 'DEFENSIE' });
  const politie = await seed.user({ name: `Inspecteur ${name}`, organisation: 'POLITIE' });
  const defensieId = await seed.organisationId('DEFENSIE');
  const politieId = await seed.organisationId('POLITIE');
  const group = await seed.admin.workingGroups.create.mutate({
    name: `Werkgroep ${name} ${seed.suffix}`,
    theme: 'Live samenwerken',
    organisationIds: [defensieId, politieId],
    chairUserId: defensie.id,
  });
  await seed.admin.memberships.add.mutate({ groupId: group.id, userId: politie.id, role: 'member' });
  const defensieApi = await apiAs(baseURL, defensie.email, E2E_PASSWORD);
  const politieApi = await apiAs(baseURL, politie.email, E2E_PASSWORD);
  const label = `meldpunt${seed.suffix.replace(/[^a-z0-9]/gi, '')}`;
  const term = await defensieApi.glossary.create.mutate({
    prefLabel: label,
    maintainingGroupId: group.id,
    scopeNote: 'De eerste toelichting.',
    definitions: [
      { organisationId: defensieId, text: 'Het punt waar een militaire melding binnenkomt.' },
      { organisationId: politieId, text: 'Het loket waar een burger aangifte of melding doet.' },
    ],
  });
  await defensieApi.glossary.changeStatus.mutate({ id: term.id, version: term.version, status: 'voorgesteld' });
  return { defensie, politie, defensieApi, politieApi, termId: term.id, label };
}

test.describe('live updates', () => {
  test.describe.configure({ timeout: 180_000 });

  test('one organisation approves a term; the other sees it on the open page without reloading, and who has it open', async ({
    page,
    browser,
    seed,
    baseURL,
  }) => {
    const s = await seedTerm(seed, baseURL ?? '', 'Live');
    // The Politie member has the term open in their own browser.
    const politieContext = await browser.newContext();
    const politiePage = await politieContext.newPage();
    await signIn(politiePage, s.politie.email);
    await politiePage.goto(`/begrippenlijst/${s.termId}`);
    await expect(politiePage.getByRole('heading', { level: 1, name: s.label })).toBeVisible();
    const politieApproval = politiePage.getByRole('region', { name: 'Status en goedkeuring' });
    await expect(politieApproval.getByText(`Goedgekeurd door ${s.defensie.name}`)).toHaveCount(0);

    // Defensie opens it too and sees who else has it open.
    await signIn(page, s.defensie.email);
    await page.goto(`/begrippenlijst/${s.termId}`);
    await expect(page.getByTestId('also-open')).toContainText(`Ook open bij: ${s.politie.name} (POLITIE)`);

    // Defensie approves; the Politie page shows it without a reload.
    const reloads: string[] = [];
    politiePage.on('framenavigated', (frame) => {
      if (frame === politiePage.mainFrame()) reloads.push(frame.url());
    });
    await page
      .getByRole('region', { name: 'Status en goedkeuring' })
      .getByRole('button', { name: 'Goedkeuren namens Ministerie van Defensie' })
      .click();
    await expect(politieApproval.getByText(`Goedgekeurd door ${s.defensie.name}`)).toBeVisible({ timeout: 5_000 });
    expect(reloads).toEqual([]);
    await politieContext.close();
  });

  test("one Politie member approves; the other's inbox count drops without reloading", async ({
    page,
    seed,
    baseURL,
  }) => {
    const s = await seedTerm(seed, baseURL ?? '', 'Inbox');
    // A second Politie member of the same group: the approval for Politie waits for both.
    const colleague = await seed.user({ name: 'Hoofdagent Inbox', organisation: 'POLITIE' });
    const groupId = (await s.defensieApi.glossary.get.query({ id: s.termId })).maintainingGroup.id;
    await seed.admin.memberships.add.mutate({ groupId, userId: colleague.id, role: 'member' });

    await signIn(page, colleague.email);
    await page.goto('/voor-mij');
    await expect(page.getByRole('link', { name: s.label, exact: true })).toBeVisible({ timeout: 30_000 });
    const badge = page.getByTestId('inbox-count');
    await expect(badge).toHaveText(/^[1-9]\d*$/);
    const before = Number(await badge.textContent());
    const reloads: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) reloads.push(frame.url());
    });

    // The other Politie member approves for Politie through their own session.
    const term = await s.politieApi.glossary.get.query({ id: s.termId });
    await s.politieApi.glossary.approve.mutate({ id: s.termId, version: term.version });

    await expect(badge).toHaveText(String(before - 1), { timeout: 5_000 });
    await expect(page.getByRole('link', { name: s.label, exact: true })).toHaveCount(0);
    expect(reloads).toEqual([]);
  });

  test('a conflict shows both versions side by side and saving "mine" keeps the typed text', async ({
    page,
    seed,
    baseURL,
  }) => {
    const s = await seedTerm(seed, baseURL ?? '', 'Conflict');
    await signIn(page, s.defensie.email);
    await page.goto(`/begrippenlijst/${s.termId}`);
    await page.getByRole('button', { name: 'Bewerken' }).click();
    const mine = `Mijn toelichting, net getypt (${seed.suffix}).`;
    await page.getByLabel('Toelichting').fill(mine);

    // Meanwhile the Politie member saves another text.
    const current = await s.politieApi.glossary.get.query({ id: s.termId });
    const theirs = `Hun toelichting (${seed.suffix}).`;
    await s.politieApi.glossary.update.mutate({
      id: current.id,
      version: current.version,
      maintainingGroupId: current.maintainingGroupId,
      prefLabel: current.prefLabel,
      scopeNote: theirs,
      definitions: current.definitions.map((d) => ({ organisationId: d.organisationId, text: d.text })),
    });
    // The open form says so, and keeps what was typed.
    await expect(page.getByText(`${s.politie.name} heeft dit zojuist gewijzigd.`)).toBeVisible({ timeout: 5_000 });
    await expect(page.getByLabel('Toelichting')).toHaveValue(mine);

    // Saving meets the conflict: both versions side by side.
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const comparison = page.getByRole('region', { name: 'Jouw versie en de nieuwste versie' });
    await expect(comparison).toBeVisible();
    const row = comparison.getByRole('row', { name: /Toelichting/ });
    await expect(row).toContainText(mine);
    await expect(row).toContainText(theirs);
    await expect(row.getByRole('radio', { name: 'Mijn versie' })).toBeChecked();

    // Keep mine, save against the newest version.
    await comparison.getByRole('button', { name: 'Keuzes in het formulier zetten' }).click();
    await expect(page.getByLabel('Toelichting')).toHaveValue(mine);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('button', { name: 'Bewerken' })).toBeVisible();
    await expect(page.getByText(mine).first()).toBeVisible();
    const saved = await s.defensieApi.glossary.get.query({ id: s.termId });
    expect(saved.scopeNote).toBe(mine);
  });
});
