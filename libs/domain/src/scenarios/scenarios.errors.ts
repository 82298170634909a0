import { defineDomainErrors } from '../errors';

export const scenariosErrors = defineDomainErrors({
  SCENARIO_ARCHIVED: { kind: 'CONFLICT', message: 'Dit scenario is gearchiveerd en kan niet meer worden gewijzigd.' },
  SCENARIO_NOT_READY: {
    kind: 'CONFLICT',
    message: 'Een oefening kan alleen worden gepland op een scenario met de status gereed.',
  },
  SCENARIO_HAS_EXERCISES: {
    kind: 'CONFLICT',
    message: 'Dit scenario heeft oefeningen en kan daarom niet worden verwijderd. Archiveer het in plaats daarvan.',
  },
  ORGANISATION_OUTSIDE_GROUP: {
    kind: 'INVALID',
    message: 'Deze organisatie neemt niet deel aan de werkgroep.',
  },
  NOT_A_GROUP_MEMBER: { kind: 'INVALID', message: 'Deze persoon is geen lid van de werkgroep.' },
  UNKNOWN_REFERENCE: { kind: 'INVALID', message: 'Kies een bestaande waarde uit de lijst.' },
  CANCELLATION_REASON_REQUIRED: { kind: 'INVALID', message: 'Geef een reden op voor het annuleren van de oefening.' },
  EVALUATION_NEEDS_OBSERVATIONS: {
    kind: 'CONFLICT',
    message: 'Leg eerst minstens één observatie vast voordat je de oefening als geëvalueerd markeert.',
  },
  EXERCISE_LOCKED: {
    kind: 'CONFLICT',
    message: 'De planning van deze oefening kan in deze status niet meer worden gewijzigd.',
  },
  EVALUATION_CLOSED: {
    kind: 'CONFLICT',
    message: 'Observaties kunnen alleen worden vastgelegd bij een uitgevoerde oefening die nog niet is geëvalueerd.',
  },
  ACTIONS_CLOSED: {
    kind: 'CONFLICT',
    message: 'Verbeteracties kunnen alleen worden vastgelegd bij een uitgevoerde of geëvalueerde oefening.',
  },
  RATING_DOES_NOT_FIT: {
    kind: 'INVALID',
    message: 'Deze beoordeling past niet bij het soort observatie: een sterk punt is P of S, een verbeterpunt S, M of U.',
  },
  ACTION_NEEDS_IMPROVEMENT: {
    kind: 'INVALID',
    message: 'Alleen van een verbeterpunt kan een verbeteractie worden gemaakt.',
  },
  ACTION_ALREADY_RECOMMENDED: {
    kind: 'CONFLICT',
    message: 'Van deze verbeteractie is al een aanbeveling gemaakt.',
  },
  RECOMMENDED_ACTION_LOCKED: {
    kind: 'CONFLICT',
    message: 'Deze verbeteractie is omgezet in een aanbeveling en kan daarom niet worden verwijderd; volg haar verder in het aanbevelingenregister.',
  },
  OBSERVATION_ALREADY_RECOMMENDED: {
    kind: 'CONFLICT',
    message: 'Van deze observatie is al een aanbeveling gemaakt.',
  },
  OBSERVATION_HAS_RECOMMENDATIONS: {
    kind: 'CONFLICT',
    message: 'Deze observatie, of een verbeteractie erbij, is omgezet in een aanbeveling; daarom kan zij niet worden verwijderd.',
  },
  END_BEFORE_START: { kind: 'INVALID', message: 'Het einde ligt vóór het begin.' },
  INJECT_ORDER_MISMATCH: {
    kind: 'CONFLICT',
    message: 'De lijst met injects is intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
  },
});
