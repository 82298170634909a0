'use client';

import { useTranslations } from 'next-intl';
import { TextField } from './fields';

/**
 * The one field for a second-factor code (the sign-in's code step and the
 * enrolment's confirmation): a TOTP code from the app (numeric keypad) or a
 * recovery code, offered by the browser's one-time-code autofill, with its error.
 */
export function SecondFactorCodeField({
  kind = 'totp',
  value,
  errors,
  autoFocus,
  onChange,
}: {
  kind?: 'totp' | 'recovery';
  value: string;
  errors: string[] | undefined;
  autoFocus?: boolean;
  onChange: (value: string) => void;
}) {
  const t = useTranslations('auth');
  return (
    <TextField
      // A new field per kind, so the keyboard (numeric or not) follows the switch.
      key={kind}
      label={kind === 'totp' ? t('code') : t('recoveryCode')}
      name="code"
      inputMode={kind === 'totp' ? 'numeric' : 'text'}
      autoComplete="one-time-code"
      autoFocus={autoFocus}
      required
      value={value}
      errors={errors}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
