import type { Labels } from '@koppel/reference-data';
import type { EntityManager } from 'typeorm';
import { memberContacts } from '../membership/membership.query.js';
import { enqueueMessage } from '../outbox/outbox.js';

/** The decision an applicant hears about. */
export interface Decision {
  kind: 'AWARDED' | 'REJECTED';
  callTitle: string;
  initiativeTitle: string;
  amountAwarded?: number | null;
  reason?: string | null;
  /** Link to the call in the web app (`/oproepen/{id}`). */
  callUrl: string;
}

/** A message to an organisation, in Dutch and English (the outbox picks the recipient's language). */
export interface DecisionMessage {
  /** Who hears it: the applicant organisation (the outbox addresses its contact address and OWNERs). */
  organisationId: string;
  template: 'call.decision';
  subject: Labels;
  text: Labels;
}

const euro = (amount: number, locale: 'nl' | 'en') =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    amount,
  );

/** Composes the message telling an applicant the funders' decision. Pure: no database, no clock. */
export function decisionMessage(organisationId: string, decision: Decision): DecisionMessage {
  const { callTitle, initiativeTitle, callUrl } = decision;
  if (decision.kind === 'AWARDED') {
    const amount = decision.amountAwarded ?? 0;
    return {
      organisationId,
      template: 'call.decision',
      subject: { nl: `Toegekend: ${initiativeTitle} in "${callTitle}"`, en: `Awarded: ${initiativeTitle} in "${callTitle}"` },
      text: {
        nl: `Goed nieuws: uw aanvraag voor "${initiativeTitle}" in de oproep "${callTitle}" is toegekend, met ${euro(amount, 'nl')}.\n\nDe fondsen nemen contact met u op over de uitbetaling.\n\n${callUrl}`,
        en: `Good news: your application for "${initiativeTitle}" in the call "${callTitle}" has been awarded ${euro(amount, 'en')}.\n\nThe funds will contact you about the payment.\n\n${callUrl}`,
      },
    };
  }
  const reason = decision.reason?.trim();
  return {
    organisationId,
    template: 'call.decision',
    subject: { nl: `Afgewezen: ${initiativeTitle} in "${callTitle}"`, en: `Not awarded: ${initiativeTitle} in "${callTitle}"` },
    text: {
      nl: `Uw aanvraag voor "${initiativeTitle}" in de oproep "${callTitle}" is helaas niet toegekend.${reason ? `\n\nReden: ${reason}` : ''}\n\n${callUrl}`,
      en: `Unfortunately your application for "${initiativeTitle}" in the call "${callTitle}" has not been awarded.${reason ? `\n\nReason: ${reason}` : ''}\n\n${callUrl}`,
    },
  };
}

/**
 * The decision reaches the applicant organisation's OWNERs and EDITORs through the transactional outbox:
 * stored in the award's (or rejection's) own transaction, sent after it commits, once per person. Koppel
 * keeps no language per person, so the message is in Dutch and English.
 */
export async function enqueueDecision(tx: EntityManager, applicationId: string, message: DecisionMessage): Promise<void> {
  for (const contact of await memberContacts(tx, message.organisationId, ['OWNER', 'EDITOR'])) {
    await enqueueMessage(tx, {
      idempotencyKey: `call-decision:${applicationId}:${contact.accountId}`,
      topic: message.template,
      recipient: contact.email,
      subject: `${message.subject.nl} / ${message.subject.en}`,
      body: `${message.text.nl}\n\n---\n\n${message.text.en}`,
    });
  }
}
