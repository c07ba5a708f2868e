import { defineModule } from '../core/module.js';
import { Credential } from './credential.entity.js';
import { CREDENTIAL_PERMISSIONS } from './credential.permissions.js';
import { credentialPersonalData } from './credential.personal-data.js';
import { CredentialResolver } from './credential.resolver.js';
import { resolveViewer } from './resolve-viewer.js';

/** Sessions and personal API tokens, stored hashed; who is asking, per request. */
export const credentialModule = defineModule({
  name: 'credential',
  entities: [Credential],
  resolvers: [CredentialResolver],
  resolveViewer,
  permissions: CREDENTIAL_PERMISSIONS,
  personalData: credentialPersonalData,
});
