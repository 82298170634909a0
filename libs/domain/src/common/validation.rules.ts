/**
 * Validation messages are keys into the UI's `validation` messages, so a form
 * shows them in the user's language; the API formatter passes them per field.
 */
export const v = {
  required: 'validation.required',
  tooLong: 'validation.tooLong',
  email: 'validation.email',
  passwordLength: 'validation.passwordLength',
  invalidChoice: 'validation.invalidChoice',
  uuid: 'validation.invalid',
  atLeastOne: 'validation.atLeastOne',
  exactlyOne: 'validation.exactlyOne',
  invalidCharacters: 'validation.invalidCharacters',
} as const;

/**
 * NUL (PostgreSQL refuses it in text) and UTF-16 surrogates without their pair
 * (not Unicode: JSON columns refuse them, text columns would silently mangle them).
 */
const invalidCharacterPattern = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasOnlyValidCharacters(value: string): boolean {
  return !invalidCharacterPattern.test(value);
}
