import { eq, sql } from 'drizzle-orm';
import { addDays, todayInNetherlands } from '@srw/domain';
import type { Executor } from '../../client';
import { recommendations } from '../../schema';

/**
 * Makes "Voor mij" worth opening for every demo account: the notification log
 * gets the changes the demo made in each person's groups (as the app would have
 * written them), and Eva, who is in no group yet, owns the one ungrouped
 * recommendation that is due within two weeks of the seed date.
 */
export async function seedInboxDemo(tx: Executor, ids: { userIds: Map<string, string> }): Promise<void> {
  await tx.execute(sql`
    insert into notifications (user_id, audit_event_id, created_at, read_at)
    select m.user_id, e.id, e.occurred_at,
           case when e.occurred_at < now() - interval '14 days' then e.occurred_at else null end
    from audit_events e
    join memberships m on m.group_id = e.group_id
    where m.user_id is distinct from e.actor_id`);
  const eva = ids.userIds.get('eva');
  if (eva) {
    await tx
      .update(recommendations)
      .set({ ownerUserId: eva, dueDate: addDays(todayInNetherlands(), 10) })
      .where(eq(recommendations.code, 'B5'));
  }
}
