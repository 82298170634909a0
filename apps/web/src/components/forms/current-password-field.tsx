'use client';

import type { KeyboardEvent } from 'react';
import { TextField } from './fields';

/**
 * The one field for the person's current password (sign-in, and the proof
 * before enrolling, switching off or renewing a second factor): masked, offered
 * by the browser's password manager as the current password, with its error.
 */
export function CurrentPasswordField({
  label,
  value,
  errors,
  onChange,
  onKeyDown,
}: {
  label: string;
  value: string;
  errors: string[] | undefined;
  onChange: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <TextField
      label={label}
      name="password"
      type="password"
      autoComplete="current-password"
      required
      value={value}
      errors={errors}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}
