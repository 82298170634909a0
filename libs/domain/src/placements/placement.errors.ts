import { defineDomainErrors } from '../errors';

export const placementErrors = defineDomainErrors({
  PLACEMENT_END_BEFORE_START: { kind: 'INVALID', message: 'De einddatum moet na de begindatum liggen.' },
  PLACEMENT_OVERLAP: { kind: 'CONFLICT', message: 'Deze persoon heeft al een plaatsing in deze periode.' },
  PLACEMENT_NOT_APPROVED: { kind: 'CONFLICT', message: 'Een plaatsing kan pas actief worden nadat ze is goedgekeurd.' },
  PLACEMENT_NOT_STARTED: { kind: 'CONFLICT', message: 'Een plaatsing kan niet actief worden vóór de begindatum.' },
  PLACEMENT_NOT_ENDED: { kind: 'CONFLICT', message: 'Een plaatsing kan pas worden afgerond op of na de einddatum. Breek haar anders af met een reden.' },
  PLACEMENT_PERIOD_LOCKED: {
    kind: 'CONFLICT',
    message: 'De periode van een goedgekeurde plaatsing verander je alleen met een verlengingsaanvraag.',
  },
  PLACEMENT_CLOSED: { kind: 'CONFLICT', message: 'Deze plaatsing is afgesloten en kan niet meer worden gewijzigd.' },
  EXTENSION_TOO_LATE: {
    kind: 'CONFLICT',
    message: 'Een verlenging moet uiterlijk 3 maanden vóór de huidige einddatum worden aangevraagd.',
  },
  EXTENSION_OVERRIDE_ADMIN_ONLY: { kind: 'FORBIDDEN', message: 'Alleen een beheerder kan een te late verlengingsaanvraag toch indienen.' },
  EXTENSION_NOT_LATER: { kind: 'INVALID', message: 'De nieuwe einddatum moet na de huidige einddatum liggen.' },
  EXTENSION_NOT_ALLOWED: { kind: 'CONFLICT', message: 'Alleen een goedgekeurde of actieve plaatsing kan worden verlengd.' },
  EXTENSION_PENDING: { kind: 'CONFLICT', message: 'Er loopt al een verlengingsaanvraag voor deze plaatsing.' },
  EXTENSION_DECIDED: { kind: 'CONFLICT', message: 'Over deze verlengingsaanvraag is al besloten.' },
  DEBRIEF_NOT_YET: { kind: 'CONFLICT', message: 'De debriefing volgt pas als de plaatsing is afgerond of afgebroken.' },
  LESSON_ALREADY_CONVERTED: {
    kind: 'CONFLICT',
    message: 'Deze les is al omgezet in een aanbeveling. Open die aanbeveling om haar verder te bewerken.',
  },
  LESSON_CONVERTED_LOCKED: {
    kind: 'CONFLICT',
    message: 'Een les die al een aanbeveling is geworden, kun je niet meer wijzigen of verwijderen.',
  },
  SAME_ORGANISATION: { kind: 'INVALID', message: 'Een liaison wordt geplaatst bij de andere organisatie: kies een andere gastorganisatie.' },
});
