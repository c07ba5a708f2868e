/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Account {\n    me {\n      id\n      name\n      email\n      createdAt\n      apiTokens {\n        id\n        name\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n      sessions {\n        id\n        createdAt\n        current\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      isAdmin\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query AdminMunicipalities {\n    municipalities {\n      code\n      name\n      population\n      province {\n        code\n        officialName\n      }\n    }\n  }\n": typeof types.AdminMunicipalitiesDocument,
    "\n  query Admins {\n    admins {\n      id\n      name\n      email\n    }\n  }\n": typeof types.AdminsDocument,
    "\n  mutation AppointAdmin($email: String!) {\n    appointAdmin(email: $email) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.AppointAdminDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          organisationId\n          changedFields\n          actorId\n          actorPseudonym\n          requestId\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation UpdateMunicipality($code: String!, $input: MunicipalityInput!) {\n    updateMunicipality(code: $code, input: $input) {\n      code\n      name\n      population\n    }\n  }\n": typeof types.UpdateMunicipalityDocument,
    "\n  mutation AddReviewer($callId: ID!, $email: String!) { addReviewer(callId: $callId, email: $email) { id reviewers { id name } } }\n": typeof types.AddReviewerDocument,
    "\n  query ApplicationDetails($id: ID!) {\n    application(id: $id) {\n      id\n      motivation\n      answers\n      criterionScores {\n        criterion {\n          id\n          title\n          maxPoints\n        }\n        mean\n        min\n        max\n      }\n      reviews {\n        id\n        total\n        comment\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ApplicationDetailsDocument,
    "\n  fragment ApplicationRow on Application {\n    id\n    status\n    amountRequested\n    amountAwarded\n    motivation\n    answers\n    reason\n    createdAt\n    score\n    spread\n    reviewCount\n    organisation {\n      id\n      name\n    }\n    initiative {\n      id\n      title\n    }\n    reviews {\n      id\n      total\n      comment\n    }\n  }\n": typeof types.ApplicationRowFragmentDoc,
    "\n  mutation ApplyToCall($callId: ID!, $input: ApplicationInput!) { applyToCall(callId: $callId, input: $input) { ...ApplicationRow } }\n": typeof types.ApplyToCallDocument,
    "\n  mutation AwardApplication($applicationId: ID!, $amount: Int!) { awardApplication(applicationId: $applicationId, amount: $amount) { ...ApplicationRow } }\n": typeof types.AwardApplicationDocument,
    "\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallCard\n      description\n      budget\n      questions\n      viewerIsFunder\n      viewerIsReviewer\n      rubric {\n        id\n        title\n        description\n        maxPoints\n      }\n      municipalities {\n        code\n        name\n      }\n      funders {\n        amount\n        fund {\n          id\n          name\n        }\n      }\n      reviewers {\n        id\n        name\n      }\n      applications(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ApplicationRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.CallDocument,
    "\n  fragment CallCard on Call {\n    id\n    title\n    status\n    deadline\n    opensOn\n    minGrant\n    maxGrant\n    budgetLeft\n    places\n    placesLeft\n    national\n    themes {\n      slug\n      name\n    }\n    provinces {\n      code\n      name\n    }\n    funders {\n      fund {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CallCardFragmentDoc,
    "\n  query Calls($filter: CallFilter, $first: Int, $after: String) {\n    calls(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CallCard\n        }\n      }\n    }\n  }\n": typeof types.CallsDocument,
    "\n  mutation CloseCall($id: ID!) { closeCall(id: $id) { id status } }\n": typeof types.CloseCallDocument,
    "\n  mutation CreateCall($input: CallInput!) { createCall(input: $input) { id } }\n": typeof types.CreateCallDocument,
    "\n  query MatchCalls($initiativeId: ID!) {\n    matchCalls(initiativeId: $initiativeId, first: 5) {\n      score\n      call {\n        id\n        title\n        deadline\n        minGrant\n        maxGrant\n        placesLeft\n      }\n      reasons {\n        criterion\n        points\n        maxPoints\n        explanation\n      }\n    }\n  }\n": typeof types.MatchCallsDocument,
    "\n  query MyInitiatives {\n    me {\n      id\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          initiatives(first: 100) {\n            edges {\n              node {\n                id\n                title\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyInitiativesDocument,
    "\n  query MyReview($id: ID!) {\n    application(id: $id) {\n      id\n      reviews {\n        id\n        comment\n        total\n        scores {\n          criterion {\n            id\n          }\n          points\n        }\n      }\n    }\n  }\n": typeof types.MyReviewDocument,
    "\n  mutation OpenCall($id: ID!) { openCall(id: $id) { id status } }\n": typeof types.OpenCallDocument,
    "\n  mutation RejectApplication($applicationId: ID!, $reason: String) { rejectApplication(applicationId: $applicationId, reason: $reason) { ...ApplicationRow } }\n": typeof types.RejectApplicationDocument,
    "\n  mutation ScoreApplication($applicationId: ID!, $input: ReviewInput!) { scoreApplication(applicationId: $applicationId, input: $input) { id total } }\n": typeof types.ScoreApplicationDocument,
    "\n  mutation WithdrawApplication($id: ID!) { withdrawApplication(id: $id) { ...ApplicationRow } }\n": typeof types.WithdrawApplicationDocument,
    "\n  mutation CloseInitiative($id: ID!) {\n    closeInitiative(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CloseInitiativeDocument,
    "\n  mutation CreateInitiative($input: InitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateInitiativeDocument,
    "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      national\n      budgetRequested\n      coFundingSecured\n      startsOn\n      endsOn\n      publishedAt\n      closedAt\n      updatedAt\n      themes {\n        slug\n        name\n      }\n      municipalities {\n        code\n        name\n      }\n      targetGroups {\n        slug\n        name\n      }\n      organisation {\n        id\n        name\n        kind\n        website\n        contactEmail\n        contactPhone\n      }\n      needs {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n      }\n    }\n  }\n": typeof types.InitiativeDocument,
    "\n  fragment InitiativeCard on Initiative {\n    id\n    title\n    summary\n    status\n    national\n    budgetRequested\n    startsOn\n    endsOn\n    themes {\n      slug\n      name\n    }\n    municipalities {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.InitiativeCardFragmentDoc,
    "\n  query Initiatives($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InitiativeCard\n        }\n      }\n    }\n  }\n": typeof types.InitiativesDocument,
    "\n  query OrganisationForInitiative($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.OrganisationForInitiativeDocument,
    "\n  mutation PublishInitiative($id: ID!) {\n    publishInitiative(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishInitiativeDocument,
    "\n  mutation UpdateInitiative($id: ID!, $input: InitiativeInput!) {\n    updateInitiative(id: $id, input: $input) {\n      id\n      status\n      title\n      updatedAt\n    }\n  }\n": typeof types.UpdateInitiativeDocument,
    "\n  query Municipalities($provinceCode: String, $search: String) {\n    municipalities(provinceCode: $provinceCode, search: $search) {\n      code\n      name\n      population\n      province {\n        code\n        officialName\n      }\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      officialName\n      population\n      municipalities {\n        code\n      }\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  mutation AddMember($organisationId: ID!, $email: String!, $role: MembershipRole!) {\n    addMember(organisationId: $organisationId, email: $email, role: $role) {\n      id\n      role\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CloseNeedDocument,
    "\n  mutation CloseOffer($id: ID!) {\n    closeOffer(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CloseOfferDocument,
    "\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateOfferDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query FundProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      fundProfile {\n        minGrant\n        maxGrant\n        budgetAvailable\n        national\n        description\n        updatedAt\n        themes {\n          slug\n        }\n        regions {\n          ... on Municipality {\n            code\n          }\n          ... on Province {\n            code\n            officialName\n          }\n        }\n        matchWeights {\n          theme\n          geography\n          budget\n          targetGroup\n          timing\n          text\n          completeness\n        }\n      }\n    }\n  }\n": typeof types.FundProfileDocument,
    "\n  query Members($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      members {\n        id\n        role\n        createdAt\n        person {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      migrantLed\n      national\n      anbi\n      kvkNumber\n      municipality {\n        code\n        name\n      }\n      regions {\n        ... on Municipality {\n          code\n          name\n        }\n        ... on Province {\n          code\n          officialName\n        }\n      }\n      themes {\n        slug\n        name\n      }\n      fundProfile {\n        minGrant\n        maxGrant\n        budgetAvailable\n        national\n        description\n        themes {\n          slug\n          name\n        }\n        regions {\n          ... on Municipality {\n            code\n            name\n          }\n          ... on Province {\n            code\n            officialName\n          }\n        }\n      }\n      initiatives(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...InitiativeCard\n          }\n        }\n      }\n      needs {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n        initiative {\n          id\n          title\n        }\n      }\n      offers {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  fragment OrganisationCard on Organisation {\n    id\n    name\n    kind\n    description\n    migrantLed\n    national\n    municipality {\n      code\n      name\n    }\n    themes {\n      slug\n      name\n    }\n  }\n": typeof types.OrganisationCardFragmentDoc,
    "\n  query OrganisationProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      migrantLed\n      national\n      anbi\n      kvkNumber\n      municipality {\n        code\n      }\n      themes {\n        slug\n      }\n    }\n  }\n": typeof types.OrganisationProfileDocument,
    "\n  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationCard\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation SetFundProfile($organisationId: ID!, $input: FundProfileInput!) {\n    setFundProfile(organisationId: $organisationId, input: $input) {\n      updatedAt\n      minGrant\n      maxGrant\n      budgetAvailable\n    }\n  }\n": typeof types.SetFundProfileDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      updatedAt\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query Reference {\n    themes {\n      slug\n      name\n    }\n    targetGroups {\n      slug\n      name\n    }\n    provinces {\n      code\n      officialName\n      municipalities {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ReferenceDocument,
    "\n  query Themes {\n    themes {\n      slug\n      name\n    }\n  }\n": typeof types.ThemesDocument,
};
const documents: Documents = {
    "\n  query Account {\n    me {\n      id\n      name\n      email\n      createdAt\n      apiTokens {\n        id\n        name\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n      sessions {\n        id\n        createdAt\n        current\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        name\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      isAdmin\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query AdminMunicipalities {\n    municipalities {\n      code\n      name\n      population\n      province {\n        code\n        officialName\n      }\n    }\n  }\n": types.AdminMunicipalitiesDocument,
    "\n  query Admins {\n    admins {\n      id\n      name\n      email\n    }\n  }\n": types.AdminsDocument,
    "\n  mutation AppointAdmin($email: String!) {\n    appointAdmin(email: $email) {\n      id\n      name\n      email\n    }\n  }\n": types.AppointAdminDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          organisationId\n          changedFields\n          actorId\n          actorPseudonym\n          requestId\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation UpdateMunicipality($code: String!, $input: MunicipalityInput!) {\n    updateMunicipality(code: $code, input: $input) {\n      code\n      name\n      population\n    }\n  }\n": types.UpdateMunicipalityDocument,
    "\n  mutation AddReviewer($callId: ID!, $email: String!) { addReviewer(callId: $callId, email: $email) { id reviewers { id name } } }\n": types.AddReviewerDocument,
    "\n  query ApplicationDetails($id: ID!) {\n    application(id: $id) {\n      id\n      motivation\n      answers\n      criterionScores {\n        criterion {\n          id\n          title\n          maxPoints\n        }\n        mean\n        min\n        max\n      }\n      reviews {\n        id\n        total\n        comment\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ApplicationDetailsDocument,
    "\n  fragment ApplicationRow on Application {\n    id\n    status\n    amountRequested\n    amountAwarded\n    motivation\n    answers\n    reason\n    createdAt\n    score\n    spread\n    reviewCount\n    organisation {\n      id\n      name\n    }\n    initiative {\n      id\n      title\n    }\n    reviews {\n      id\n      total\n      comment\n    }\n  }\n": types.ApplicationRowFragmentDoc,
    "\n  mutation ApplyToCall($callId: ID!, $input: ApplicationInput!) { applyToCall(callId: $callId, input: $input) { ...ApplicationRow } }\n": types.ApplyToCallDocument,
    "\n  mutation AwardApplication($applicationId: ID!, $amount: Int!) { awardApplication(applicationId: $applicationId, amount: $amount) { ...ApplicationRow } }\n": types.AwardApplicationDocument,
    "\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallCard\n      description\n      budget\n      questions\n      viewerIsFunder\n      viewerIsReviewer\n      rubric {\n        id\n        title\n        description\n        maxPoints\n      }\n      municipalities {\n        code\n        name\n      }\n      funders {\n        amount\n        fund {\n          id\n          name\n        }\n      }\n      reviewers {\n        id\n        name\n      }\n      applications(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ApplicationRow\n          }\n        }\n      }\n    }\n  }\n": types.CallDocument,
    "\n  fragment CallCard on Call {\n    id\n    title\n    status\n    deadline\n    opensOn\n    minGrant\n    maxGrant\n    budgetLeft\n    places\n    placesLeft\n    national\n    themes {\n      slug\n      name\n    }\n    provinces {\n      code\n      name\n    }\n    funders {\n      fund {\n        id\n        name\n      }\n    }\n  }\n": types.CallCardFragmentDoc,
    "\n  query Calls($filter: CallFilter, $first: Int, $after: String) {\n    calls(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CallCard\n        }\n      }\n    }\n  }\n": types.CallsDocument,
    "\n  mutation CloseCall($id: ID!) { closeCall(id: $id) { id status } }\n": types.CloseCallDocument,
    "\n  mutation CreateCall($input: CallInput!) { createCall(input: $input) { id } }\n": types.CreateCallDocument,
    "\n  query MatchCalls($initiativeId: ID!) {\n    matchCalls(initiativeId: $initiativeId, first: 5) {\n      score\n      call {\n        id\n        title\n        deadline\n        minGrant\n        maxGrant\n        placesLeft\n      }\n      reasons {\n        criterion\n        points\n        maxPoints\n        explanation\n      }\n    }\n  }\n": types.MatchCallsDocument,
    "\n  query MyInitiatives {\n    me {\n      id\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          initiatives(first: 100) {\n            edges {\n              node {\n                id\n                title\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyInitiativesDocument,
    "\n  query MyReview($id: ID!) {\n    application(id: $id) {\n      id\n      reviews {\n        id\n        comment\n        total\n        scores {\n          criterion {\n            id\n          }\n          points\n        }\n      }\n    }\n  }\n": types.MyReviewDocument,
    "\n  mutation OpenCall($id: ID!) { openCall(id: $id) { id status } }\n": types.OpenCallDocument,
    "\n  mutation RejectApplication($applicationId: ID!, $reason: String) { rejectApplication(applicationId: $applicationId, reason: $reason) { ...ApplicationRow } }\n": types.RejectApplicationDocument,
    "\n  mutation ScoreApplication($applicationId: ID!, $input: ReviewInput!) { scoreApplication(applicationId: $applicationId, input: $input) { id total } }\n": types.ScoreApplicationDocument,
    "\n  mutation WithdrawApplication($id: ID!) { withdrawApplication(id: $id) { ...ApplicationRow } }\n": types.WithdrawApplicationDocument,
    "\n  mutation CloseInitiative($id: ID!) {\n    closeInitiative(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CloseInitiativeDocument,
    "\n  mutation CreateInitiative($input: InitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateInitiativeDocument,
    "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      national\n      budgetRequested\n      coFundingSecured\n      startsOn\n      endsOn\n      publishedAt\n      closedAt\n      updatedAt\n      themes {\n        slug\n        name\n      }\n      municipalities {\n        code\n        name\n      }\n      targetGroups {\n        slug\n        name\n      }\n      organisation {\n        id\n        name\n        kind\n        website\n        contactEmail\n        contactPhone\n      }\n      needs {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n      }\n    }\n  }\n": types.InitiativeDocument,
    "\n  fragment InitiativeCard on Initiative {\n    id\n    title\n    summary\n    status\n    national\n    budgetRequested\n    startsOn\n    endsOn\n    themes {\n      slug\n      name\n    }\n    municipalities {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.InitiativeCardFragmentDoc,
    "\n  query Initiatives($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InitiativeCard\n        }\n      }\n    }\n  }\n": types.InitiativesDocument,
    "\n  query OrganisationForInitiative($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n    }\n  }\n": types.OrganisationForInitiativeDocument,
    "\n  mutation PublishInitiative($id: ID!) {\n    publishInitiative(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.PublishInitiativeDocument,
    "\n  mutation UpdateInitiative($id: ID!, $input: InitiativeInput!) {\n    updateInitiative(id: $id, input: $input) {\n      id\n      status\n      title\n      updatedAt\n    }\n  }\n": types.UpdateInitiativeDocument,
    "\n  query Municipalities($provinceCode: String, $search: String) {\n    municipalities(provinceCode: $provinceCode, search: $search) {\n      code\n      name\n      population\n      province {\n        code\n        officialName\n      }\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      officialName\n      population\n      municipalities {\n        code\n      }\n    }\n  }\n": types.ProvincesDocument,
    "\n  mutation AddMember($organisationId: ID!, $email: String!, $role: MembershipRole!) {\n    addMember(organisationId: $organisationId, email: $email, role: $role) {\n      id\n      role\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CloseNeedDocument,
    "\n  mutation CloseOffer($id: ID!) {\n    closeOffer(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CloseOfferDocument,
    "\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateOfferDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query FundProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      fundProfile {\n        minGrant\n        maxGrant\n        budgetAvailable\n        national\n        description\n        updatedAt\n        themes {\n          slug\n        }\n        regions {\n          ... on Municipality {\n            code\n          }\n          ... on Province {\n            code\n            officialName\n          }\n        }\n        matchWeights {\n          theme\n          geography\n          budget\n          targetGroup\n          timing\n          text\n          completeness\n        }\n      }\n    }\n  }\n": types.FundProfileDocument,
    "\n  query Members($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      members {\n        id\n        role\n        createdAt\n        person {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      migrantLed\n      national\n      anbi\n      kvkNumber\n      municipality {\n        code\n        name\n      }\n      regions {\n        ... on Municipality {\n          code\n          name\n        }\n        ... on Province {\n          code\n          officialName\n        }\n      }\n      themes {\n        slug\n        name\n      }\n      fundProfile {\n        minGrant\n        maxGrant\n        budgetAvailable\n        national\n        description\n        themes {\n          slug\n          name\n        }\n        regions {\n          ... on Municipality {\n            code\n            name\n          }\n          ... on Province {\n            code\n            officialName\n          }\n        }\n      }\n      initiatives(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...InitiativeCard\n          }\n        }\n      }\n      needs {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n        initiative {\n          id\n          title\n        }\n      }\n      offers {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  fragment OrganisationCard on Organisation {\n    id\n    name\n    kind\n    description\n    migrantLed\n    national\n    municipality {\n      code\n      name\n    }\n    themes {\n      slug\n      name\n    }\n  }\n": types.OrganisationCardFragmentDoc,
    "\n  query OrganisationProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      migrantLed\n      national\n      anbi\n      kvkNumber\n      municipality {\n        code\n      }\n      themes {\n        slug\n      }\n    }\n  }\n": types.OrganisationProfileDocument,
    "\n  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationCard\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation SetFundProfile($organisationId: ID!, $input: FundProfileInput!) {\n    setFundProfile(organisationId: $organisationId, input: $input) {\n      updatedAt\n      minGrant\n      maxGrant\n      budgetAvailable\n    }\n  }\n": types.SetFundProfileDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      updatedAt\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query Reference {\n    themes {\n      slug\n      name\n    }\n    targetGroups {\n      slug\n      name\n    }\n    provinces {\n      code\n      officialName\n      municipalities {\n        code\n        name\n      }\n    }\n  }\n": types.ReferenceDocument,
    "\n  query Themes {\n    themes {\n      slug\n      name\n    }\n  }\n": types.ThemesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    me {\n      id\n      name\n      email\n      createdAt\n      apiTokens {\n        id\n        name\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n      sessions {\n        id\n        createdAt\n        current\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    me {\n      id\n      name\n      email\n      createdAt\n      apiTokens {\n        id\n        name\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n      sessions {\n        id\n        createdAt\n        current\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      isAdmin\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      isAdmin\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMunicipalities {\n    municipalities {\n      code\n      name\n      population\n      province {\n        code\n        officialName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMunicipalities {\n    municipalities {\n      code\n      name\n      population\n      province {\n        code\n        officialName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Admins {\n    admins {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query Admins {\n    admins {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointAdmin($email: String!) {\n    appointAdmin(email: $email) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation AppointAdmin($email: String!) {\n    appointAdmin(email: $email) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          organisationId\n          changedFields\n          actorId\n          actorPseudonym\n          requestId\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          organisationId\n          changedFields\n          actorId\n          actorPseudonym\n          requestId\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMunicipality($code: String!, $input: MunicipalityInput!) {\n    updateMunicipality(code: $code, input: $input) {\n      code\n      name\n      population\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMunicipality($code: String!, $input: MunicipalityInput!) {\n    updateMunicipality(code: $code, input: $input) {\n      code\n      name\n      population\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReviewer($callId: ID!, $email: String!) { addReviewer(callId: $callId, email: $email) { id reviewers { id name } } }\n"): (typeof documents)["\n  mutation AddReviewer($callId: ID!, $email: String!) { addReviewer(callId: $callId, email: $email) { id reviewers { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationDetails($id: ID!) {\n    application(id: $id) {\n      id\n      motivation\n      answers\n      criterionScores {\n        criterion {\n          id\n          title\n          maxPoints\n        }\n        mean\n        min\n        max\n      }\n      reviews {\n        id\n        total\n        comment\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationDetails($id: ID!) {\n    application(id: $id) {\n      id\n      motivation\n      answers\n      criterionScores {\n        criterion {\n          id\n          title\n          maxPoints\n        }\n        mean\n        min\n        max\n      }\n      reviews {\n        id\n        total\n        comment\n        reviewer {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationRow on Application {\n    id\n    status\n    amountRequested\n    amountAwarded\n    motivation\n    answers\n    reason\n    createdAt\n    score\n    spread\n    reviewCount\n    organisation {\n      id\n      name\n    }\n    initiative {\n      id\n      title\n    }\n    reviews {\n      id\n      total\n      comment\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationRow on Application {\n    id\n    status\n    amountRequested\n    amountAwarded\n    motivation\n    answers\n    reason\n    createdAt\n    score\n    spread\n    reviewCount\n    organisation {\n      id\n      name\n    }\n    initiative {\n      id\n      title\n    }\n    reviews {\n      id\n      total\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToCall($callId: ID!, $input: ApplicationInput!) { applyToCall(callId: $callId, input: $input) { ...ApplicationRow } }\n"): (typeof documents)["\n  mutation ApplyToCall($callId: ID!, $input: ApplicationInput!) { applyToCall(callId: $callId, input: $input) { ...ApplicationRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardApplication($applicationId: ID!, $amount: Int!) { awardApplication(applicationId: $applicationId, amount: $amount) { ...ApplicationRow } }\n"): (typeof documents)["\n  mutation AwardApplication($applicationId: ID!, $amount: Int!) { awardApplication(applicationId: $applicationId, amount: $amount) { ...ApplicationRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallCard\n      description\n      budget\n      questions\n      viewerIsFunder\n      viewerIsReviewer\n      rubric {\n        id\n        title\n        description\n        maxPoints\n      }\n      municipalities {\n        code\n        name\n      }\n      funders {\n        amount\n        fund {\n          id\n          name\n        }\n      }\n      reviewers {\n        id\n        name\n      }\n      applications(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ApplicationRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallCard\n      description\n      budget\n      questions\n      viewerIsFunder\n      viewerIsReviewer\n      rubric {\n        id\n        title\n        description\n        maxPoints\n      }\n      municipalities {\n        code\n        name\n      }\n      funders {\n        amount\n        fund {\n          id\n          name\n        }\n      }\n      reviewers {\n        id\n        name\n      }\n      applications(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ApplicationRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallCard on Call {\n    id\n    title\n    status\n    deadline\n    opensOn\n    minGrant\n    maxGrant\n    budgetLeft\n    places\n    placesLeft\n    national\n    themes {\n      slug\n      name\n    }\n    provinces {\n      code\n      name\n    }\n    funders {\n      fund {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CallCard on Call {\n    id\n    title\n    status\n    deadline\n    opensOn\n    minGrant\n    maxGrant\n    budgetLeft\n    places\n    placesLeft\n    national\n    themes {\n      slug\n      name\n    }\n    provinces {\n      code\n      name\n    }\n    funders {\n      fund {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calls($filter: CallFilter, $first: Int, $after: String) {\n    calls(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CallCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Calls($filter: CallFilter, $first: Int, $after: String) {\n    calls(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CallCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCall($id: ID!) { closeCall(id: $id) { id status } }\n"): (typeof documents)["\n  mutation CloseCall($id: ID!) { closeCall(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCall($input: CallInput!) { createCall(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateCall($input: CallInput!) { createCall(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchCalls($initiativeId: ID!) {\n    matchCalls(initiativeId: $initiativeId, first: 5) {\n      score\n      call {\n        id\n        title\n        deadline\n        minGrant\n        maxGrant\n        placesLeft\n      }\n      reasons {\n        criterion\n        points\n        maxPoints\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchCalls($initiativeId: ID!) {\n    matchCalls(initiativeId: $initiativeId, first: 5) {\n      score\n      call {\n        id\n        title\n        deadline\n        minGrant\n        maxGrant\n        placesLeft\n      }\n      reasons {\n        criterion\n        points\n        maxPoints\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInitiatives {\n    me {\n      id\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          initiatives(first: 100) {\n            edges {\n              node {\n                id\n                title\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInitiatives {\n    me {\n      id\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          initiatives(first: 100) {\n            edges {\n              node {\n                id\n                title\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReview($id: ID!) {\n    application(id: $id) {\n      id\n      reviews {\n        id\n        comment\n        total\n        scores {\n          criterion {\n            id\n          }\n          points\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReview($id: ID!) {\n    application(id: $id) {\n      id\n      reviews {\n        id\n        comment\n        total\n        scores {\n          criterion {\n            id\n          }\n          points\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCall($id: ID!) { openCall(id: $id) { id status } }\n"): (typeof documents)["\n  mutation OpenCall($id: ID!) { openCall(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectApplication($applicationId: ID!, $reason: String) { rejectApplication(applicationId: $applicationId, reason: $reason) { ...ApplicationRow } }\n"): (typeof documents)["\n  mutation RejectApplication($applicationId: ID!, $reason: String) { rejectApplication(applicationId: $applicationId, reason: $reason) { ...ApplicationRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreApplication($applicationId: ID!, $input: ReviewInput!) { scoreApplication(applicationId: $applicationId, input: $input) { id total } }\n"): (typeof documents)["\n  mutation ScoreApplication($applicationId: ID!, $input: ReviewInput!) { scoreApplication(applicationId: $applicationId, input: $input) { id total } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($id: ID!) { withdrawApplication(id: $id) { ...ApplicationRow } }\n"): (typeof documents)["\n  mutation WithdrawApplication($id: ID!) { withdrawApplication(id: $id) { ...ApplicationRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseInitiative($id: ID!) {\n    closeInitiative(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseInitiative($id: ID!) {\n    closeInitiative(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInitiative($input: InitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInitiative($input: InitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      national\n      budgetRequested\n      coFundingSecured\n      startsOn\n      endsOn\n      publishedAt\n      closedAt\n      updatedAt\n      themes {\n        slug\n        name\n      }\n      municipalities {\n        code\n        name\n      }\n      targetGroups {\n        slug\n        name\n      }\n      organisation {\n        id\n        name\n        kind\n        website\n        contactEmail\n        contactPhone\n      }\n      needs {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      summary\n      description\n      status\n      national\n      budgetRequested\n      coFundingSecured\n      startsOn\n      endsOn\n      publishedAt\n      closedAt\n      updatedAt\n      themes {\n        slug\n        name\n      }\n      municipalities {\n        code\n        name\n      }\n      targetGroups {\n        slug\n        name\n      }\n      organisation {\n        id\n        name\n        kind\n        website\n        contactEmail\n        contactPhone\n      }\n      needs {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeCard on Initiative {\n    id\n    title\n    summary\n    status\n    national\n    budgetRequested\n    startsOn\n    endsOn\n    themes {\n      slug\n      name\n    }\n    municipalities {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeCard on Initiative {\n    id\n    title\n    summary\n    status\n    national\n    budgetRequested\n    startsOn\n    endsOn\n    themes {\n      slug\n      name\n    }\n    municipalities {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiatives($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InitiativeCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Initiatives($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InitiativeCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationForInitiative($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OrganisationForInitiative($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishInitiative($id: ID!) {\n    publishInitiative(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishInitiative($id: ID!) {\n    publishInitiative(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiative($id: ID!, $input: InitiativeInput!) {\n    updateInitiative(id: $id, input: $input) {\n      id\n      status\n      title\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiative($id: ID!, $input: InitiativeInput!) {\n    updateInitiative(id: $id, input: $input) {\n      id\n      status\n      title\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities($provinceCode: String, $search: String) {\n    municipalities(provinceCode: $provinceCode, search: $search) {\n      code\n      name\n      population\n      province {\n        code\n        officialName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Municipalities($provinceCode: String, $search: String) {\n    municipalities(provinceCode: $provinceCode, search: $search) {\n      code\n      name\n      population\n      province {\n        code\n        officialName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      code\n      officialName\n      population\n      municipalities {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      code\n      officialName\n      population\n      municipalities {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($organisationId: ID!, $email: String!, $role: MembershipRole!) {\n    addMember(organisationId: $organisationId, email: $email, role: $role) {\n      id\n      role\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($organisationId: ID!, $email: String!, $role: MembershipRole!) {\n    addMember(organisationId: $organisationId, email: $email, role: $role) {\n      id\n      role\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOffer($id: ID!) {\n    closeOffer(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseOffer($id: ID!) {\n    closeOffer(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      fundProfile {\n        minGrant\n        maxGrant\n        budgetAvailable\n        national\n        description\n        updatedAt\n        themes {\n          slug\n        }\n        regions {\n          ... on Municipality {\n            code\n          }\n          ... on Province {\n            code\n            officialName\n          }\n        }\n        matchWeights {\n          theme\n          geography\n          budget\n          targetGroup\n          timing\n          text\n          completeness\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      fundProfile {\n        minGrant\n        maxGrant\n        budgetAvailable\n        national\n        description\n        updatedAt\n        themes {\n          slug\n        }\n        regions {\n          ... on Municipality {\n            code\n          }\n          ... on Province {\n            code\n            officialName\n          }\n        }\n        matchWeights {\n          theme\n          geography\n          budget\n          targetGroup\n          timing\n          text\n          completeness\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      members {\n        id\n        role\n        createdAt\n        person {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      members {\n        id\n        role\n        createdAt\n        person {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      migrantLed\n      national\n      anbi\n      kvkNumber\n      municipality {\n        code\n        name\n      }\n      regions {\n        ... on Municipality {\n          code\n          name\n        }\n        ... on Province {\n          code\n          officialName\n        }\n      }\n      themes {\n        slug\n        name\n      }\n      fundProfile {\n        minGrant\n        maxGrant\n        budgetAvailable\n        national\n        description\n        themes {\n          slug\n          name\n        }\n        regions {\n          ... on Municipality {\n            code\n            name\n          }\n          ... on Province {\n            code\n            officialName\n          }\n        }\n      }\n      initiatives(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...InitiativeCard\n          }\n        }\n      }\n      needs {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n        initiative {\n          id\n          title\n        }\n      }\n      offers {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      migrantLed\n      national\n      anbi\n      kvkNumber\n      municipality {\n        code\n        name\n      }\n      regions {\n        ... on Municipality {\n          code\n          name\n        }\n        ... on Province {\n          code\n          officialName\n        }\n      }\n      themes {\n        slug\n        name\n      }\n      fundProfile {\n        minGrant\n        maxGrant\n        budgetAvailable\n        national\n        description\n        themes {\n          slug\n          name\n        }\n        regions {\n          ... on Municipality {\n            code\n            name\n          }\n          ... on Province {\n            code\n            officialName\n          }\n        }\n      }\n      initiatives(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...InitiativeCard\n          }\n        }\n      }\n      needs {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n        initiative {\n          id\n          title\n        }\n      }\n      offers {\n        id\n        title\n        kind\n        status\n        amount\n        quantity\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationCard on Organisation {\n    id\n    name\n    kind\n    description\n    migrantLed\n    national\n    municipality {\n      code\n      name\n    }\n    themes {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationCard on Organisation {\n    id\n    name\n    kind\n    description\n    migrantLed\n    national\n    municipality {\n      code\n      name\n    }\n    themes {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      migrantLed\n      national\n      anbi\n      kvkNumber\n      municipality {\n        code\n      }\n      themes {\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      contactEmail\n      contactPhone\n      migrantLed\n      national\n      anbi\n      kvkNumber\n      municipality {\n        code\n      }\n      themes {\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFundProfile($organisationId: ID!, $input: FundProfileInput!) {\n    setFundProfile(organisationId: $organisationId, input: $input) {\n      updatedAt\n      minGrant\n      maxGrant\n      budgetAvailable\n    }\n  }\n"): (typeof documents)["\n  mutation SetFundProfile($organisationId: ID!, $input: FundProfileInput!) {\n    setFundProfile(organisationId: $organisationId, input: $input) {\n      updatedAt\n      minGrant\n      maxGrant\n      budgetAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reference {\n    themes {\n      slug\n      name\n    }\n    targetGroups {\n      slug\n      name\n    }\n    provinces {\n      code\n      officialName\n      municipalities {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reference {\n    themes {\n      slug\n      name\n    }\n    targetGroups {\n      slug\n      name\n    }\n    provinces {\n      code\n      officialName\n      municipalities {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Themes {\n    themes {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query Themes {\n    themes {\n      slug\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;