import { it } from 'vitest';
import { signUp } from '../../api/src/testing/accounts.js';
import { startTestApp } from '../../api/src/testing/test-app.js';
it('dbg', async () => {
  const app = await startTestApp({ env: { LOG_LEVEL: 'error' } });
  const a = await signUp(app);
  const r = await app.gql('query { auditLog(first: 2) { totalCount edges { node { id actorId } } } }', {}, { token: a.token });
  console.log(JSON.stringify(r.errors));
  await app.stop();
});
