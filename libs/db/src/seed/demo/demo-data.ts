import { type Database } from '../../client';
import { sql } from 'drizzle-orm';
import { insertAuditEvent } from '../../queries/audit';
import { findOrganisationByCode } from '../../queries/organisations';
import { countUsers, insertUserWithPassword } from '../../queries/users';
import { replaceGroupOrganisations } from '../../queries/working-groups';
import { memberships } from '../../schema/memberships';
import { workingGroups } from '../../schema/working-groups';
import type { GroupRole } from '@srw/domain';
import { demoUsers } from './demo-accounts';
import { seedPlacementsDemo } from './placements-demo';
import { seedRecommendationsDemo } from './recommendations-demo';
import { seedScenariosDemo } from './scenarios-demo';
import { seedGlossaryDemo } from './glossary-demo';
import { seedDecisionsDemo } from './decisions-demo';
import { seedLinksDemo } from './links-demo';
import { seedInboxDemo } from './inbox-demo';

interface DemoGroup {
  name: string;
  theme: string;
  description: string;
  organisations: string[];
  members: [string, GroupRole][];
}

const demoGroups: DemoGroup[] = [
  {
    name: 'Werkgroep Zoekacties en steunverzoeken',
    theme: 'Hoe regelen we militaire bijstand bij grootschalige zoekacties sneller en voorspelbaarder?',
    description:
      'Brengt in kaart hoe een steunverzoek van de politie via het Bureau Nationale Operaties loopt, waar het oponthoud zit ' +
      'en welke afspraken vooraf gemaakt kunnen worden over duikers, speurhonden en drones.',
    organisations: ['DEFENSIE', 'POLITIE'],
    members: [
      ['pieter', 'chair'],
      ['sanne', 'member'],
      ['ahmed', 'member'],
      ['lotte', 'observer'],
    ],
  },
  {
    name: 'Werkgroep Informatiedeling',
    theme: 'Wanneer mogen Defensie, Politie en KMar vertrouwelijke informatie met elkaar delen?',
    description:
      'Werkt aan heldere regels voor het delen van informatie tijdens gezamenlijke inzet, zodat teams niet ' +
      'vastlopen op de vraag wat wel en niet mag.',
    organisations: ['DEFENSIE', 'POLITIE', 'KMAR'],
    members: [
      ['sanne', 'chair'],
      ['ruben', 'member'],
      ['pieter', 'observer'],
    ],
  },
];

const systemOrigin = { ip: null, userAgent: 'seed' };

/** Serialises demo seeding when several app instances start on one empty database. */
const DEMO_SEED_LOCK_ID = 72_016_205;

/**
 * Demo accounts and working groups, for the first start on an empty database.
 * Returns false (and changes nothing) when the database already has users.
 * `passwordHash` is the hash of DEMO_PASSWORD, made by the auth library.
 */
export async function seedDemoData(db: Database, passwordHash: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK_ID})`);
    if ((await countUsers(tx)) > 0) return false;
    const userIds = new Map<string, string>();
    for (const demo of demoUsers) {
      const organisation = await findOrganisationByCode(tx, demo.organisation);
      if (!organisation) throw new Error(`Referentiedata ontbreekt: organisatie ${demo.organisation}`);
      const user = await insertUserWithPassword(tx, {
        name: demo.name,
        email: demo.email,
        organisationId: organisation.id,
        globalRole: demo.globalRole,
        passwordHash,
        createdBy: null,
      });
      userIds.set(demo.key, user.id);
    }
    const creator = userIds.get('admin') ?? null;
    const groupIds = new Map<string, string>();
    for (const demo of demoGroups) {
      const [group] = await tx
        .insert(workingGroups)
        .values({ name: demo.name, theme: demo.theme, description: demo.description, createdBy: creator })
        .returning();
      if (!group) throw new Error('insert returned no row');
      groupIds.set(demo.name, group.id);
      const organisationIds: string[] = [];
      for (const code of demo.organisations) {
        const organisation = await findOrganisationByCode(tx, code);
        if (organisation) organisationIds.push(organisation.id);
      }
      await replaceGroupOrganisations(tx, group.id, organisationIds);
      await insertAuditEvent(tx, {
        actorId: creator,
        action: 'create',
        entityType: 'working_group',
        entityId: group.id,
        groupId: group.id,
        after: { name: group.name, theme: group.theme, organisations: demo.organisations },
        origin: systemOrigin,
      });
      for (const [key, role] of demo.members) {
        const userId = userIds.get(key);
        if (!userId) continue;
        const [membership] = await tx
          .insert(memberships)
          .values({ groupId: group.id, userId, role, createdBy: creator })
          .returning();
        if (!membership) continue;
        await insertAuditEvent(tx, {
          actorId: creator,
          action: 'create',
          entityType: 'membership',
          entityId: membership.id,
          groupId: group.id,
          after: { userName: demoUsers.find((u) => u.key === key)?.name ?? key, role },
          origin: systemOrigin,
        });
      }
    }
    await seedPlacementsDemo(tx, { users: userIds, groups: groupIds });
    await seedRecommendationsDemo(tx, { users: userIds });
    await seedScenariosDemo(tx, { userIds, groupIds });
    await seedGlossaryDemo(tx, { userIds });
    await seedDecisionsDemo(tx, { userIds });
    await seedLinksDemo(tx, { userIds });
    await seedInboxDemo(tx, { userIds });
    return true;
  });
}
