'use client';

import { useMutation, useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import type { DecorateMutationProcedure, ResolverDef } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { useForm } from './use-form';

/**
 * An edit form for one versioned record: the form state, the update call with
 * the record's id and version, and the reload a version conflict offers
 * (`FormAlert onReload`). The user's input stays in the form until they reload.
 */
export function useEditForm<
  TRecord extends { id: string; version: number },
  TValues extends Record<string, unknown>,
  TUpdate extends ResolverDef,
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
  const [saved, setSaved] = useState(false);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: invalidates });
  const mutation = useMutation(
    update.mutationOptions({
      onSuccess: async (result) => {
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
    form.reset(toValues(fresh));
    await invalidate();
  };

  /** Validates the content with the module's update schema, with the record's id and version added, and saves it. */
  const submit = (schema: z.ZodType<TUpdate['input']>, content: object) => {
    setSaved(false);
    const input = form.validate(schema, { ...content, id: record.id, version: record.version });
    if (input) mutation.mutate(input);
  };

  return { form, submit, reload, pending: mutation.isPending, saved };
}
