import { describe, expect, it } from 'vitest';
import { useDecisionsFixture } from './decisions.fixture';

const { s, caller, draft, establish } = useDecisionsFixture();

describe('decisions.printable', () => {
  it('prints sharing rules, options, consequences per organisation, sign-offs, review date and versions; closed decisions apart', async () => {
    const old = await draft({
      question: 'Drones bij zoekacties (2025)',
      reviewDate: '2027-01-31',
      options: [{ title: 'Alleen politiedrones', pros: 'Eigen regie', cons: 'Te weinig capaciteit' }],
      sharingRules: [
        {
          dataCategory: 'Camerabeelden',
          fromOrganisationId: s.defensieId,
          toOrganisationId: s.politieId,
          legalGround: 'Politiewet art. 58',
          conditions: 'Alleen voor de zoekactie',
          consentFrom: '',
          verdict: 'UNDER_CONDITIONS',
        },
      ],
      consequences: 'Gezamenlijke instructie nodig.',
      organisationConsequences: [{ organisationId: s.defensieId, text: 'Piloten vrijmaken uit restcapaciteit.' }],
    });
    await establish(old.id);
    const successor = await draft({ question: 'Drones bij zoekacties (2026)', supersedesId: old.id });
    await establish(successor.id);

    const printed = await caller('outsider').decisions.printable({});
    const current = printed.sections.flatMap((section) => section.topics.flatMap((topic) => topic.decisions));
    expect(current.map((d) => d.id)).toContain(successor.id);
    // A replaced decision is not among the current ones but in its own section.
    expect(current.map((d) => d.id)).not.toContain(old.id);
    const closed = printed.closed.find((d) => d.id === old.id);
    expect(closed).toMatchObject({
      status: 'vervangen',
      reviewDate: '2027-01-31',
      options: [{ title: 'Alleen politiedrones', pros: 'Eigen regie', cons: 'Te weinig capaciteit' }],
      sharingRules: [
        {
          dataCategory: 'Camerabeelden',
          fromOrganisationCode: 'DEFENSIE',
          toOrganisationCode: 'POLITIE',
          legalGround: 'Politiewet art. 58',
          conditions: 'Alleen voor de zoekactie',
          verdict: 'UNDER_CONDITIONS',
        },
      ],
      supersedes: null,
      supersededBy: { id: successor.id, question: 'Drones bij zoekacties (2026)', status: 'vastgesteld' },
    });
    expect(closed?.organisations).toEqual([
      expect.objectContaining({ code: 'DEFENSIE', consequences: 'Piloten vrijmaken uit restcapaciteit.' }),
      expect.objectContaining({ code: 'POLITIE', consequences: '' }),
    ]);
    expect(closed?.signOffs.map((signOff) => [signOff.organisationCode, signOff.userName])).toEqual([
      ['DEFENSIE', 'Voorzitter Vera'],
      ['POLITIE', 'Lid Lars'],
    ]);
    expect(current.find((d) => d.id === successor.id)?.supersedes).toMatchObject({ id: old.id, status: 'vervangen' });
  });

  it('keeps drafts out for outsiders, like the overview', async () => {
    const concept = await draft({ question: 'Concept dat buiten de groep niet te zien is' });
    const ids = (role: 'outsider' | 'member') =>
      caller(role)
        .decisions.printable({})
        .then((p) =>
          [...p.sections.flatMap((x) => x.topics.flatMap((t) => t.decisions)), ...p.closed].map((d) => d.id),
        );
    expect(await ids('outsider')).not.toContain(concept.id);
    expect(await ids('member')).toContain(concept.id);
  });
});
