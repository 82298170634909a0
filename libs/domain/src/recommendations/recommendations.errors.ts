import { defineDomainErrors } from '../errors';

export const recommendationsErrors = defineDomainErrors({
  REASON_REQUIRED: { kind: 'INVALID', message: 'Geef een reden op voor deze statuswijziging.' },
  EVIDENCE_REQUIRED: {
    kind: 'INVALID',
    message: 'Verifiëren kan alleen met bewijs: een verwijzing naar een latere oefening, een besluit of een document, met een toelichting.',
  },
  JOINT_COMPLETION_PENDING: {
    kind: 'CONFLICT',
    message: 'Nog niet elke geadresseerde organisatie heeft haar deel als uitgevoerd vastgelegd.',
  },
  RECOMMENDATION_CLOSED: { kind: 'CONFLICT', message: 'Deze aanbeveling is afgesloten en kan niet meer worden gewijzigd.' },
  ADDRESSEE_PROGRESS_CLOSED: {
    kind: 'CONFLICT',
    message: 'De uitvoering per organisatie kan alleen worden bijgewerkt zolang de aanbeveling aanvaard of in uitvoering is.',
  },
  NOT_AN_ADDRESSEE: { kind: 'INVALID', message: 'Deze organisatie is geen geadresseerde van de aanbeveling.' },
  ADDRESSEES_LOCKED: {
    kind: 'CONFLICT',
    message: 'De geadresseerde organisaties kunnen niet meer worden gewijzigd nu de aanbeveling is uitgevoerd of afgesloten.',
  },
  EVIDENCE_TOO_EARLY: {
    kind: 'INVALID',
    message: 'Het bewijs moet dateren van na de uitvoering: kies een latere oefening, een later besluit of document.',
  },
  UNKNOWN_CONDITION: { kind: 'INVALID', message: 'Kies alleen indicatoren uit het voorwaardenmodel.' },
});
