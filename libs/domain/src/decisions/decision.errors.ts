import { defineDomainErrors } from '../errors';

export const decisionErrors = defineDomainErrors({
  DECISION_CLOSED: {
    kind: 'CONFLICT',
    message: 'Dit besluit is vervangen of ingetrokken en kan niet meer worden gewijzigd.',
  },
  CONDITIONS_REQUIRED: {
    kind: 'INVALID',
    message: 'Een besluit "toegestaan onder voorwaarden" heeft minstens één voorwaarde nodig.',
  },
  CONDITIONS_NOT_EXPECTED: {
    kind: 'INVALID',
    message: 'Voorwaarden horen alleen bij de uitkomst "toegestaan onder voorwaarden".',
  },
  UNKNOWN_STANDARD_CONDITION: { kind: 'INVALID', message: 'Deze standaardvoorwaarde bestaat niet.' },
  SHARING_SAME_ORGANISATION: {
    kind: 'INVALID',
    message: 'Bij een regel voor informatiedeling moeten de verstrekkende en ontvangende organisatie verschillen.',
  },
  DECISION_ORGANISATION_NOT_IN_GROUP: {
    kind: 'INVALID',
    message: 'Een besluit kan alleen organisaties betreffen die aan de werkgroep deelnemen.',
  },
  UNKNOWN_LEGAL_BASIS: { kind: 'INVALID', message: 'Kies alleen grondslagen uit de catalogus.' },
  UNKNOWN_COOPERATION_LEVEL: { kind: 'INVALID', message: 'Kies een bestaand samenwerkingsniveau.' },
  NOT_PROPOSED: {
    kind: 'CONFLICT',
    message: 'Aftekenen kan alleen zolang het besluit de status "voorgesteld" heeft.',
  },
  ORGANISATION_NOT_CONCERNED: {
    kind: 'FORBIDDEN',
    message: 'Je organisatie is niet betrokken bij dit besluit en kan het dus niet aftekenen.',
  },
  OBSERVER_CANNOT_SIGN: {
    kind: 'FORBIDDEN',
    message: 'Alleen een voorzitter of lid van de werkgroep kan namens een organisatie aftekenen, geen waarnemer.',
  },
  ALREADY_SIGNED: { kind: 'CONFLICT', message: 'Je organisatie heeft dit besluit al afgetekend.' },
  SIGN_OFFS_MISSING: {
    kind: 'CONFLICT',
    message: 'Dit besluit kan pas worden vastgesteld als elke betrokken organisatie het heeft afgetekend.',
  },
  WITHDRAWAL_REASON_REQUIRED: { kind: 'INVALID', message: 'Geef een reden op voor het intrekken.' },
  SUPERSEDE_SELF: { kind: 'INVALID', message: 'Een besluit kan zichzelf niet vervangen.' },
  SUPERSEDE_NOT_ESTABLISHED: {
    kind: 'CONFLICT',
    message: 'Alleen een vastgesteld besluit kan worden vervangen.',
  },
  SUPERSEDE_OTHER_GROUP: {
    kind: 'INVALID',
    message: 'Een besluit kan alleen een besluit van dezelfde werkgroep vervangen.',
  },
  ALREADY_SUPERSEDED: { kind: 'CONFLICT', message: 'Dit besluit is al door een ander besluit vervangen.' },
  NO_REVIEW_NEEDED: { kind: 'CONFLICT', message: 'Dit besluit staat niet op "herbeoordeling nodig".' },
  ONE_TEST_TARGET: {
    kind: 'INVALID',
    message: 'Kies precies één scenario of één oefening waarin het besluit is getoetst.',
  },
});
