'use client';

import { useMutation, useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import type { DecorateMutationProcedure, ResolverDef } from '@trpc/tanstack-react-query';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import { useForm } from './use-form';

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
}) {
  const queryClient = useQueryClient();
  const form = useForm<TValues>(toValues(record));
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
        setSaved(true);
        await invalidate();
        await onSaved?.(result);
      },
      onError: (error) => {
        setSaved(false);
        form.fail(error);
      },
    }),
  );

  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ ...latest, staleTime: 0 });
    take(fresh);
    await invalidate();
  };

  /** Validates the content with the module's update schema, with the record's id and the loaded version added, and saves it. */
  const submit = (schema: z.ZodType<TUpdate['input']>, content: object) => {
    setSaved(false);
    const input = form.validate(schema, { ...content, id: record.id, version: loaded.version });
    if (!input) return;
    submitted.current = form.values;
    mutation.mutate(input);
  };

  return { form, submit, reload, pending: mutation.isPending, saved };
}

/** Form values are plain data (strings, numbers, booleans, arrays and objects of those). */
function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
