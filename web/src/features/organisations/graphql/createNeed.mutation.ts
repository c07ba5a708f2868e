import { graphql } from '../../../gql';

export const CreateNeedMutation = graphql(`
  mutation CreateNeed($input: NeedInput!) {
    createNeed(input: $input) {
      id
      title
    }
  }
`);
