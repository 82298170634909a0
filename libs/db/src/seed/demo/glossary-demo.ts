import { insertAuditEvent } from '../../queries/audit';
import { type Executor } from '../../client';
import { eq } from 'drizzle-orm';
import { findGlossaryTermIdByLabelKey, insertGlossaryTerm } from '../../queries/glossary';
import { recordGlossaryVersion } from '../../queries/glossary-versions';
import { findMembershipRole } from '../../queries/memberships';
import { findGroupOrganisations } from '../../queries/working-groups';
import { glossaryRelations } from '../../schema/glossary-relations';
import { memberships } from '../../schema/memberships';
import { workingGroups } from '../../schema/working-groups';
import { glossarySeedTerms } from '../glossary-seed';
import { glossaryLabelKey } from '@srw/domain';

export const GLOSSARY_DEMO_GROUP = 'Werkgroep Informatiedeling';

const seedOrigin = { ip: null, userAgent: 'seed' };

/** Demo notes on the risk of confusion, written for this product. */
const divergenceNotes: Record<string, string> = {
  officier:
    'Wie tijdens een gezamenlijke inzet naar "de officier" vraagt, krijgt bij Defensie een leidinggevende militair en bij de Politie de Officier van Justitie. Noem daarom altijd de volledige functie.',
  eenheid:
    'Een "eenheid" is bij Defensie een militair onderdeel en bij de Politie een regionale organisatie. Spreek bij een steunverzoek over het concrete onderdeel of de regio.',
  'beheerst geweld':
    'Beide organisaties spreken van beheerst geweld, maar de regels en de context verschillen. Stem vóór een gezamenlijke inzet af welke geweldsinstructie geldt.',
};

/**
 * The starter terms of the shared glossary, maintained by the demo group
 * "Werkgroep Informatiedeling" and proposed for co-approval. Idempotent: terms
 * whose label already exists are left alone.
 */
export async function seedGlossaryDemo(tx: Executor, ids: { userIds: Map<string, string> }): Promise<number> {
  const [group] = await tx.select().from(workingGroups).where(eq(workingGroups.name, GLOSSARY_DEMO_GROUP));
  if (!group) return 0;
  const author = ids.userIds.get('sanne') ?? null;

  // Co-approval needs a Defensie chair or member in the maintaining group.
  const lotte = ids.userIds.get('lotte');
  if (lotte && (await findMembershipRole(tx, group.id, lotte)) === null) {
    const [membership] = await tx
      .insert(memberships)
      .values({ groupId: group.id, userId: lotte, role: 'member', createdBy: author })
      .returning();
    if (membership) {
      await insertAuditEvent(tx, {
        actorId: author,
        action: 'create',
        entityType: 'membership',
        entityId: membership.id,
        groupId: group.id,
        after: { userName: 'Lotte de Boer', role: 'member' },
        origin: seedOrigin,
      });
    }
  }

  const groupOrganisations = await findGroupOrganisations(tx, group.id);
  const organisationIdByCode = new Map(groupOrganisations.map((o) => [o.code, o.id]));
  const created = new Map<string, string>();
  for (const seed of glossarySeedTerms) {
    if (await findGlossaryTermIdByLabelKey(tx, glossaryLabelKey(seed.term))) continue;
    const definitions = seed.definitions.flatMap((d) => {
      const organisationId = organisationIdByCode.get(d.org);
      return organisationId ? [{ organisationId, text: d.text, source: '', explanation: '', example: '' }] : [];
    });
    const divergent = Boolean(seed.conflict) && definitions.length >= 2;
    const term = await insertGlossaryTerm(tx, {
      fields: {
        prefLabel: seed.term,
        abbreviations: seed.abbreviations ?? [],
        synonyms: [],
        hiddenLabels: [],
        jointDefinition: '',
        jointDefinitionSource: '',
        scopeNote: '',
        divergent,
        divergenceNote: divergent ? (divergenceNotes[seed.term] ?? '') : '',
        validFrom: null,
        validUntil: null,
        reviewDate: null,
        maintainingGroupId: group.id,
        classification: 'ONGERUBRICEERD',
      },
      definitions,
      relations: [],
      status: definitions.length > 0 ? 'voorgesteld' : 'in_bewerking',
      createdBy: author,
    });
    await recordGlossaryVersion(tx, term.id, 'create', author);
    created.set(seed.term, term.id);
    await insertAuditEvent(tx, {
      actorId: author,
      action: 'create',
      entityType: 'glossary_term',
      entityId: term.id,
      groupId: group.id,
      after: { prefLabel: term.prefLabel, status: term.status, source: 'glossary-seed.json' },
      origin: seedOrigin,
    });
  }

  for (const seed of glossarySeedTerms) {
    const termId = created.get(seed.term);
    if (!termId) continue;
    for (const label of seed.related ?? []) {
      const relatedId = created.get(label) ?? (await findGlossaryTermIdByLabelKey(tx, glossaryLabelKey(label)));
      if (!relatedId || relatedId === termId) continue;
      await tx
        .insert(glossaryRelations)
        .values({ termId, kind: 'related', relatedTermId: relatedId })
        .onConflictDoNothing();
    }
  }
  return created.size;
}
