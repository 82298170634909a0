import { apiAs, type ApiClient } from '../support/api';
import { E2E_PASSWORD, expect, expectAccessible, signIn, test } from '../support/fixtures';

const GROUP = 'Werkgroep Informatiedeling';

async function demoGroupId(admin: ApiClient): Promise<string> {
  const groups = await admin.workingGroups.list.query({ scope: 'all', limit: 100 });
  const group = groups.items.find((g) => g.name === GROUP);
  if (!group) throw new Error(`${GROUP} ontbreekt in de demodata`);
  return group.id;
}

test.describe('begrippenlijst: vervangen in twee richtingen en een geschil dat een besluit wordt', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the replacement shows "Vervangt", and a comment is escalated into a concept decision linked both ways', async ({
    page,
    seed,
    baseURL,
  }) => {
    const groupId = await demoGroupId(seed.admin);
    const member = await seed.user({ name: 'Analist Begrip', organisation: 'POLITIE' });
    await seed.admin.memberships.add.mutate({ groupId, userId: member.id, role: 'member' });
    const api = await apiAs(baseURL ?? '', member.email, E2E_PASSWORD);
    const definitions = async (text: string) => [
      { organisationId: await seed.organisationId('DEFENSIE'), text: `${text} (Defensie)` },
      { organisationId: await seed.organisationId('POLITIE'), text: `${text} (Politie)` },
    ];
    const oldLabel = `meldkamerregie oud ${seed.suffix}`;
    const newLabel = `meldkamerregie ${seed.suffix}`;
    const old = await api.glossary.create.mutate({
      prefLabel: oldLabel,
      maintainingGroupId: groupId,
      definitions: await definitions('Wie de meldkamer aanstuurt'),
    });
    const replacement = await api.glossary.create.mutate({
      prefLabel: newLabel,
      maintainingGroupId: groupId,
      definitions: await definitions('Wie de gezamenlijke meldkamer aanstuurt'),
    });
    await api.glossary.changeStatus.mutate({
      id: old.id,
      version: old.version,
      status: 'vervangen',
      replacedById: replacement.id,
    });
    await api.glossary.addComment.mutate({
      termId: replacement.id,
      kind: 'proposal',
      body: `Defensie en politie lezen regie verschillend ${seed.suffix}`,
    });

    // The replacement names the term it replaces, with a link; the old one points forward.
    await signIn(page, member.email);
    await page.goto(`/begrippenlijst/${replacement.id}`);
    await expect(page.getByRole('heading', { level: 1, name: newLabel })).toBeVisible();
    const replaces = page.getByTestId('term-replaces');
    await expect(replaces).toContainText('Vervangt:');
    await replaces.getByRole('link', { name: oldLabel }).click();
    await expect(page.getByRole('heading', { level: 1, name: oldLabel })).toBeVisible();
    await expect(page.getByText('Gebruik voortaan:')).toBeVisible();
    await page.getByRole('link', { name: newLabel, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: newLabel })).toBeVisible();

    // The proposal becomes a concept decision.
    const comments = page.getByRole('region', { name: 'Reacties en voorstellen' });
    await comments.getByRole('button', { name: 'Voorleggen als besluit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Voorleggen aan het afwegingskader' });
    const question = `Welke regie geldt in de meldkamer ${seed.suffix}?`;
    await dialog.getByLabel('Vraag voor het besluit').fill(question);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Conceptbesluit maken' }).click();
    await expect(dialog).toBeHidden();
    await expect(comments.getByText('Voorgelegd als besluit:')).toBeVisible();
    await expect(comments.getByRole('button', { name: 'Voorleggen als besluit' })).toHaveCount(0);
    // Until it is decided, the term says a decision is in preparation, with the link.
    await expect(page.getByText('Besluit in voorbereiding:')).toBeVisible();
    await page.getByRole('link', { name: question }).first().click();

    // The decision is a concept of the group and links back to the term.
    await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
    await expect(page.getByText('Dit is een concept', { exact: false }).first()).toBeVisible();
    const origins = page.getByRole('region', { name: 'Ontstaan uit de begrippenlijst' });
    await origins.getByRole('link', { name: newLabel }).click();
    await expect(page.getByRole('heading', { level: 1, name: newLabel })).toBeVisible();
  });
});
