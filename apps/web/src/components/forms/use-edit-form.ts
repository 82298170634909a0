'use client';

import { useMutation, useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import type { DecorateMutationProcedure, ResolverDef } from '@trpc/tanstack-react-query';
import { useRef, useState } from 'react';
import type { LiveKind } from '@srw/domain';
import { useSessionUser } from '@/components/shell/session-user';
import { useLiveRecordChange, type RecordChange } from '@/lib/live/live-updates';
import { useErrorReader } from './use-error-text';
import { useForm, type FormSchemaName, type FormSchemaOutput } from './use-form';

/** The form schemas whose output the update procedure accepts. */
type FormSchemaFor<TInput> = {
  [K in FormSchemaName]: FormSchemaOutput<K> extends TInput ? K : never;
}[FormSchemaName];

/** After a conflict (or "vergelijken"): the user's values beside the newest version's, and that version's number. */
export interface EditConflict<TValues> {
  mine: TValues;
  theirs: TValues;
  version: number;
}

/**
 * An edit form for one versioned record: the form state, the update call with
 * the record's id and version, and the reload a version conflict offers
 * (`FormAlert onReload`). The user's input stays in the form until they reload.
 *
 * A save sends the version the form's values were loaded from, not whatever the
 * page has fetched since: a newer record that arrives while the user is typing
 * never turns their save into a silent overwrite, but into a conflict. A newer
 * record is taken over only when the form is untouched. After the user's own save
 * the form holds the saved version, so it can stay mounted, show "saved" and
 * take the next change.
 *
 * With `live`, a change someone else makes to the record while the form is
 * open and touched shows as `remoteChange` ("Sanne heeft dit zojuist
 * gewijzigd"); `compare` (or a save that meets a version conflict) opens
 * `conflict`: the user's values beside the newest version's, which `resolve`
 * turns into the form's values on top of the newest version, so the next save
 * goes against it. Nothing typed is discarded without the user choosing so.
 */
export function useEditForm<
  TRecord extends { id: string; version: number },
  TValues extends Record<string, unknown>,
  TUpdate extends ResolverDef & { output: { version: number } },
  TFresh extends TRecord,
  TError,
  TKey extends QueryKey,
>({
  record,
  toValues,
  update,
  latest,
  invalidates,
  onSaved,
  live,
}: {
  /** The record as loaded; its id and version go with every save. */
  record: TRecord;
  toValues: (record: TRecord) => TValues;
  /** The module's update procedure, e.g. `trpc.scenarios.update`. */
  update: DecorateMutationProcedure<TUpdate>;
  /** The record's query, e.g. `trpc.scenarios.get.queryOptions({ id })`; a reload fetches it fresh. */
  latest: FetchQueryOptions<TFresh, TError, TFresh, TKey>;
  /** What a save or a reload makes stale, e.g. `trpc.scenarios.pathKey()`. */
  invalidates: QueryKey;
  /** After a save, once `invalidates` is refetched: e.g. go to the detail page. */
  onSaved?: (result: TUpdate['output']) => void | Promise<void>;
  /** The record's live kind: show changes by others while the form is open. */
  live?: LiveKind;
}) {
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const user = useSessionUser();
  const form = useForm<TValues>(toValues(record));
  const [conflict, setConflict] = useState<EditConflict<TValues> | null>(null);
  /** Changes by others up to this moment have been compared (or reloaded) already. */
  const [seenChangeAt, setSeenChangeAt] = useState(0);
  const change = useLiveRecordChange(live ?? 'glossaryTerm', live ? record.id : '', user.userId);
  /** The version (and values) the form was loaded from. */
  const [loaded, setLoaded] = useState(() => ({ version: record.version, values: toValues(record) }));
  const [saved, setSaved] = useState(false);
  /** The values of the save in flight: after it, they are what the saved version holds. */
  const submitted = useRef<TValues>(form.values);

  const take = (fresh: TRecord) => {
    const values = toValues(fresh);
    setLoaded({ version: fresh.version, values });
    form.reset(values);
  };
  // A newer record than the form was loaded from (derived state, adjusted while rendering).
  if (record.version > loaded.version && sameValues(form.values, loaded.values)) take(record);

  const invalidate = () => queryClient.invalidateQueries({ queryKey: invalidates });
  const mutation = useMutation(
    update.mutationOptions({
      onSuccess: async (result) => {
        // The form now holds the saved version, also while the user goes on typing.
        setLoaded({ version: result.version, values: submitted.current });
        // "Saved" once the page shows the new version: an action right after it
        // (a consent, a status change) must not send the version before the save.
        await invalidate();
        setSaved(true);
        await onSaved?.(result);
      },
      onError: (error) => {
        setSaved(false);
        form.fail(error);
        // A stale save: show the user's values beside the newest version at once.
        if (readError(error).isConflict) void compare().catch(() => undefined);
      },
    }),
  );

  const fetchLatest = () => queryClient.fetchQuery({ ...latest, staleTime: 0 });

  const reload = async () => {
    const fresh = await fetchLatest();
    take(fresh);
    setConflict(null);
    setSeenChangeAt(Date.now());
    await invalidate();
  };

  /** Opens the comparison of the user's values with the newest version. */
  const compare = async () => {
    const fresh = await fetchLatest();
    setConflict({ mine: form.values, theirs: toValues(fresh), version: fresh.version });
    setSeenChangeAt(Date.now());
  };

  /** The user's choice per field becomes the form's content, on top of the newest version. */
  const resolve = (values: TValues) => {
    if (!conflict) return;
    setLoaded({ version: conflict.version, values: conflict.theirs });
    form.reset(values);
    setConflict(null);
    setSaved(false);
  };

  const dirty = !sameValues(form.values, loaded.values);
  /** Someone else changed the record while this form holds unsaved input. */
  const remoteChange: RecordChange | null = change && change.at > seenChangeAt && dirty && !conflict ? change : null;

  /** Validates the content with the module's update schema, with the record's id and the loaded version added, and saves it. */
  const submit = async (schema: FormSchemaFor<TUpdate['input']>, content: object) => {
    setSaved(false);
    const input: TUpdate['input'] | null = await form.validate(schema, {
      ...content,
      id: record.id,
      version: loaded.version,
    });
    if (!input) return;
    submitted.current = form.values;
    mutation.mutate(input);
  };

  return {
    form,
    submit,
    reload,
    pending: mutation.isPending,
    saved,
    conflict,
    compare,
    resolve,
    closeConflict: () => setConflict(null),
    remoteChange,
  };
}

/** Form values are plain data (strings, numbers, booleans, arrays and objects of those). */
function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
