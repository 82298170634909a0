'use client';

import { useId } from 'react';
import { useReferenceData } from './reference-data';

/** Triad conditions as checkboxes, one collapsible block per category (willen, kunnen, mogen, effect). */
export function ConditionPicker({
  legend,
  hint,
  value,
  onChange,
  errors,
}: {
  legend: string;
  hint?: string;
  value: string[];
  onChange: (value: string[]) => void;
  errors?: string[] | undefined;
}) {
  const id = useId();
  const { conditionTree } = useReferenceData();
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {conditionTree.map((category) => {
        const selected = category.options.filter((o) => value.includes(o.value)).length;
        return (
          <details key={category.id} className="rounded border border-slate-200 bg-white px-3 py-2" open={selected > 0}>
            <summary className="cursor-pointer text-sm font-medium text-slate-800">
              {category.id}. {category.label} {selected > 0 ? `(${selected})` : ''}
            </summary>
            <div className="mt-2 grid gap-1 sm:grid-cols-2">
              {category.options.map((option) => (
                <label
                  key={option.value}
                  className={`flex items-start gap-2 text-sm ${option.kind === 'sub_variable' ? 'font-medium' : 'pl-4'}`}
                >
                  <input
                    type="checkbox"
                    className="mt-0.5 h-4 w-4 accent-brand-700"
                    checked={value.includes(option.value)}
                    onChange={(event) =>
                      onChange(
                        event.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value),
                      )
                    }
                  />
                  {option.label}
                </label>
              ))}
            </div>
          </details>
        );
      })}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
