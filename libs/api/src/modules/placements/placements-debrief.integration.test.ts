import { describe, expect, it } from 'vitest';
import { eq, placementLessons, recommendations } from '@srw/db';
import { addMonths } from '@srw/domain';
import { outcome, roleNames, type RoleName } from '../../testing';
import {
  h,
  f,
  defensieId,
  politieId,
  today,
  caller,
  proposeAsAdmin,
  activeAsAdmin,
  recommendationFields,
  debriefedAsAdmin,
  firstLesson,
  usePlacementsHarness,
} from './placements-fixture';

usePlacementsHarness();

describe('debrief', () => {
  it.each(roleNames)('save as %s', async (role) => {
    const created = await proposeAsAdmin();
    const aborted = await caller('admin').placements.abort({
      id: created.id,
      version: created.version,
      reason: 'Vroegtijdig gestopt.',
    });
    const expected: Record<RoleName, string> = {
      anonymous: 'UNAUTHORIZED',
      outsider: 'NOT_FOUND',
      observer: 'FORBIDDEN',
      member: 'OK',
      chair: 'OK',
      management: 'OK',
      admin: 'OK',
    };
    expect(
      await outcome(() =>
        caller(role).placements.saveDebrief({
          id: aborted.id,
          version: aborted.version,
          whatWorked: 'Korte lijnen.',
          whatDidNotWork: '',
          lessons: ['Eerder beginnen.'],
        }),
      ),
    ).toBe(expected[role]);
  });

  it('waits for the end, keeps lessons and their recommendation links', async () => {
    const active = await activeAsAdmin();
    await expect(
      caller('member').placements.saveDebrief({
        id: active.id,
        version: active.version,
        whatWorked: 'x',
        whatDidNotWork: '',
        lessons: [],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'DEBRIEF_NOT_YET' });
    const aborted = await caller('chair').placements.abort({
      id: active.id,
      version: active.version,
      reason: 'Reorganisatie.',
    });
    const saved = await caller('member').placements.saveDebrief({
      id: aborted.id,
      version: aborted.version,
      whatWorked: 'Meelopen met de meldkamer.',
      whatDidNotWork: 'Toegang tot systemen duurde weken.',
      lessons: ['Vraag toegang aan vóór de start.', 'Wijs een vaste begeleider aan.'],
    });
    const detail = await caller('observer').placements.get({ id: saved.id });
    expect(detail.lessons.map((l) => l.lesson)).toEqual([
      'Vraag toegang aan vóór de start.',
      'Wijs een vaste begeleider aan.',
    ]);
    const [first] = detail.lessons;
    if (!first) throw new Error('no lesson');
    const { recommendation } = await caller('chair').placements.createLessonRecommendation({
      ...recommendationFields(),
      lessonId: first.id,
      version: first.version,
    });
    // Reordered, one lesson reworded: the converted lesson keeps its row and link.
    await caller('member').placements.saveDebrief({
      id: saved.id,
      version: saved.version,
      whatWorked: 'Meelopen met de meldkamer.',
      whatDidNotWork: 'Toegang tot systemen duurde weken.',
      lessons: ['Wijs vooraf een vaste begeleider aan.', 'Vraag toegang aan vóór de start.'],
    });
    const after = await caller('member').placements.get({ id: saved.id });
    expect(after.lessons.map((l) => [l.lesson, l.recommendation?.code ?? null])).toEqual([
      ['Wijs vooraf een vaste begeleider aan.', null],
      ['Vraag toegang aan vóór de start.', recommendation.code],
    ]);
    expect(after.lessons[1]?.id).toBe(first.id);
    expect(after.debriefWhatDidNotWork).toBe('Toegang tot systemen duurde weken.');
  });
});

describe('placements.createLessonRecommendation', () => {
  it.each(roleNames)('for a group placement, as %s', async (role) => {
    const lesson = firstLesson(await debriefedAsAdmin(['Eerder beginnen met de aanvraag.']));
    // Management edits every debrief, but the register lets only the group's chairs and members add to it.
    const expected: Record<RoleName, string> = {
      anonymous: 'UNAUTHORIZED',
      outsider: 'NOT_FOUND',
      observer: 'FORBIDDEN',
      member: 'OK',
      chair: 'OK',
      management: 'FORBIDDEN',
      admin: 'OK',
    };
    expect(
      await outcome(() =>
        caller(role).placements.createLessonRecommendation({
          ...recommendationFields(),
          lessonId: lesson.id,
          version: lesson.version,
        }),
      ),
    ).toBe(expected[role]);
  });

  it('lets management turn a lesson of a placement without a group into a management-level recommendation', async () => {
    const placement = await debriefedAsAdmin(['Plaats liaisons voor minstens een half jaar.'], { groupId: null });
    const lesson = firstLesson(placement);
    expect(
      await outcome(() =>
        caller('member').placements.createLessonRecommendation({
          ...recommendationFields(),
          lessonId: lesson.id,
          version: lesson.version,
        }),
      ),
    ).toBe('NOT_FOUND');
    const { recommendation } = await caller('management').placements.createLessonRecommendation({
      ...recommendationFields(),
      lessonId: lesson.id,
      version: lesson.version,
    });
    const inRegister = await caller('member').recommendations.get({ id: recommendation.id });
    expect(inRegister.groupId).toBeNull();
    // Everyone signed in reads a management-level recommendation; the placement is not theirs to read,
    // so neither its person, unit and period nor a link to it shows.
    expect(inRegister.sourceReference).toBe('Debriefing liaisonplaatsing');
    expect(inRegister.origins).toEqual([]);
    expect(JSON.stringify(inRegister)).not.toContain(placement.personName);
    expect(JSON.stringify(inRegister)).not.toContain(placement.hostUnit);
    const asManagement = await caller('management').recommendations.get({ id: recommendation.id });
    expect(asManagement.origins).toEqual([{ kind: 'placement', id: placement.id, label: placement.personName }]);
  });

  it('puts the recommendation in the register with its source, links the lesson and audits both', async () => {
    const detail = await debriefedAsAdmin(['Vraag toegang aan vóór de start.', 'Wijs een vaste begeleider aan.']);
    const lesson = firstLesson(detail);
    const result = await caller('member').placements.createLessonRecommendation({
      ...recommendationFields(),
      dueDate: addMonths(today, 3),
      priority: true,
      lessonId: lesson.id,
      version: lesson.version,
    });
    expect(result.lesson.recommendationId).toBe(result.recommendation.id);
    expect(result.lesson.version).toBe(lesson.version + 1);

    const inRegister = await caller('observer').recommendations.get({ id: result.recommendation.id });
    expect(inRegister).toMatchObject({
      code: result.recommendation.code,
      title: 'Regel systeemtoegang vóór de start van een plaatsing',
      status: 'voorgesteld',
      sourceType: 'liaison_debrief',
      sourceId: lesson.id,
      groupId: f.groupId,
      level: 'operationeel',
      priority: true,
      dueDate: addMonths(today, 3),
      conditionIds: ['2.5.b'],
    });
    expect(inRegister.sourceReference).toBe(
      `Debriefing liaisonplaatsing ${detail.personName} bij ${detail.hostUnit}, ${detail.startDate.split('-').reverse().map(Number).join('-')} t/m ${detail.endDate
        .split('-')
        .reverse()
        .map(Number)
        .join('-')}`,
    );
    expect(inRegister.addressees.map((a) => a.organisationId).sort()).toEqual([defensieId, politieId].sort());
    // The recommendation links back to the placement it came from.
    expect(inRegister.origins).toEqual([{ kind: 'placement', id: detail.id, label: detail.personName }]);
    const bySource = await caller('member').recommendations.list({ sourceType: 'liaison_debrief', limit: 100 });
    expect(bySource.items.map((r) => r.id)).toContain(result.recommendation.id);

    const after = await caller('observer').placements.get({ id: detail.id });
    expect(after.lessons.map((l) => [l.converted, l.recommendation])).toEqual([
      [true, { id: result.recommendation.id, code: result.recommendation.code, title: result.recommendation.title }],
      [false, null],
    ]);

    const lessonHistory = await caller('chair').audit.list({ groupId: f.groupId, entityId: lesson.id });
    expect(lessonHistory.items.map((e) => `${e.entityType}:${e.action}:${e.actorName}`)).toEqual([
      'placement_lesson:update:Lid Lars',
    ]);
    const recommendationHistory = await caller('chair').audit.list({
      groupId: f.groupId,
      entityId: result.recommendation.id,
    });
    expect(recommendationHistory.items.map((e) => `${e.entityType}:${e.action}:${e.actorName}`)).toEqual([
      'recommendation:create:Lid Lars',
    ]);
  });

  it('refuses a stale version and a second conversion', async () => {
    const lesson = firstLesson(await debriefedAsAdmin(['Maak afspraken over verlof.']));
    expect(
      await outcome(() =>
        caller('chair').placements.createLessonRecommendation({
          ...recommendationFields(),
          lessonId: lesson.id,
          version: lesson.version + 1,
        }),
      ),
    ).toBe('CONFLICT');
    const { lesson: linked } = await caller('chair').placements.createLessonRecommendation({
      ...recommendationFields(),
      lessonId: lesson.id,
      version: lesson.version,
    });
    await expect(
      caller('chair').placements.createLessonRecommendation({
        ...recommendationFields(),
        lessonId: lesson.id,
        version: linked.version,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'LESSON_ALREADY_CONVERTED' });
    const fromLesson = await h.handle.db.select().from(recommendations).where(eq(recommendations.sourceId, lesson.id));
    expect(fromLesson).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous conversions through', async () => {
    const lesson = firstLesson(await debriefedAsAdmin(['Spreek een vast overleg af.']));
    const convert = (role: RoleName) => () =>
      caller(role).placements.createLessonRecommendation({
        ...recommendationFields(),
        lessonId: lesson.id,
        version: lesson.version,
      });
    const results = await Promise.all([outcome(convert('chair')), outcome(convert('member'))]);
    expect(results.sort()).toEqual(['CONFLICT', 'OK']);
    expect(
      await h.handle.db.select().from(recommendations).where(eq(recommendations.sourceId, lesson.id)),
    ).toHaveLength(1);
  });

  it('leaves the lesson and the register unchanged when the register refuses', async () => {
    const lesson = firstLesson(await debriefedAsAdmin(['Deel het dienstrooster vooraf.']));
    const unknownOrganisation = '6f1c2d7e-0000-4000-8000-000000000042';
    await expect(
      caller('chair').placements.createLessonRecommendation({
        ...recommendationFields(),
        addresseeOrganisationIds: [politieId, unknownOrganisation],
        lessonId: lesson.id,
        version: lesson.version,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller('chair').placements.createLessonRecommendation({
        ...recommendationFields(),
        conditionIds: ['9.9.z'],
        lessonId: lesson.id,
        version: lesson.version,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const [row] = await h.handle.db.select().from(placementLessons).where(eq(placementLessons.id, lesson.id));
    expect(row).toMatchObject({ version: lesson.version, recommendationId: null });
    expect(
      await h.handle.db.select().from(recommendations).where(eq(recommendations.sourceId, lesson.id)),
    ).toHaveLength(0);
    const history = await caller('admin').audit.list({ entityId: lesson.id });
    expect(history.items).toHaveLength(0);
    // And it can still be converted afterwards.
    expect(
      await outcome(() =>
        caller('chair').placements.createLessonRecommendation({
          ...recommendationFields(),
          lessonId: lesson.id,
          version: lesson.version,
        }),
      ),
    ).toBe('OK');
  });

  it('keeps a converted lesson in the debrief, and shows its recommendation only to who may read it', async () => {
    const detail = await debriefedAsAdmin(['Bespreek bevoegdheden vooraf.', 'Zorg voor een pas.'], {
      person: { kind: 'user', userId: f.candidate.userId },
      homeOrganisationId: politieId,
      hostOrganisationId: defensieId,
      startDate: '2036-01-01',
      endDate: '2036-06-30',
    });
    const lesson = firstLesson(detail);
    await caller('chair').placements.createLessonRecommendation({
      ...recommendationFields(),
      lessonId: lesson.id,
      version: lesson.version,
    });
    // The person placed reads the placement but not the group's register.
    const personView = await h.callerFor(f.candidate).placements.get({ id: detail.id });
    expect(personView.lessons.map((l) => [l.converted, l.recommendation])).toEqual([
      [true, null],
      [false, null],
    ]);
    expect(personView.permissions.canDebrief).toBe(true);
    expect(personView.lessons.map((l) => l.permissions.canConvert)).toEqual([false, false]);
    const other = personView.lessons[1];
    if (!other) throw new Error('no second lesson');
    expect(
      await outcome(() =>
        h.callerFor(f.candidate).placements.createLessonRecommendation({
          ...recommendationFields(),
          lessonId: other.id,
          version: other.version,
        }),
      ),
    ).toBe('FORBIDDEN');

    const current = await caller('admin').placements.get({ id: detail.id });
    expect(current.lessons.map((l) => l.permissions.canConvert)).toEqual([false, true]);
    await expect(
      caller('chair').placements.saveDebrief({
        id: detail.id,
        version: current.version,
        whatWorked: '',
        whatDidNotWork: '',
        lessons: ['Zorg voor een pas.'],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'LESSON_CONVERTED_LOCKED' });
  });

  it('tells each role whether it may convert', async () => {
    const detail = await debriefedAsAdmin(['Iets om te leren.']);
    const may: Partial<Record<RoleName, boolean>> = {
      observer: false,
      member: true,
      chair: true,
      management: false,
      admin: true,
    };
    for (const [role, expected] of Object.entries(may)) {
      const view = await caller(role as RoleName).placements.get({ id: detail.id });
      expect([role, view.lessons.map((l) => l.permissions.canConvert)]).toEqual([role, [expected]]);
    }
  });
});
