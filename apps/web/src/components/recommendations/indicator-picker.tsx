'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { CheckboxGroup } from '@/components/forms/fields';
import { useTRPC } from '@/lib/trpc/client';

/**
 * The Triad indicators a recommendation addresses: one checkbox group per
 * category (willen, kunnen, mogen, effect), labelled in the user's language.
 */
export function IndicatorPicker({
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
  const locale = useLocale();
  const trpc = useTRPC();
  const conditions = useQuery(trpc.reference.conditions.queryOptions(undefined, { staleTime: Infinity }));
  const label = (node: { labelNl: string; labelEn: string }) => (locale === 'en' ? node.labelEn : node.labelNl);
  const nodes = conditions.data ?? [];
  const inCategory = (categoryId: string) => (id: string) => id.startsWith(`${categoryId}.`);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">
        {legend}
        <span aria-hidden className="text-red-700">
          {' '}
          *
        </span>
      </legend>
      {hint ? <p className="text-xs text-slate-600">{hint}</p> : null}
      {errors?.length ? <p className="text-sm text-red-700">{errors.join(' ')}</p> : null}
      {nodes
        .filter((node) => node.kind === 'category')
        .map((category) => (
          <CheckboxGroup
            key={category.id}
            legend={`${category.id}. ${label(category)}`}
            options={nodes
              .filter((node) => node.kind === 'indicator' && inCategory(category.id)(node.id))
              .map((node) => ({ value: node.id, label: `${node.id} ${label(node)}` }))}
            value={value.filter(inCategory(category.id))}
            onChange={(selected) => onChange([...value.filter((id) => !inCategory(category.id)(id)), ...selected])}
          />
        ))}
    </fieldset>
  );
}
