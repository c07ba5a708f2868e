import { graphql } from '../../../gql';

/** Everything public about an organisation; contact details only for signed-in viewers, members for members. */
export const OrganisationPageQuery = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      description
      website
      contactEmail
      contactPhone
      migrantLed
      national
      anbi
      kvkNumber
      municipality {
        code
        name
      }
      regions {
        ... on Municipality {
          code
          name
        }
        ... on Province {
          code
          officialName
        }
      }
      themes {
        slug
        name
      }
      fundProfile {
        minGrant
        maxGrant
        budgetAvailable
        national
        description
        themes {
          slug
          name
        }
        regions {
          ... on Municipality {
            code
            name
          }
          ... on Province {
            code
            officialName
          }
        }
      }
      initiatives(first: 50) {
        totalCount
        edges {
          node {
            ...InitiativeCard
          }
        }
      }
      needs {
        id
        title
        kind
        status
        amount
        quantity
        description
        initiative {
          id
          title
        }
      }
      offers {
        id
        title
        kind
        status
        amount
        quantity
        description
      }
    }
  }
`);
