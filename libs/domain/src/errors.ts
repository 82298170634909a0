/**
 * Domain errors: thrown by rules and services, mapped to transport codes by the
 * API's single error formatter. Each error has a stable code, a kind (which
 * decides the transport code) and a Dutch message. Modules define their own
 * codes with `defineDomainErrors` beside their rules; the core ones are here.
 */
export type DomainErrorKind = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID' | 'TOO_MANY_REQUESTS';

export interface DomainErrorDefinition {
  code: string;
  kind: DomainErrorKind;
  /** Dutch message shown to the user. */
  message: string;
}

export function defineDomainErrors<K extends string>(
  definitions: Record<K, { kind: DomainErrorKind; message: string }>,
): Record<K, DomainErrorDefinition> {
  const result = {} as Record<K, DomainErrorDefinition>;
  for (const code of Object.keys(definitions) as K[]) {
    result[code] = { code, ...definitions[code] };
  }
  return result;
}

export const coreErrors = defineDomainErrors({
  UNAUTHENTICATED: { kind: 'UNAUTHENTICATED', message: 'Je bent niet (meer) ingelogd. Log opnieuw in.' },
  FORBIDDEN: { kind: 'FORBIDDEN', message: 'Je hebt geen toegang tot deze gegevens of deze handeling.' },
  NOT_FOUND: { kind: 'NOT_FOUND', message: 'Dit bestaat niet (meer) of je hebt er geen toegang toe.' },
  VERSION_CONFLICT: {
    kind: 'CONFLICT',
    message: 'Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
  },
  DUPLICATE: { kind: 'CONFLICT', message: 'Dit bestaat al.' },
  VALIDATION: { kind: 'INVALID', message: 'Controleer de ingevulde gegevens.' },
  CLASSIFICATION_ABOVE_CEILING: {
    kind: 'INVALID',
    message: 'Deze rubricering is hoger dan deze omgeving mag bevatten. Leg dit niet hier vast.',
  },
  INVALID_CREDENTIALS: { kind: 'UNAUTHENTICATED', message: 'Inloggen mislukt. Controleer je e-mailadres en wachtwoord.' },
  TOO_MANY_ATTEMPTS: {
    kind: 'TOO_MANY_REQUESTS',
    message: 'Te veel mislukte inlogpogingen. Wacht een kwartier en probeer het opnieuw.',
  },
  LAST_CHAIR: { kind: 'CONFLICT', message: 'Een werkgroep heeft minstens één voorzitter nodig.' },
  ORGANISATION_NOT_IN_GROUP: {
    kind: 'INVALID',
    message: 'De organisatie van deze gebruiker neemt niet deel aan deze werkgroep. Voeg de organisatie eerst toe aan de werkgroep.',
  },
  INVALID_STATUS_TRANSITION: { kind: 'CONFLICT', message: 'Deze statuswijziging is niet toegestaan.' },
  GROUP_ARCHIVED: { kind: 'CONFLICT', message: 'Deze werkgroep is gearchiveerd en kan niet meer worden gewijzigd.' },
  USER_INACTIVE: { kind: 'INVALID', message: 'Deze gebruiker is gedeactiveerd.' },
  ALREADY_MEMBER: { kind: 'CONFLICT', message: 'Deze gebruiker is al lid van de werkgroep.' },
  CANNOT_DEACTIVATE_SELF: { kind: 'INVALID', message: 'Je kunt je eigen account niet deactiveren.' },
});

export type CoreErrorCode = keyof typeof coreErrors;

export class DomainError extends Error {
  readonly code: string;
  readonly kind: DomainErrorKind;
  /** Field the error belongs to, so a form can show it beside the input. */
  readonly field: string | undefined;

  /**
   * @param error a core code ('NOT_FOUND', ...) or a module's definition from `defineDomainErrors`
   * @param options.detail replaces the standard message with a more specific Dutch one
   */
  constructor(error: CoreErrorCode | DomainErrorDefinition, options: { field?: string; detail?: string } = {}) {
    const definition = typeof error === 'string' ? coreErrors[error] : error;
    super(options.detail ?? definition.message);
    this.name = 'DomainError';
    this.code = definition.code;
    this.kind = definition.kind;
    this.field = options.field;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
