import { describe, expect, it } from 'vitest';
import { decisionMessage } from './call.messages.js';

const BASE = { callTitle: 'Werk voor nieuwkomers', initiativeTitle: 'Taalmaatjes', callUrl: 'https://koppel.example/oproepen/1' };

describe('the decision message to an applicant', () => {
  it.each([
    ['an award names the amount', { kind: 'AWARDED' as const, amountAwarded: 12_500 }, /Toegekend: Taalmaatjes/, /12\.500/, /12,500/],
    [
      'a rejection gives the reason',
      { kind: 'REJECTED' as const, reason: 'Buiten de regio' },
      /Afgewezen: Taalmaatjes/,
      /Reden: Buiten de regio/,
      /Reason: Buiten de regio/,
    ],
    [
      'a rejection without a reason says so plainly',
      { kind: 'REJECTED' as const },
      /Afgewezen/,
      /niet toegekend\.\n\nhttps/,
      /not been awarded\.\n\nhttps/,
    ],
  ])('%s, in Dutch and English', (_, decision, subject, nl, en) => {
    const message = decisionMessage('org-1', { ...BASE, ...decision });
    expect(message.organisationId).toBe('org-1');
    expect(message.subject.nl).toMatch(subject);
    expect(message.text.nl).toMatch(nl);
    expect(message.text.en).toMatch(en);
    expect(message.text.nl).toContain(BASE.callUrl);
  });
});
