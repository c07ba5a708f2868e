import { forbidden, notFound } from '../core/errors.js';

export const organisationNotFound = () => notFound({ nl: 'Deze organisatie', en: 'This organisation' });

export const mayNotEditOrganisation = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van deze organisatie mogen dit wijzigen.',
    en: "Only this organisation's editors and owners may change this.",
  });
