import { type Executor } from '../../client';
import { eq } from 'drizzle-orm';
import { insertAuditEvent } from '../../queries/audit';
import { findOrganisationByCode } from '../../queries/organisations';
import { nextRecommendationCode } from '../../queries/recommendations';
import { exerciseObservations } from '../../schema/exercise-observations';
import { exercises } from '../../schema/exercises';
import { improvementActions } from '../../schema/improvement-actions';
import { placementLessons } from '../../schema/placement-lessons';
import { placements } from '../../schema/placements';
import { recommendationAddressees } from '../../schema/recommendation-addressees';
import { recommendationConditions } from '../../schema/recommendation-conditions';
import { recommendationEvents } from '../../schema/recommendation-events';
import { recommendations } from '../../schema/recommendations';
import type { RecommendationSourceType } from '@srw/domain';

const systemOrigin = { ip: null, userAgent: 'seed' };

interface DemoLink {
  /** Which demo record became the recommendation. */
  source: 'action' | 'observation' | 'lesson';
  /** The improvement action's, observation's or lesson's text in the demo data. */
  sourceText: string;
  title: string;
  description: string;
  conditionId: string;
  addressees: string[];
  creator: string;
}

/** In the demo, an improvement action, a strength observation and a debrief lesson have become recommendations. */
const links: DemoLink[] = [
  {
    source: 'action',
    sourceText: 'Een vooraf ingevuld model-steunverzoek voor zoekacties opstellen en verspreiden.',
    title: 'Model-steunverzoek voor zoekacties',
    description:
      'In de tabletop bleef het steunverzoek te lang liggen omdat niemand wist welke gegevens erin moesten. Een gezamenlijk model versnelt de aanvraag via het Bureau Nationale Operaties.',
    conditionId: '2.1.b',
    addressees: ['POLITIE', 'DEFENSIE'],
    creator: 'sanne',
  },
  {
    source: 'observation',
    sourceText: 'De liaison in de commandopost maakte dat vragen direct beantwoord werden.',
    title: 'Een liaison van de andere organisatie in de commandopost bij grote zoekacties',
    description:
      'In de tabletop werkte het goed dat een liaison vragen over de andere organisatie meteen kon beantwoorden. Dat maken we vast onderdeel van de opzet bij grote zoekacties.',
    conditionId: '2.5.c',
    addressees: ['DEFENSIE', 'POLITIE'],
    creator: 'pieter',
  },
  {
    source: 'lesson',
    sourceText: 'Regel screening en systeemtoegang vóórdat de plaatsing begint.',
    title: 'Screening en systeemtoegang vóór de start van een plaatsing',
    description:
      'De eerste weken van een plaatsing gingen op aan het regelen van toegang. Gastheer en thuisorganisatie regelen dit voortaan vooraf.',
    conditionId: '2.5.b',
    addressees: ['DEFENSIE', 'POLITIE'],
    creator: 'management',
  },
];

const sourceTypes: Record<DemoLink['source'], RecommendationSourceType> = {
  action: 'exercise_evaluation',
  observation: 'exercise_evaluation',
  lesson: 'liaison_debrief',
};

async function findSource(tx: Executor, link: DemoLink) {
  if (link.source === 'observation') {
    const [row] = await tx
      .select({
        id: exerciseObservations.id,
        recommendationId: exerciseObservations.recommendationId,
        groupId: exercises.groupId,
        label: exercises.title,
      })
      .from(exerciseObservations)
      .innerJoin(exercises, eq(exercises.id, exerciseObservations.exerciseId))
      .where(eq(exerciseObservations.text, link.sourceText));
    return row ? { ...row, dueDate: null, reference: `Oefening ${row.label}` } : null;
  }
  if (link.source === 'action') {
    const [row] = await tx
      .select({
        id: improvementActions.id,
        recommendationId: improvementActions.recommendationId,
        groupId: exercises.groupId,
        label: exercises.title,
        dueDate: improvementActions.dueDate,
      })
      .from(improvementActions)
      .innerJoin(exercises, eq(exercises.id, improvementActions.exerciseId))
      .where(eq(improvementActions.action, link.sourceText));
    return row ? { ...row, reference: `Oefening ${row.label}` } : null;
  }
  const [row] = await tx
    .select({
      id: placementLessons.id,
      recommendationId: placementLessons.recommendationId,
      groupId: placements.groupId,
      label: placements.personName,
    })
    .from(placementLessons)
    .innerJoin(placements, eq(placements.id, placementLessons.placementId))
    .where(eq(placementLessons.lesson, link.sourceText));
  return row ? { ...row, dueDate: null, reference: `Debriefing liaisonplaatsing ${row.label}` } : null;
}

/**
 * Links the demo modules the way users would: runs after the scenarios and
 * placements demos, and skips sources that are missing or already linked.
 */
export async function seedLinksDemo(tx: Executor, ids: { userIds: Map<string, string> }): Promise<void> {
  for (const link of links) {
    const source = await findSource(tx, link);
    if (!source || source.recommendationId) continue;
    const creator = ids.userIds.get(link.creator) ?? null;
    const [created] = await tx
      .insert(recommendations)
      .values({
        code: await nextRecommendationCode(tx),
        title: link.title,
        description: link.description,
        sourceType: sourceTypes[link.source],
        sourceReference: source.reference,
        sourceId: source.id,
        level: 'operationeel',
        groupId: source.groupId,
        dueDate: source.dueDate,
        createdBy: creator,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await tx.insert(recommendationConditions).values({ recommendationId: created.id, conditionId: link.conditionId });
    for (const code of link.addressees) {
      const organisation = await findOrganisationByCode(tx, code);
      if (organisation)
        await tx
          .insert(recommendationAddressees)
          .values({ recommendationId: created.id, organisationId: organisation.id, updatedBy: creator });
    }
    await tx.insert(recommendationEvents).values({
      recommendationId: created.id,
      kind: 'status',
      fromStatus: null,
      toStatus: 'voorgesteld',
      note: '',
      createdBy: creator,
    });
    if (link.source === 'action') {
      await tx
        .update(improvementActions)
        .set({ recommendationId: created.id })
        .where(eq(improvementActions.id, source.id));
    } else if (link.source === 'observation') {
      await tx
        .update(exerciseObservations)
        .set({ recommendationId: created.id })
        .where(eq(exerciseObservations.id, source.id));
    } else {
      await tx.update(placementLessons).set({ recommendationId: created.id }).where(eq(placementLessons.id, source.id));
    }
    await insertAuditEvent(tx, {
      actorId: creator,
      action: 'create',
      entityType: 'recommendation',
      entityId: created.id,
      groupId: created.groupId,
      after: { code: created.code, title: created.title, sourceType: created.sourceType },
      origin: systemOrigin,
    });
  }
}
