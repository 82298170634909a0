/**
 * Domain errors: thrown by rules and services, mapped to transport codes by the
 * API's single error formatter. Each error has a stable code, a kind (which
 * decides the transport code) and optional parameters. No sentence is written
 * here: the UI says `errors.<CODE>` in the user's language from its message
 * files, filled in with the parameters. Modules define their own codes with
 * `defineDomainErrors` in `<module>.errors.ts`; the core ones are here.
 */
export type DomainErrorKind =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID' | 'TOO_MANY_REQUESTS' | 'UNAVAILABLE';

export interface DomainErrorDefinition {
  code: string;
  kind: DomainErrorKind;
}

/** Values a message may be filled in with: names, counts, ISO dates (`2026-03-01`, formatted by the UI). */
export type DomainErrorParams = Record<string, string | number>;

export function defineDomainErrors<K extends string>(
  definitions: Record<K, { kind: DomainErrorKind }>,
): Record<K, DomainErrorDefinition> {
  const result = {} as Record<K, DomainErrorDefinition>;
  for (const code of Object.keys(definitions) as K[]) {
    result[code] = { code, ...definitions[code] };
  }
  return result;
}

export const coreErrors = defineDomainErrors({
  UNAUTHENTICATED: { kind: 'UNAUTHENTICATED' },
  FORBIDDEN: { kind: 'FORBIDDEN' },
  NOT_FOUND: { kind: 'NOT_FOUND' },
  VERSION_CONFLICT: { kind: 'CONFLICT' },
  DUPLICATE: { kind: 'CONFLICT' },
  VALIDATION: { kind: 'INVALID' },
  CLASSIFICATION_ABOVE_CEILING: { kind: 'INVALID' },
  ORGANISATION_NOT_IN_GROUP: { kind: 'INVALID' },
  INVALID_STATUS_TRANSITION: { kind: 'CONFLICT' },
  GROUP_ARCHIVED: { kind: 'CONFLICT' },
  USER_INACTIVE: { kind: 'INVALID' },
  UNKNOWN_ORGANISATION: { kind: 'INVALID' },
  UNKNOWN_USER: { kind: 'INVALID' },
  CODE_IN_USE: { kind: 'CONFLICT' },
  CROSS_ORIGIN_REQUEST: { kind: 'FORBIDDEN' },
  DATABASE_UNAVAILABLE: { kind: 'UNAVAILABLE' },
  INVALID_CURSOR: { kind: 'INVALID' },
  // Answered as 413 by the HTTP body limit (libs/api/src/http/body-limit.ts), before any procedure.
  PAYLOAD_TOO_LARGE: { kind: 'INVALID' },
});

export type CoreErrorCode = keyof typeof coreErrors;

export class DomainError extends Error {
  readonly code: string;
  readonly kind: DomainErrorKind;
  /** Field the error belongs to, so a form can show it beside the input. */
  readonly field: string | undefined;
  /** What the message is filled in with. */
  readonly params: DomainErrorParams;

  /**
   * @param error a core code ('NOT_FOUND', ...) or a module's definition from `defineDomainErrors`
   * @param options.params values for the message (`{ name: 'Sanne Visser' }`)
   */
  constructor(
    error: CoreErrorCode | DomainErrorDefinition,
    options: { field?: string; params?: DomainErrorParams } = {},
  ) {
    const definition = typeof error === 'string' ? coreErrors[error] : error;
    // The code is the message: logs stay readable, and no language is chosen here.
    super(definition.code);
    this.name = 'DomainError';
    this.code = definition.code;
    this.kind = definition.kind;
    this.field = options.field;
    this.params = options.params ?? {};
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
