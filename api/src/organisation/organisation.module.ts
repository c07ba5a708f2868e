import { defineModule } from '../core/module.js';
import { Organisation } from './organisation.entity.js';
import { createOrganisationLoaders } from './organisation.loaders.js';
import { ORGANISATION_PERMISSIONS } from './organisation.permissions.js';
import { organisationPersonalData } from './organisation.personal-data.js';
import { OrganisationResolver } from './organisation.resolver.js';

/** Organisations of every kind: funds, NGOs, municipalities, companies, initiatives. */
export const organisationModule = defineModule({
  name: 'organisation',
  entities: [Organisation],
  resolvers: [OrganisationResolver],
  loaders: createOrganisationLoaders,
  permissions: ORGANISATION_PERMISSIONS,
  personalData: organisationPersonalData,
});
