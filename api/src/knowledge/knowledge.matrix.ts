import { signUp } from '../testing/accounts.js';
import { createKnowledgeItem, knowledgeItemInput, submitKnowledgeItem } from '../testing/knowledge.js';
import { editorToken, type Fixture, type MatrixScenarios, matrix, orgId, ownerToken } from '../testing/matrix.js';
import { addMemberByEmail } from '../testing/registry.js';

/**
 * A text in review written by an EDITOR who is none of the matrix's actors, so that the fixture's
 * EDITOR, OWNER and admin are all allowed to review it (the four-eyes refusal of its own author is in
 * knowledge.test.ts).
 */
async function inReviewByAnotherEditor(f: Fixture): Promise<string> {
  const author = await signUp(matrix.app, { name: 'Andere Redacteur' });
  await addMemberByEmail(matrix.app, ownerToken(f), orgId(f), author.email, 'EDITOR');
  const id = await createKnowledgeItem(matrix.app, author.token, orgId(f));
  await submitKnowledgeItem(matrix.app, author.token, id);
  return id;
}

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    createKnowledgeItem: {
      document: 'mutation ($input: KnowledgeItemInput!) { createKnowledgeItem(input: $input) { id } }',
      variables: async (f) => ({ input: knowledgeItemInput(orgId(f)) }),
    },
    updateKnowledgeItem: {
      document: 'mutation ($id: ID!, $input: KnowledgeItemInput!) { updateKnowledgeItem(id: $id, input: $input) { id } }',
      variables: async (f) => ({
        id: await createKnowledgeItem(matrix.app, editorToken(f), orgId(f)),
        input: knowledgeItemInput(orgId(f), { question: 'Hoe snel vinden statushouders werk, en welk werk?' }),
      }),
    },
    submitKnowledgeItem: {
      document: 'mutation ($id: ID!) { submitKnowledgeItem(id: $id) { id status } }',
      variables: async (f) => ({ id: await createKnowledgeItem(matrix.app, editorToken(f), orgId(f)) }),
    },
    reviewKnowledgeItem: {
      document: 'mutation ($id: ID!) { reviewKnowledgeItem(id: $id, decision: APPROVE) { id status } }',
      variables: async (f) => ({ id: await inReviewByAnotherEditor(f) }),
    },
    archiveKnowledgeItem: {
      document: 'mutation ($id: ID!) { archiveKnowledgeItem(id: $id) { id status } }',
      variables: async (f) => ({ id: await createKnowledgeItem(matrix.app, editorToken(f), orgId(f)) }),
    },
  },
  queries: {
    reviewQueue: {
      document: 'query { reviewQueue(first: 5) { totalCount edges { node { id } } } }',
      variables: async () => ({}),
    },
  },
};
