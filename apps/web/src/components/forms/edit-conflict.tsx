'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RecordChange } from '@/lib/live/live-updates';
import { Button } from '../ui/button';
import { Notice } from '../ui/states';
import { conflictFields, mergeConflict, pathKey, type ConflictChoice } from './conflict-fields';
import type { EditConflict as Conflict } from './use-edit-form';

/** What `useEditForm` returns that the conflict view needs. */
export interface ConflictAware<TValues extends Record<string, unknown>> {
  conflict: Conflict<TValues> | null;
  remoteChange: RecordChange | null;
  compare: () => Promise<void>;
  resolve: (values: TValues) => void;
  closeConflict: () => void;
  /** The last save went through (the "choices are in the form" notice has done its work). */
  saved?: boolean;
}

function humanise(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/**
 * For every edit form of a versioned record: "Sanne heeft dit zojuist
 * gewijzigd" with "Vergelijken" while the user has unsaved input, and after a
 * conflict (or on "Vergelijken") "jouw versie" beside "nieuwste versie" per
 * field, with a choice per field (mine by default), all mine or all theirs;
 * the choices go into the form on top of the newest version, where the user
 * can go on editing and save. Nothing typed is discarded without a choice.
 */
export function EditConflictPanel<TValues extends Record<string, unknown>>({
  edit,
  fieldLabel,
}: {
  edit: ConflictAware<TValues>;
  /** The field's label in the user's language; null or absent: a humanised key. */
  fieldLabel?: (path: readonly string[]) => string | null;
}) {
  const t = useTranslations('live');
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [applied, setApplied] = useState(false);
  const [comparing, setComparing] = useState(false);
  // Once the choices are saved, the notice about them is done (derived state, adjusted while rendering).
  if (applied && edit.saved) setApplied(false);

  const format = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('conflict.empty');
    if (typeof value === 'boolean') return value ? t('conflict.yes') : t('conflict.no');
    if (Array.isArray(value)) {
      if (value.length === 0) return t('conflict.empty');
      return value
        .map((item) =>
          typeof item === 'object' && item !== null && 'prefLabel' in item
            ? String((item as { prefLabel: unknown }).prefLabel)
            : typeof item === 'object'
              ? JSON.stringify(item)
              : String(item),
        )
        .join(', ');
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const label = (path: readonly string[]) => fieldLabel?.(path) ?? path.map(humanise).join(' · ');

  if (edit.conflict) {
    const { mine, theirs } = edit.conflict;
    const fields = conflictFields(mine, theirs);
    const choiceOf = (key: string) => choices[key] ?? 'mine';
    const setAll = (choice: ConflictChoice) =>
      setChoices(Object.fromEntries(fields.map((f) => [pathKey(f.path), choice])));
    return (
      <section
        aria-labelledby="edit-conflict-title"
        className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4 text-slate-900"
      >
        <h3 id="edit-conflict-title" className="font-semibold">
          {t('conflict.title')}
        </h3>
        <p className="text-sm">{t('conflict.intro')}</p>
        {fields.length === 0 ? (
          <p className="text-sm">{t('conflict.noDifferences')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="border-b border-amber-300 p-2">
                    {t('conflict.field')}
                  </th>
                  <th scope="col" className="border-b border-amber-300 p-2">
                    {t('conflict.mine')}
                  </th>
                  <th scope="col" className="border-b border-amber-300 p-2">
                    {t('conflict.theirs')}
                  </th>
                  <th scope="col" className="border-b border-amber-300 p-2">
                    {t('conflict.choice')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => {
                  const key = pathKey(field.path);
                  const name = label(field.path);
                  return (
                    <tr key={key} className="align-top" data-conflict-field={key}>
                      <th scope="row" className="border-b border-amber-200 p-2 text-left font-medium">
                        {name}
                      </th>
                      <td className="border-b border-amber-200 p-2 whitespace-pre-wrap" data-side="mine">
                        {format(field.mine)}
                      </td>
                      <td className="border-b border-amber-200 p-2 whitespace-pre-wrap" data-side="theirs">
                        {format(field.theirs)}
                      </td>
                      <td className="border-b border-amber-200 p-2">
                        <fieldset className="flex flex-col gap-1">
                          <legend className="sr-only">
                            {t('conflict.choice')}: {name}
                          </legend>
                          {(['mine', 'theirs'] as const).map((choice) => (
                            <label key={choice} className="inline-flex items-center gap-2">
                              <input
                                type="radio"
                                name={`conflict-${key}`}
                                checked={choiceOf(key) === choice}
                                onChange={() => setChoices((current) => ({ ...current, [key]: choice }))}
                              />
                              {choice === 'mine' ? t('conflict.takeMine') : t('conflict.takeTheirs')}
                            </label>
                          ))}
                        </fieldset>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <div className="flex flex-wrap gap-2">
          <Button
            onClick={() => {
              edit.resolve(mergeConflict(mine, theirs, choices));
              setChoices({});
              setApplied(true);
            }}
          >
            {t('conflict.apply')}
          </Button>
          {fields.length > 0 ? (
            <>
              <Button variant="secondary" onClick={() => setAll('mine')}>
                {t('conflict.allMine')}
              </Button>
              <Button variant="secondary" onClick={() => setAll('theirs')}>
                {t('conflict.allTheirs')}
              </Button>
            </>
          ) : null}
          <Button variant="ghost" onClick={edit.closeConflict}>
            {t('conflict.close')}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <>
      {edit.remoteChange ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-3 rounded border border-sky-300 bg-sky-50 px-4 py-3 text-sky-900"
        >
          <p>
            {edit.remoteChange.actorName
              ? t('changedBy', { name: edit.remoteChange.actorName })
              : t('changedBySomeone')}
          </p>
          <Button
            variant="secondary"
            size="sm"
            disabled={comparing}
            onClick={async () => {
              setComparing(true);
              try {
                await edit.compare();
              } finally {
                setComparing(false);
              }
            }}
          >
            {t('compare')}
          </Button>
        </div>
      ) : null}
      {applied ? <Notice tone="info">{t('conflict.applied')}</Notice> : null}
    </>
  );
}
