import { request } from '@playwright/test';
import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, expectAccessible, signIn, test } from '../support/fixtures';

test('a member subscribes a calendar program to the group’s exercises and revokes the link', async ({
  page,
  seed,
  baseURL,
}) => {
  const member = await seed.user({ name: 'Lid Agenda', organisation: 'POLITIE' });
  const group = await seed.admin.workingGroups.create.mutate({
    name: `Werkgroep Agenda ${seed.suffix}`,
    theme: 'Rechtszittingen',
    organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
    chairUserId: member.id,
  });
  const api = await apiAs(baseURL ?? '', member.email, E2E_PASSWORD);
  const scenario = await api.scenarios.create.mutate({
    groupId: group.id,
    title: `Zittingsdag ${seed.suffix}`,
    problemStatement: 'Een omstreden uitspraak trekt veel publiek naar de rechtbank.',
    threatType: 'ondermijning',
    cooperationLevel: 'PARTNERSHIP',
  });
  const ready = await api.scenarios.changeStatus.mutate({
    id: scenario.id,
    version: scenario.version,
    status: 'gereed',
  });
  const exerciseTitle = `Drill zittingsdag ${seed.suffix}`;
  await api.exercises.create.mutate({
    scenarioId: ready.id,
    title: exerciseTitle,
    type: 'drill',
    startsAt: new Date('2026-05-12T07:00:00Z'),
    endsAt: new Date('2026-05-12T11:00:00Z'),
  });

  await signIn(page, member.email);
  await page.goto('/oefeningen');
  await page.getByLabel('Werkgroep', { exact: true }).selectOption(group.id);
  const panel = page.getByRole('region', { name: `Agenda-abonnement: ${group.name}` });
  await panel.getByRole('button', { name: 'Abonnementslink maken' }).click();
  const link = panel.getByLabel('Abonnementslink');
  await expect(link).toHaveValue(/\/api\/agenda\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await link.inputValue();
  await expectAccessible(page);

  // A calendar program has no session: the link alone gives the exercises.
  const calendarProgram = await request.newContext();
  const feed = await calendarProgram.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const body = await feed.text();
  expect(body).toContain('BEGIN:VCALENDAR');
  expect(body).toContain(exerciseTitle);

  // Revoking (after confirmation) stops the feed.
  await panel.getByRole('button', { name: 'Link intrekken' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Link intrekken' }).click();
  await expect(panel.getByRole('button', { name: 'Abonnementslink maken' })).toBeVisible();
  expect((await calendarProgram.get(url)).status()).toBe(404);
  await calendarProgram.dispose();
});
