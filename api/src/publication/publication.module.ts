import { defineModule } from '../core/module.js';
import { Publication, PublicationCoSigner } from './publication.entity.js';
import { createPublicationLoaders } from './publication.loaders.js';
import { PUBLICATION_PERMISSIONS } from './publication.permissions.js';
import { publicationResolvers } from './publication.resolver.js';

/** Publications and positions of the partners, co-signed by others in their own name; `Organisation.publications`. */
export const publicationModule = defineModule({
  name: 'publication',
  entities: [Publication, PublicationCoSigner],
  resolvers: publicationResolvers,
  loaders: createPublicationLoaders,
  permissions: PUBLICATION_PERMISSIONS,
});
