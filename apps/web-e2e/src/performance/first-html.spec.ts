import type { Page } from '@playwright/test';
import { addDays, addMonths, calendarDateInNetherlands } from '@srw/domain';
import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';

const today = calendarDateInNetherlands(new Date());

/**
 * The server's first answer for a page, as markup only: scripts (the RSC
 * payload, the hydrated cache and the message catalogue) are left out, so what
 * remains is what a reader sees before any JavaScript runs.
 */
async function firstHtml(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<!-- -->/g, '');
}

test.describe('pagina’s komen met hun gegevens', () => {
  // Many pages, each rendered on the server, on a busy two-core machine.
  test.describe.configure({ timeout: 300_000 });

  test('the first HTML of lists and detail pages carries the records, not “Laden…”', async ({
    page,
    seed,
    baseURL,
  }) => {
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const chair = await seed.user({ name: 'Kolonel Eerste', organisation: 'DEFENSIE' });
    const groupName = `Werkgroep Eerste Antwoord ${seed.suffix}`;
    const group = await seed.admin.workingGroups.create.mutate({
      name: groupName,
      theme: 'Snelheid',
      organisationIds: [defensie, politie],
      chairUserId: chair.id,
    });
    const api = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);

    const termLabel = `Snelterm ${seed.suffix}`;
    const termDefinition = `Een begrip dat meteen zichtbaar is ${seed.suffix}`;
    const term = await api.glossary.create.mutate({
      prefLabel: termLabel,
      maintainingGroupId: group.id,
      divergent: false,
      definitions: [{ organisationId: defensie, text: termDefinition }],
    });
    const question = `Mag de eerste pagina meteen de gegevens tonen ${seed.suffix}`;
    const decision = await api.decisions.create.mutate({
      groupId: group.id,
      question,
      cooperationLevel: 'ASSISTANCE',
      topic: `Snelheid ${seed.suffix}`,
      outcome: 'ALLOWED',
      organisationIds: [defensie, politie],
    });
    const recommendationTitle = `Laat de gegevens met de pagina meekomen ${seed.suffix}`;
    const recommendation = await api.recommendations.create.mutate({
      groupId: group.id,
      title: recommendationTitle,
      sourceType: 'working_group',
      level: 'operationeel',
      conditionIds: ['2.1.b'],
      addresseeOrganisationIds: [defensie, politie],
    });
    const scenarioTitle = `Vermiste fietser ${seed.suffix}`;
    const scenario = await api.scenarios.create.mutate({
      groupId: group.id,
      title: scenarioTitle,
      problemStatement: 'Een fietser is sinds vanochtend vermist langs de dijk.',
      threatType: 'vermissing',
      cooperationLevel: 'ASSISTANCE',
    });
    const ready = await api.scenarios.changeStatus.mutate({
      id: scenario.id,
      version: scenario.version,
      status: 'gereed',
    });
    // 21:30 UTC is late evening in Amsterdam, summer or winter, so the two hours cross midnight there:
    // the range then names two dates, the case in which server and browser once formatted it differently.
    const startsAt = new Date(`${addDays(today, 7)}T21:30:00Z`);
    const exerciseTitle = `Tabletop eerste antwoord ${seed.suffix}`;
    const exercise = await api.exercises.create.mutate({
      scenarioId: ready.id,
      title: exerciseTitle,
      type: 'tabletop',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      participantUserIds: [],
      plannerUserIds: [chair.id],
      objectives: [{ description: `Samen het zoekgebied verdelen ${seed.suffix}`, conditionIds: ['2.1.b'] }],
    });
    const person = `Wachtmeester Eerste ${seed.suffix}`;
    const placement = await seed.admin.placements.propose.mutate({
      person: { kind: 'named', name: person },
      homeOrganisationId: defensie,
      homeUnit: 'Korps Mariniers',
      hostOrganisationId: politie,
      hostUnit: `Eenheid Eerste ${seed.suffix}`,
      hostFunction: 'Liaison',
      purpose: 'Meekijken bij de meldkamer',
      startDate: addDays(today, 14),
      endDate: addMonths(today, 4),
      hoursPerWeek: 16,
      groupId: group.id,
    });

    await signIn(page, chair.email);
    const pages: Array<[path: string, text: string]> = [
      [`/begrippenlijst?zoek=${encodeURIComponent(termLabel)}`, termLabel],
      [`/begrippenlijst/${term.id}`, termDefinition],
      ['/afwegingskader', question],
      [`/afwegingskader/${decision.id}`, question],
      [`/aanbevelingen?zoek=${encodeURIComponent(recommendationTitle)}`, recommendationTitle],
      [`/aanbevelingen/${recommendation.id}`, recommendationTitle],
      ['/dashboard', groupName],
      ['/scenarios', scenarioTitle],
      [`/scenarios/${scenario.id}`, scenarioTitle],
      [`/scenarios/${scenario.id}`, exerciseTitle],
      [`/oefeningen/${exercise.id}`, exerciseTitle],
      [`/oefeningen/${exercise.id}/uitvoering`, exerciseTitle],
      [`/liaisons/${placement.id}`, person],
      [`/liaisons?eenheid=${encodeURIComponent(`Eenheid Eerste ${seed.suffix}`)}`, person],
      ['/werkgroepen', groupName],
      [`/werkgroepen/${group.id}`, groupName],
      [`/werkgroepen/${group.id}`, chair.name],
      ['/voor-mij', person],
    ];
    for (const [path, text] of pages) {
      const html = await firstHtml(page, path);
      expect.soft(html, `${path} carries “${text}”`).toContain(text);
      const loading = html.indexOf('Laden…');
      // Every page is checked, so one run names them all. On failure, say where: the markup before the loading text names the section still waiting.
      expect
        .soft(loading === -1 ? '' : html.slice(Math.max(0, loading - 600), loading), `${path} shows no loading state`)
        .toBe('');
    }

    // In the browser the client components start from the hydrated cache: no hydration error, and
    // the page's own query is not asked again. The header's inbox count refetches on every page (on
    // purpose); queries that would fetch on mount go out in the same batch, so that request tells.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/trpc/')) asked.push(...url.pathname.slice('/api/trpc/'.length).split(','));
    });
    const inBrowser: Array<[path: string, procedure: string, text: string]> = [
      [`/begrippenlijst/${term.id}`, 'glossary.get', termDefinition],
      [`/afwegingskader/${decision.id}`, 'decisions.get', question],
      [`/aanbevelingen?zoek=${encodeURIComponent(recommendationTitle)}`, 'recommendations.list', recommendationTitle],
      ['/dashboard', 'recommendations.dashboard', groupName],
      [`/oefeningen/${exercise.id}`, 'exercises.get', exerciseTitle],
      [`/werkgroepen/${group.id}`, 'workingGroups.get', groupName],
    ];
    for (const [path, procedure, text] of inBrowser) {
      asked.length = 0;
      const firstAsk = page.waitForRequest((request) => request.url().includes('inbox.count'));
      await page.goto(path);
      await expect(page.getByText(text).filter({ visible: true }).first()).toBeVisible();
      await firstAsk;
      expect.soft(asked, `${path} asks ${procedure} again`).not.toContain(procedure);
    }
    expect(errors.filter((error) => /hydrat|#418|#423|#425/i.test(error))).toEqual([]);
  });
});
