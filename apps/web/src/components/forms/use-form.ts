'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import type { ErrorInfo } from '@/lib/trpc/errors';
import type * as FormSchemas from './form-schemas';
import { useErrorReader } from './use-error-text';
import { validateWith, type FieldErrors } from './validate';

/** A schema a form may validate with: an export name of `./form-schemas`. */
export type FormSchemaName = keyof typeof FormSchemas;
/** What validating with that schema yields (zod's output). */
export type FormSchemaOutput<K extends FormSchemaName> = z.output<(typeof FormSchemas)[K]>;

/** The schemas, fetched once on the first validation (zod is not in any page's first load). */
let schemas: Promise<typeof FormSchemas> | null = null;
function loadSchemas(): Promise<typeof FormSchemas> {
  schemas ??= import('./form-schemas');
  return schemas;
}

/**
 * Form state with the shared zod schema: `validate` checks on the client,
 * and `fail` shows a server error (field errors beside the inputs, the rest on top).
 * Values are never cleared on error.
 */
export function useForm<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const readError = useErrorReader();
  const t = useTranslationsSafe();

  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setFieldErrors((current) => {
      if (!current[key as string]) return current;
      const next = { ...current };
      delete next[key as string];
      return next;
    });
  }, []);

  const validate = useCallback(
    async <K extends FormSchemaName>(schema: K, candidate: unknown): Promise<FormSchemaOutput<K> | null> => {
      const result = validateWith((await loadSchemas())[schema], candidate);
      if (result.ok) {
        setFieldErrors({});
        setFormError(null);
        return result.data as FormSchemaOutput<K>;
      }
      const translated: FieldErrors = {};
      for (const [key, messages] of Object.entries(result.errors)) translated[key] = messages.map(t);
      setFieldErrors(translated);
      return null;
    },
    [t],
  );

  const fail = useCallback(
    (error: unknown) => {
      const info = readError(error);
      setFieldErrors(info.fieldErrors);
      setFormError(info);
    },
    [readError],
  );

  const reset = useCallback((next: T) => {
    setValues(next);
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { values, set, fieldErrors, formError, validate, fail, reset, setFormError };
}

function useTranslationsSafe(): (key: string) => string {
  const t = useTranslations();
  return useCallback((key: string) => (t.has(key) ? t(key) : key), [t]);
}
