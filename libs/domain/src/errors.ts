/**
 * Domain errors: thrown by rules and services, mapped to transport codes and
 * Dutch messages by the API's single error formatter.
 */
export const domainErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'DUPLICATE',
  'VALIDATION',
  'CLASSIFICATION_ABOVE_CEILING',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'LAST_CHAIR',
  'ORGANISATION_NOT_IN_GROUP',
  'INVALID_STATUS_TRANSITION',
  'GROUP_ARCHIVED',
  'USER_INACTIVE',
  'ALREADY_MEMBER',
  'CANNOT_DEACTIVATE_SELF',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export const domainErrorMessagesNl: Record<DomainErrorCode, string> = {
  UNAUTHENTICATED: 'Je bent niet (meer) ingelogd. Log opnieuw in.',
  FORBIDDEN: 'Je hebt geen toegang tot deze gegevens of deze handeling.',
  NOT_FOUND: 'Dit bestaat niet (meer) of je hebt er geen toegang toe.',
  VERSION_CONFLICT: 'Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
  DUPLICATE: 'Dit bestaat al.',
  VALIDATION: 'Controleer de ingevulde gegevens.',
  CLASSIFICATION_ABOVE_CEILING:
    'Deze rubricering is hoger dan deze omgeving mag bevatten. Leg dit niet hier vast.',
  INVALID_CREDENTIALS: 'Inloggen mislukt. Controleer je e-mailadres en wachtwoord.',
  TOO_MANY_ATTEMPTS: 'Te veel mislukte inlogpogingen. Wacht een kwartier en probeer het opnieuw.',
  LAST_CHAIR: 'Een werkgroep heeft minstens één voorzitter nodig.',
  ORGANISATION_NOT_IN_GROUP:
    'De organisatie van deze gebruiker neemt niet deel aan deze werkgroep. Voeg de organisatie eerst toe aan de werkgroep.',
  INVALID_STATUS_TRANSITION: 'Deze statuswijziging is niet toegestaan.',
  GROUP_ARCHIVED: 'Deze werkgroep is gearchiveerd en kan niet meer worden gewijzigd.',
  USER_INACTIVE: 'Deze gebruiker is gedeactiveerd.',
  ALREADY_MEMBER: 'Deze gebruiker is al lid van de werkgroep.',
  CANNOT_DEACTIVATE_SELF: 'Je kunt je eigen account niet deactiveren.',
};

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** Field the error belongs to, so a form can show it beside the input. */
  readonly field: string | undefined;

  constructor(code: DomainErrorCode, options: { field?: string; detail?: string } = {}) {
    super(options.detail ?? domainErrorMessagesNl[code]);
    this.name = 'DomainError';
    this.code = code;
    this.field = options.field;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
