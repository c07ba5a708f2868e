import { defineModule } from '../core/module.js';
import { Commitment } from './commitment.entity.js';
import { createCommitmentLoaders } from './commitment.loaders.js';
import { CommitmentResolver } from './commitment.resolver.js';

/** Commitments (*toezeggingen*): what organisations promised, from awards of calls and, later, round-tables. */
export const commitmentModule = defineModule({
  name: 'commitment',
  entities: [Commitment],
  resolvers: [CommitmentResolver],
  loaders: createCommitmentLoaders,
});
