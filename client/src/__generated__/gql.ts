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
    "\n  fragment Viewer_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    member {\n      id\n      nameZh\n      nameEn\n      allianceRole\n    }\n  }\n": typeof types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation UpdateLocale($locale: String!) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateLocaleDocument,
    "\n  fragment AssignmentBoard_assignment on Assignment {\n    id\n    status\n    slots\n    openSlots\n    dueAt\n    claims {\n      id\n      state\n    }\n    ...AssignmentCard_assignment\n  }\n": typeof types.AssignmentBoard_AssignmentFragmentDoc,
    "\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    title\n    brief\n    format\n    dueAt\n    slots\n    openSlots\n    status\n    version\n    viewerActions\n    location {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    myClaim {\n      id\n      state\n    }\n    claims {\n      id\n      state\n    }\n  }\n": typeof types.AssignmentCard_AssignmentFragmentDoc,
    "\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      status\n      openSlots\n      version\n      viewerActions\n    }\n  }\n": typeof types.CancelAssignmentDocument,
    "\n  query AssignmentClaims($id: ID!) {\n    assignment(id: $id) {\n      id\n      claims {\n        id\n        ...ClaimItem_claim\n      }\n    }\n  }\n": typeof types.AssignmentClaimsDocument,
    "\n  mutation CreateAssignment($input: AssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": typeof types.CreateAssignmentDocument,
    "\n  mutation UpdateAssignment($id: ID!, $version: Int!, $input: AssignmentUpdateInput!) {\n    updateAssignment(id: $id, version: $version, input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": typeof types.UpdateAssignmentDocument,
    "\n  fragment OpenAssignmentItem_assignment on Assignment {\n    id\n    title\n    brief\n    format\n    dueAt\n    slots\n    openSlots\n    distanceKm\n    viewerCanClaim\n    myClaim {\n      id\n      state\n    }\n    location {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n    }\n    topic {\n      id\n      title\n    }\n  }\n": typeof types.OpenAssignmentItem_AssignmentFragmentDoc,
    "\n  query OpenAssignments($filter: OpenAssignmentFilter, $first: Int, $after: String) {\n    openAssignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...OpenAssignmentItem_assignment\n      }\n    }\n  }\n": typeof types.OpenAssignmentsDocument,
    "\n  subscription OpenAssignmentsChanged {\n    openAssignmentsChanged {\n      id\n      openSlots\n      viewerCanClaim\n      myClaim {\n        id\n        state\n      }\n    }\n  }\n": typeof types.OpenAssignmentsChangedDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      ...Viewer_user\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment CalendarEntryChip_entry on CalendarEntry {\n    kind\n    start\n    end\n    title\n    eventId\n    topic {\n      id\n      title\n      state\n    }\n    assignment {\n      id\n      format\n    }\n  }\n": typeof types.CalendarEntryChip_EntryFragmentDoc,
    "\n  query IcsFeed {\n    me {\n      id\n      hasIcsFeed\n    }\n  }\n": typeof types.IcsFeedDocument,
    "\n  mutation CreateIcsFeed {\n    createIcsFeed\n  }\n": typeof types.CreateIcsFeedDocument,
    "\n  mutation RevokeIcsFeed {\n    revokeIcsFeed\n  }\n": typeof types.RevokeIcsFeedDocument,
    "\n  query Calendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(from: $from, to: $to) {\n      kind\n      start\n      end\n      ...CalendarEntryChip_entry\n    }\n  }\n": typeof types.CalendarDocument,
    "\n  mutation ClaimAssignment($assignmentId: ID!) {\n    claimAssignment(assignmentId: $assignmentId) {\n      id\n      state\n      claimedAt\n      assignment {\n        id\n        openSlots\n        viewerCanClaim\n        viewerActions\n        myClaim {\n          id\n          state\n        }\n      }\n    }\n  }\n": typeof types.ClaimAssignmentDocument,
    "\n  fragment ClaimItem_claim on Claim {\n    id\n    state\n    submissionText\n    submissionLinks\n    reviewComment\n    claimedAt\n    submittedAt\n    decidedAt\n    viewerActions\n    reporter {\n      id\n      displayName\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    publications {\n      id\n      ...PublicationList_publication\n    }\n  }\n": typeof types.ClaimItem_ClaimFragmentDoc,
    "\n  mutation CancelClaim($claimId: ID!) {\n    cancelClaim(claimId: $claimId) {\n      id\n      state\n      version\n      viewerActions\n    }\n  }\n": typeof types.CancelClaimDocument,
    "\n  fragment MyClaimCard_claim on Claim {\n    id\n    state\n    submissionText\n    submissionLinks\n    reviewComment\n    claimedAt\n    submittedAt\n    decidedAt\n    viewerActions\n    assignment {\n      id\n      title\n      format\n      dueAt\n      location {\n        id\n        cityZh\n        cityEn\n      }\n      topic {\n        id\n        title\n      }\n    }\n    publications {\n      id\n      ...PublicationList_publication\n    }\n  }\n": typeof types.MyClaimCard_ClaimFragmentDoc,
    "\n  mutation ReleaseClaim($claimId: ID!) {\n    releaseClaim(claimId: $claimId) {\n      id\n      state\n      version\n      viewerActions\n      assignment {\n        id\n        openSlots\n        viewerCanClaim\n        viewerActions\n        myClaim {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ReleaseClaimDocument,
    "\n  fragment PublicationList_publication on Publication {\n    id\n    channel\n    url\n    publishedAt\n    views\n    shares\n    likes\n    viewerActions\n    member {\n      id\n      nameZh\n      nameEn\n    }\n  }\n": typeof types.PublicationList_PublicationFragmentDoc,
    "\n  mutation WithdrawPublication($id: ID!) {\n    withdrawPublication(id: $id) {\n      id\n      publications {\n        id\n        ...PublicationList_publication\n      }\n    }\n  }\n": typeof types.WithdrawPublicationDocument,
    "\n  mutation RecordPublication($input: PublicationInput!) {\n    recordPublication(input: $input) {\n      id\n      ...PublicationList_publication\n    }\n  }\n": typeof types.RecordPublicationDocument,
    "\n  mutation UpdatePublication($id: ID!, $input: PublicationFieldsInput!) {\n    updatePublication(id: $id, input: $input) {\n      id\n      ...PublicationList_publication\n    }\n  }\n": typeof types.UpdatePublicationDocument,
    "\n  mutation AcceptSubmission($claimId: ID!) {\n    acceptSubmission(claimId: $claimId) {\n      id\n      state\n      decidedAt\n      reviewComment\n      version\n      viewerActions\n    }\n  }\n": typeof types.AcceptSubmissionDocument,
    "\n  mutation RequestChanges($claimId: ID!, $comment: String!) {\n    requestChanges(claimId: $claimId, comment: $comment) {\n      id\n      state\n      decidedAt\n      reviewComment\n      version\n      viewerActions\n    }\n  }\n": typeof types.RequestChangesDocument,
    "\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        submissionText\n        submissionLinks\n        submittedAt\n        viewerActions\n        reporter {\n          id\n          displayName\n          member {\n            id\n            nameZh\n            nameEn\n          }\n        }\n        assignment {\n          id\n          title\n          format\n          dueAt\n          topic {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query ReviewCount {\n    reviewQueue(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ReviewCountDocument,
    "\n  mutation SubmitClaim($claimId: ID!, $input: SubmissionInput!) {\n    submitClaim(claimId: $claimId, input: $input) {\n      id\n      state\n      submissionText\n      submissionLinks\n      submittedAt\n      reviewComment\n      version\n    }\n  }\n": typeof types.SubmitClaimDocument,
    "\n  query MyWork($first: Int, $after: String) {\n    myClaims(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        assignment {\n          id\n          dueAt\n        }\n        ...MyClaimCard_claim\n      }\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  fragment AllianceByProvince_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n": typeof types.AllianceByProvince_ProvinceFragmentDoc,
    "\n  query ChiefEditorHome($memberId: ID!, $first: Int!) {\n    member(id: $memberId) {\n      id\n      nameZh\n      nameEn\n      allianceRole\n      ...MemberCard_member\n    }\n    memberAccounts(memberId: $memberId, first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        role\n        active\n        lastSignInAt\n      }\n    }\n  }\n": typeof types.ChiefEditorHomeDocument,
    "\n  fragment MemberCard_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    outletKind\n    allianceRole\n    status\n    joinedOn\n    staffCounts {\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": typeof types.MemberCard_MemberFragmentDoc,
    "\n  query EditorNeeds {\n    reviewQueue(first: 5) {\n      totalCount\n      nodes {\n        id\n        submittedAt\n        reporter {\n          id\n          displayName\n        }\n        assignment {\n          id\n          title\n          topic {\n            id\n          }\n        }\n      }\n    }\n    topics(filter: { states: [DRAFT], mine: true }, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        updatedAt\n      }\n    }\n  }\n": typeof types.EditorNeedsDocument,
    "\n  query ReporterNeeds {\n    myClaims(states: [CLAIMED, CHANGES_REQUESTED], first: 5) {\n      totalCount\n      nodes {\n        id\n        state\n        assignment {\n          id\n          title\n          dueAt\n        }\n      }\n    }\n    openAssignments(first: 3) {\n      totalCount\n      nodes {\n        id\n        title\n        dueAt\n        distanceKm\n        openSlots\n        location {\n          id\n          cityZh\n          cityEn\n        }\n      }\n    }\n  }\n": typeof types.ReporterNeedsDocument,
    "\n  query RequestNeeds {\n    resourceRequests(filter: { direction: INCOMING, states: [PENDING, APPROVED] }, first: 5) {\n      totalCount\n      nodes {\n        id\n        state\n        createdAt\n        resource {\n          id\n          title\n        }\n        requester {\n          id\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.RequestNeedsDocument,
    "\n  query SecretariatNeeds {\n    topics(filter: { states: [PROPOSED] }, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        updatedAt\n        proposer {\n          id\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.SecretariatNeedsDocument,
    "\n  query SecretariatHome($first: Int!, $after: String) {\n    provinces {\n      code\n      memberCount\n      ...AllianceByProvince_province\n    }\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        allianceRole\n        status\n        joinedOn\n        staffCounts {\n          chiefEditors\n        }\n      }\n    }\n  }\n": typeof types.SecretariatHomeDocument,
    "\n  query StaffHome($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      staffCounts {\n        total\n      }\n      ...MemberCard_member\n    }\n    provinces {\n      code\n      ...AllianceByProvince_province\n    }\n  }\n": typeof types.StaffHomeDocument,
    "\n  mutation WithdrawInnovationProject($id: ID!) {\n    withdrawInnovationProject(id: $id) {\n      id\n      status\n      version\n      viewerActions\n    }\n  }\n": typeof types.WithdrawInnovationProjectDocument,
    "\n  query InnovationPanelMembers {\n    members(first: 100) {\n      nodes {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n": typeof types.InnovationPanelMembersDocument,
    "\n  query InnovationPanelAccounts($memberId: ID!) {\n    memberAccounts(memberId: $memberId, first: 100) {\n      nodes {\n        id\n        displayName\n        role\n        active\n      }\n    }\n  }\n": typeof types.InnovationPanelAccountsDocument,
    "\n  mutation SetInnovationPanel($roundId: ID!, $userIds: [ID!]!) {\n    setInnovationPanel(roundId: $roundId, userIds: $userIds) {\n      id\n      version\n      panel {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SetInnovationPanelDocument,
    "\n  query PresentableEvents {\n    events(filter: { when: ALL }, first: 50) {\n      nodes {\n        id\n        title\n        startsOn\n        status\n      }\n    }\n  }\n": typeof types.PresentableEventsDocument,
    "\n  mutation PresentInnovationRound($roundId: ID!, $eventId: ID) {\n    presentInnovationRound(roundId: $roundId, eventId: $eventId) {\n      id\n      version\n      presentedAt {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n": typeof types.PresentInnovationRoundDocument,
    "\n  fragment InnovationProjectCard_project on InnovationProject {\n    id\n    title\n    category\n    award\n    summary\n    results\n    links\n    member {\n      id\n      nameZh\n      nameEn\n    }\n  }\n": typeof types.InnovationProjectCard_ProjectFragmentDoc,
    "\n  fragment InnovationProjectDetails_project on InnovationProject {\n    id\n    title\n    category\n    status\n    award\n    summary\n    results\n    links\n    media {\n      url\n      credit\n    }\n    member {\n      id\n      nameZh\n      nameEn\n    }\n    submittedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.InnovationProjectDetails_ProjectFragmentDoc,
    "\n  query InnovationProject($id: ID!) {\n    innovationProject(id: $id) {\n      id\n      title\n      averageScore\n      rank\n      round {\n        id\n        criteria {\n          index\n          name\n          maxScore\n        }\n      }\n      viewerScore {\n        scores\n        total\n        comment\n      }\n      scores {\n        scores\n        total\n        comment\n        panellist {\n          id\n          displayName\n        }\n      }\n      ...InnovationProjectDetails_project\n    }\n  }\n": typeof types.InnovationProjectDocument,
    "\n  mutation SubmitInnovationProject($input: NewInnovationProjectInput!) {\n    submitInnovationProject(input: $input) {\n      id\n      version\n      viewerActions\n      ...InnovationProjectDetails_project\n    }\n  }\n": typeof types.SubmitInnovationProjectDocument,
    "\n  mutation UpdateInnovationProject($id: ID!, $version: Int!, $input: InnovationProjectFieldsInput!) {\n    updateInnovationProject(id: $id, version: $version, input: $input) {\n      id\n      version\n      viewerActions\n      ...InnovationProjectDetails_project\n    }\n  }\n": typeof types.UpdateInnovationProjectDocument,
    "\n  mutation OpenInnovationRound($input: NewInnovationRoundInput!) {\n    openInnovationRound(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.OpenInnovationRoundDocument,
    "\n  mutation ScoreInnovationProject($projectId: ID!, $scores: [InnovationCriterionScoreInput!]!, $comment: String) {\n    scoreInnovationProject(projectId: $projectId, scores: $scores, comment: $comment) {\n      id\n      viewerScore {\n        scores\n        total\n        comment\n        updatedAt\n      }\n    }\n  }\n": typeof types.ScoreInnovationProjectDocument,
    "\n  query InnovationRoundPage($id: ID!) {\n    innovationRound(id: $id) {\n      id\n      title\n      year\n      status\n      submissionsCloseAt\n      closedAt\n      publishedAt\n      version\n      viewerOnPanel\n      viewerActions\n      maxTotal\n      presentedAt {\n        id\n        title\n        startsOn\n      }\n      criteria {\n        index\n        name\n        description\n        maxScore\n      }\n      panel {\n        id\n        displayName\n      }\n      counts {\n        submitted\n        top\n        excellent\n      }\n      scoringProgress {\n        scored\n        total\n        panellist {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.InnovationRoundPageDocument,
    "\n  query InnovationRoundPageProjects($roundId: ID!, $after: String) {\n    innovationProjects(roundId: $roundId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        category\n        status\n        award\n        averageScore\n        rank\n        version\n        summary\n        results\n        links\n        media {\n          url\n          credit\n        }\n        viewerActions\n        member {\n          id\n          nameZh\n          nameEn\n        }\n        viewerScore {\n          scores\n          total\n          comment\n        }\n        scores {\n          total\n        }\n      }\n    }\n  }\n": typeof types.InnovationRoundPageProjectsDocument,
    "\n  mutation MoveInnovationRound($id: ID!, $to: InnovationRoundStatus!) {\n    moveInnovationRound(id: $id, to: $to) {\n      id\n      status\n      version\n      viewerActions\n      closedAt\n      publishedAt\n    }\n  }\n": typeof types.MoveInnovationRoundDocument,
    "\n  mutation SetInnovationAward($projectId: ID!, $award: InnovationAward) {\n    setInnovationAward(projectId: $projectId, award: $award) {\n      id\n      award\n      version\n    }\n  }\n": typeof types.SetInnovationAwardDocument,
    "\n  query InnovationRounds {\n    innovationRounds(first: 50) {\n      nodes {\n        id\n        title\n        year\n        status\n        submissionsCloseAt\n        publishedAt\n        viewerActions\n        counts {\n          submitted\n          viewerMember\n          viewerMemberLeft\n          top\n          excellent\n        }\n      }\n    }\n  }\n": typeof types.InnovationRoundsDocument,
    "\n  query RecommendedInnovationProjects($roundId: ID!) {\n    innovationProjects(roundId: $roundId, filter: { awards: [TOP, EXCELLENT] }, first: 100) {\n      totalCount\n      nodes {\n        id\n        award\n        ...InnovationProjectCard_project\n      }\n    }\n  }\n": typeof types.RecommendedInnovationProjectsDocument,
    "\n  query MyInnovationProjects($roundId: ID!) {\n    innovationProjects(roundId: $roundId, filter: { mine: true }, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        summary\n        results\n        links\n        media {\n          url\n          credit\n        }\n        version\n        viewerActions\n      }\n    }\n  }\n": typeof types.MyInnovationProjectsDocument,
    "\n  fragment AccountsTable_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    lastSignInAt\n    decidesResourceRequests\n  }\n": typeof types.AccountsTable_UserFragmentDoc,
    "\n  query MemberAccounts($memberId: ID!, $first: Int, $after: String) {\n    memberAccounts(memberId: $memberId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...AccountsTable_user\n      }\n    }\n  }\n": typeof types.MemberAccountsDocument,
    "\n  mutation SetAccountActive($userId: ID!, $active: Boolean!) {\n    setAccountActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetAccountActiveDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      ...AccountsTable_user\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  query AdmitMemberProvinces {\n    provinces {\n      code\n      nameZh\n      nameEn\n      riverOrder\n    }\n  }\n": typeof types.AdmitMemberProvincesDocument,
    "\n  mutation AdmitMember($input: AdmitMemberInput!) {\n    admitMember(input: $input) {\n      id\n      nameZh\n      nameEn\n    }\n  }\n": typeof types.AdmitMemberDocument,
    "\n  fragment MemberChannels_member on Member {\n    id\n    channels {\n      kind\n      name\n      url\n    }\n  }\n": typeof types.MemberChannels_MemberFragmentDoc,
    "\n  fragment MemberListItem_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    status\n    outletKind\n    allianceRole\n    joinedOn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    channels {\n      kind\n      name\n    }\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": typeof types.MemberListItem_MemberFragmentDoc,
    "\n  query MemberPicker($search: String, $provinceCode: String, $first: Int) {\n    members(search: $search, provinceCode: $provinceCode, first: $first) {\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        status\n        allianceRole\n      }\n    }\n  }\n": typeof types.MemberPickerDocument,
    "\n  query DirectoryProvinces {\n    provinces {\n      code\n      ...ProvinceFilter_province\n    }\n  }\n": typeof types.DirectoryProvincesDocument,
    "\n  query MembersDirectory($provinceCode: String, $search: String, $first: Int, $after: String) {\n    members(provinceCode: $provinceCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...MemberListItem_member\n      }\n    }\n  }\n": typeof types.MembersDirectoryDocument,
    "\n  fragment ProvinceFilter_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n": typeof types.ProvinceFilter_ProvinceFragmentDoc,
    "\n  mutation SetResourceRequestDelegate($userId: ID!, $delegated: Boolean!) {\n    setResourceRequestDelegate(userId: $userId, delegated: $delegated) {\n      id\n      decidesResourceRequests\n    }\n  }\n": typeof types.SetResourceRequestDelegateDocument,
    "\n  fragment StaffCounts_member on Member {\n    id\n    allianceRole\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": typeof types.StaffCounts_MemberFragmentDoc,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      slug\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n      outletKind\n      allianceRole\n      status\n      joinedOn\n      latitude\n      longitude\n      isDemo\n      ...MemberChannels_member\n      ...StaffCounts_member\n      ...ExchangeBalanceCard_member\n    }\n  }\n": typeof types.MemberPageDocument,
    "\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    detail\n    actor {\n      id\n      displayName\n    }\n    topic {\n      id\n      title\n    }\n    assignment {\n      id\n      title\n      topic {\n        id\n      }\n    }\n    resource {\n      id\n      title\n    }\n    innovationRound {\n      id\n      title\n    }\n    # Everything a request's move changes, so a live notification updates the request on screen too.\n    resourceRequest {\n      id\n      ...RequestMove_request\n      resource {\n        id\n        title\n      }\n    }\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationsPage($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      unreadCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment CapacityText_resource on Resource {\n    capacityPerPeriod\n    capacityPeriod\n    capacityLeft\n  }\n": typeof types.CapacityText_ResourceFragmentDoc,
    "\n  fragment ExchangeBalanceCard_member on Member {\n    id\n    exchangeBalance {\n      piecesOffered\n      resourcesOffered\n      republishedFromOthers\n      republishedByOthers\n      requestsFulfilledForOthers\n      requestsReceivedFulfilled\n    }\n  }\n": typeof types.ExchangeBalanceCard_MemberFragmentDoc,
    "\n  fragment LibraryItem_resource on Resource {\n    id\n    title\n    description\n    themes\n    embargoState\n    embargoUntil\n    headlineOnly\n    status\n    createdAt\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    reach {\n      publications\n      views\n    }\n  }\n": typeof types.LibraryItem_ResourceFragmentDoc,
    "\n  fragment MemberFeedFields_feed on MemberFeed {\n    id\n    url\n    title\n    active\n    themes\n    lastPolledAt\n    lastError\n    itemsIngested\n    nextPollAt\n    createdAt\n  }\n": typeof types.MemberFeedFields_FeedFragmentDoc,
    "\n  query MemberFeeds($memberId: ID!) {\n    memberFeeds(memberId: $memberId) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n": typeof types.MemberFeedsDocument,
    "\n  mutation AddMemberFeed($memberId: ID!, $input: MemberFeedInput!) {\n    addMemberFeed(memberId: $memberId, input: $input) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n": typeof types.AddMemberFeedDocument,
    "\n  mutation UpdateMemberFeed($id: ID!, $input: MemberFeedInput!) {\n    updateMemberFeed(id: $id, input: $input) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n": typeof types.UpdateMemberFeedDocument,
    "\n  mutation RemoveMemberFeed($id: ID!) {\n    removeMemberFeed(id: $id)\n  }\n": typeof types.RemoveMemberFeedDocument,
    "\n  mutation PollMemberFeed($id: ID!) {\n    pollMemberFeed(id: $id) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n": typeof types.PollMemberFeedDocument,
    "\n  mutation OfferClaimToLibrary($claimId: ID!) {\n    offerClaimToLibrary(claimId: $claimId) {\n      id\n      title\n    }\n  }\n": typeof types.OfferClaimToLibraryDocument,
    "\n  query RepublicationChannels($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      channels {\n        kind\n        name\n      }\n    }\n  }\n": typeof types.RepublicationChannelsDocument,
    "\n  mutation RecordRepublication($input: RepublicationInput!) {\n    recordRepublication(input: $input) {\n      id\n      resource {\n        id\n        ...RepublicationTable_resource\n      }\n    }\n  }\n": typeof types.RecordRepublicationDocument,
    "\n  fragment RepublicationTable_resource on Resource {\n    id\n    reach {\n      publications\n      members\n      views\n      shares\n      likes\n    }\n    publications {\n      id\n      channel\n      url\n      publishedAt\n      views\n      shares\n      likes\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n": typeof types.RepublicationTable_ResourceFragmentDoc,
    "\n  fragment RepublishPanel_resource on Resource {\n    id\n    title\n    viewerActions\n    creditLine\n    excludedProvinceCodes\n    noResyndication\n    package {\n      headline\n      byline\n      html\n      text\n      attribution\n    }\n  }\n": typeof types.RepublishPanel_ResourceFragmentDoc,
    "\n  fragment RequestMove_request on ResourceRequest {\n    id\n    state\n    viewerActions\n    version\n    updatedAt\n    decidedAt\n    declineReason\n    fulfilledAt\n    fulfillmentNote\n    cancelledAt\n    decidedBy {\n      id\n      displayName\n    }\n    resource {\n      id\n      capacityLeft\n      viewerActions\n    }\n  }\n": typeof types.RequestMove_RequestFragmentDoc,
    "\n  mutation ApproveResourceRequest($id: ID!) {\n    approveResourceRequest(id: $id) {\n      id\n      ...RequestMove_request\n    }\n  }\n": typeof types.ApproveResourceRequestDocument,
    "\n  mutation DeclineResourceRequest($id: ID!, $reason: String!) {\n    declineResourceRequest(id: $id, reason: $reason) {\n      id\n      ...RequestMove_request\n    }\n  }\n": typeof types.DeclineResourceRequestDocument,
    "\n  mutation FulfillResourceRequest($id: ID!, $note: String) {\n    fulfillResourceRequest(id: $id, note: $note) {\n      id\n      ...RequestMove_request\n    }\n  }\n": typeof types.FulfillResourceRequestDocument,
    "\n  mutation CancelResourceRequest($id: ID!) {\n    cancelResourceRequest(id: $id) {\n      id\n      ...RequestMove_request\n    }\n  }\n": typeof types.CancelResourceRequestDocument,
    "\n  fragment RequestItem_request on ResourceRequest {\n    id\n    state\n    note\n    neededOn\n    createdAt\n    decidedAt\n    declineReason\n    fulfilledAt\n    fulfillmentNote\n    cancelledAt\n    viewerActions\n    resource {\n      id\n      title\n      area\n    }\n    owner {\n      id\n      nameZh\n      nameEn\n    }\n    requester {\n      id\n      nameZh\n      nameEn\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.RequestItem_RequestFragmentDoc,
    "\n  fragment RequestResourceButton_resource on Resource {\n    id\n    title\n    area\n    headlineOnly\n    capacityPerPeriod\n    capacityPeriod\n    capacityLeft\n    viewerActions\n    owner {\n      id\n      nameZh\n      nameEn\n    }\n    viewerRequest {\n      id\n      state\n      viewerActions\n    }\n  }\n": typeof types.RequestResourceButton_ResourceFragmentDoc,
    "\n  mutation RequestResource($resourceId: ID!, $note: String!, $neededOn: String) {\n    requestResource(resourceId: $resourceId, note: $note, neededOn: $neededOn) {\n      id\n      state\n      viewerActions\n      resource {\n        id\n        capacityLeft\n        viewerActions\n        viewerRequest {\n          id\n          state\n          viewerActions\n        }\n      }\n    }\n  }\n": typeof types.RequestResourceDocument,
    "\n  fragment ResourceCard_resource on Resource {\n    id\n    area\n    title\n    description\n    terms\n    availability\n    contact\n    status\n    ...CapacityText_resource\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n  }\n": typeof types.ResourceCard_ResourceFragmentDoc,
    "\n  fragment ResourceDetails_resource on Resource {\n    id\n    area\n    description\n    terms\n    availability\n    contact\n    themes\n    provinceCodes\n    cities\n    embargoState\n    embargoUntil\n    contentVisible\n    headlineOnly\n    body\n    byline\n    originalUrl\n    media {\n      url\n      kind\n      credit\n      caption\n    }\n    sourceTopic {\n      id\n      title\n    }\n    ...CapacityText_resource\n  }\n": typeof types.ResourceDetails_ResourceFragmentDoc,
    "\n  fragment ResourceHeader_resource on Resource {\n    id\n    area\n    status\n    source\n    title\n    embargoState\n    embargoUntil\n    headlineOnly\n    viewerActions\n    createdAt\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    createdBy {\n      id\n      displayName\n    }\n    ...RequestResourceButton_resource\n  }\n": typeof types.ResourceHeader_ResourceFragmentDoc,
    "\n  mutation WithdrawResource($id: ID!) {\n    withdrawResource(id: $id) {\n      id\n      status\n      version\n      viewerActions\n    }\n  }\n": typeof types.WithdrawResourceDocument,
    "\n  query MyFollows {\n    myFollows {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n": typeof types.MyFollowsDocument,
    "\n  mutation FollowMember($memberId: ID!) {\n    followMember(memberId: $memberId) {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n": typeof types.FollowMemberDocument,
    "\n  mutation FollowKeyword($keyword: String!) {\n    followKeyword(keyword: $keyword) {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n": typeof types.FollowKeywordDocument,
    "\n  mutation Unfollow($id: ID!) {\n    unfollow(id: $id)\n  }\n": typeof types.UnfollowDocument,
    "\n  query ResourceRequestCounts {\n    resourceRequestCounts {\n      incomingPending\n      incomingApproved\n      outgoingOpen\n    }\n    me {\n      id\n      decidesResourceRequests\n    }\n  }\n": typeof types.ResourceRequestCountsDocument,
    "\n  query ExchangePage($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...ResourceCard_resource\n      }\n    }\n  }\n": typeof types.ExchangePageDocument,
    "\n  query LibraryPage($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...LibraryItem_resource\n      }\n    }\n  }\n": typeof types.LibraryPageDocument,
    "\n  query ResourceRequests($filter: ResourceRequestFilter!, $first: Int, $after: String) {\n    resourceRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RequestItem_request\n      }\n    }\n  }\n": typeof types.ResourceRequestsDocument,
    "\n  query ResourceEditor($id: ID!) {\n    resource(id: $id) {\n      id\n      version\n      updatedAt\n      viewerActions\n      area\n      title\n      description\n      terms\n      availability\n      contact\n      capacityPerPeriod\n      capacityPeriod\n      themes\n      provinceCodes\n      cities\n      body\n      byline\n      originalUrl\n      media {\n        url\n        kind\n        credit\n        caption\n      }\n      creditLine\n      excludedProvinceCodes\n      noResyndication\n      embargoUntil\n    }\n  }\n": typeof types.ResourceEditorDocument,
    "\n  mutation UpdateResource($id: ID!, $version: Int!, $input: ResourceInput!) {\n    updateResource(id: $id, version: $version, input: $input) {\n      id\n      ...ResourcePage_resource\n    }\n  }\n": typeof types.UpdateResourceDocument,
    "\n  mutation ShareResource($input: ResourceInput!) {\n    shareResource(input: $input) {\n      id\n      area\n      title\n      version\n    }\n  }\n": typeof types.ShareResourceDocument,
    "\n  fragment ResourcePage_resource on Resource {\n    id\n    area\n    status\n    version\n    updatedAt\n    ...ResourceHeader_resource\n    ...ResourceDetails_resource\n    ...RepublishPanel_resource\n    ...RepublicationTable_resource\n  }\n": typeof types.ResourcePage_ResourceFragmentDoc,
    "\n  query ResourcePage($id: ID!) {\n    resource(id: $id) {\n      id\n      ...ResourcePage_resource\n    }\n  }\n": typeof types.ResourcePageDocument,
    "\n  subscription ResourceChanged($resourceId: ID!) {\n    resourceChanged(resourceId: $resourceId) {\n      kind\n      resourceId\n      resource {\n        id\n        ...ResourcePage_resource\n      }\n    }\n  }\n": typeof types.ResourceChangedDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateDisplayName($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      id\n      displayName\n    }\n  }\n": typeof types.UpdateDisplayNameDocument,
    "\n  fragment CoSponsorList_topic on Topic {\n    id\n    proposer {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    coSponsors {\n      status\n      invitedAt\n      joinedAt\n      member {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n      }\n    }\n  }\n": typeof types.CoSponsorList_TopicFragmentDoc,
    "\n  query TopicComments($id: ID!, $first: Int, $after: String) {\n    topic(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n            member {\n              id\n              nameZh\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TopicCommentsDocument,
    "\n  mutation AddComment($topicId: ID!, $body: String!) {\n    addComment(topicId: $topicId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation InviteCoSponsors($topicId: ID!, $memberIds: [ID!]!) {\n    inviteCoSponsors(topicId: $topicId, memberIds: $memberIds) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": typeof types.InviteCoSponsorsDocument,
    "\n  fragment TopicActions_topic on Topic {\n    id\n    title\n    state\n    viewerActions\n    proposer {\n      id\n    }\n    coSponsors {\n      member {\n        id\n      }\n    }\n  }\n": typeof types.TopicActions_TopicFragmentDoc,
    "\n  fragment TopicAfterAction_topic on Topic {\n    id\n    state\n    version\n    updatedAt\n    viewerActions\n    rejectionReason\n    cancelReason\n    coSponsors {\n      status\n      invitedAt\n      joinedAt\n      member {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n      }\n    }\n  }\n": typeof types.TopicAfterAction_TopicFragmentDoc,
    "\n  mutation ProposeTopic($id: ID!) {\n    proposeTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": typeof types.ProposeTopicDocument,
    "\n  mutation ApproveTopic($id: ID!) {\n    approveTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": typeof types.ApproveTopicDocument,
    "\n  mutation RejectTopic($id: ID!, $reason: String!) {\n    rejectTopic(id: $id, reason: $reason) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": typeof types.RejectTopicDocument,
    "\n  mutation StartTopic($id: ID!) {\n    startTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": typeof types.StartTopicDocument,
    "\n  mutation CompleteTopic($id: ID!) {\n    completeTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": typeof types.CompleteTopicDocument,
    "\n  mutation CancelTopic($id: ID!, $reason: String!) {\n    cancelTopic(id: $id, reason: $reason) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": typeof types.CancelTopicDocument,
    "\n  mutation JoinTopic($id: ID!) {\n    joinTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": typeof types.JoinTopicDocument,
    "\n  fragment TopicCard_topic on Topic {\n    id\n    title\n    state\n    themes\n    windowStart\n    windowEnd\n    proposer {\n      id\n      nameZh\n      nameEn\n    }\n    coSponsors {\n      status\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    ...TopicProgress_topic\n  }\n": typeof types.TopicCard_TopicFragmentDoc,
    "\n  fragment TopicDetails_topic on Topic {\n    id\n    brief\n    themes\n    cities\n    windowStart\n    windowEnd\n    targetChannels\n    createdAt\n    updatedAt\n    version\n    provinces {\n      code\n      nameZh\n      nameEn\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.TopicDetails_TopicFragmentDoc,
    "\n  fragment TopicHeader_topic on Topic {\n    id\n    title\n    state\n    rejectionReason\n    cancelReason\n    proposer {\n      id\n      nameZh\n      nameEn\n    }\n    ...TopicActions_topic\n  }\n": typeof types.TopicHeader_TopicFragmentDoc,
    "\n  fragment TopicProgress_topic on Topic {\n    progress {\n      assignments\n      slots\n      claimed\n      submitted\n      accepted\n    }\n  }\n": typeof types.TopicProgress_TopicFragmentDoc,
    "\n  fragment TopicReach_topic on Topic {\n    id\n    reach {\n      publications\n      members\n      views\n      shares\n      likes\n    }\n    ...TopicProgress_topic\n  }\n": typeof types.TopicReach_TopicFragmentDoc,
    "\n  query CoverageProvinces {\n    provinces {\n      code\n      nameZh\n      nameEn\n      riverOrder\n    }\n  }\n": typeof types.CoverageProvincesDocument,
    "\n  query TopicEditor($id: ID!) {\n    topic(id: $id) {\n      id\n      version\n      state\n      viewerActions\n      updatedAt\n      title\n      brief\n      themes\n      provinces {\n        code\n      }\n      cities\n      windowStart\n      windowEnd\n      targetChannels\n    }\n  }\n": typeof types.TopicEditorDocument,
    "\n  mutation UpdateTopic($id: ID!, $version: Int!, $input: TopicInput!) {\n    updateTopic(id: $id, version: $version, input: $input) {\n      id\n      version\n      updatedAt\n      title\n      brief\n      themes\n      provinces {\n        code\n        nameZh\n        nameEn\n      }\n      cities\n      windowStart\n      windowEnd\n      targetChannels\n    }\n  }\n": typeof types.UpdateTopicDocument,
    "\n  mutation CreateTopic($input: TopicInput!) {\n    createTopic(input: $input) {\n      id\n      title\n      state\n      version\n    }\n  }\n": typeof types.CreateTopicDocument,
    "\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id\n      state\n      viewerActions\n      ...TopicHeader_topic\n      ...TopicDetails_topic\n      ...CoSponsorList_topic\n      ...TopicReach_topic\n      assignments {\n        id\n        ...AssignmentBoard_assignment\n      }\n    }\n  }\n": typeof types.TopicPageDocument,
    "\n  subscription TopicChanged($topicId: ID!) {\n    topicChanged(topicId: $topicId) {\n      topicId\n      kind\n    }\n  }\n": typeof types.TopicChangedDocument,
    "\n  query TopicBoard($filter: TopicFilter, $first: Int, $after: String) {\n    topics(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...TopicCard_topic\n      }\n    }\n  }\n": typeof types.TopicBoardDocument,
};
const documents: Documents = {
    "\n  fragment Viewer_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    member {\n      id\n      nameZh\n      nameEn\n      allianceRole\n    }\n  }\n": types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation UpdateLocale($locale: String!) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.UpdateLocaleDocument,
    "\n  fragment AssignmentBoard_assignment on Assignment {\n    id\n    status\n    slots\n    openSlots\n    dueAt\n    claims {\n      id\n      state\n    }\n    ...AssignmentCard_assignment\n  }\n": types.AssignmentBoard_AssignmentFragmentDoc,
    "\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    title\n    brief\n    format\n    dueAt\n    slots\n    openSlots\n    status\n    version\n    viewerActions\n    location {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    myClaim {\n      id\n      state\n    }\n    claims {\n      id\n      state\n    }\n  }\n": types.AssignmentCard_AssignmentFragmentDoc,
    "\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      status\n      openSlots\n      version\n      viewerActions\n    }\n  }\n": types.CancelAssignmentDocument,
    "\n  query AssignmentClaims($id: ID!) {\n    assignment(id: $id) {\n      id\n      claims {\n        id\n        ...ClaimItem_claim\n      }\n    }\n  }\n": types.AssignmentClaimsDocument,
    "\n  mutation CreateAssignment($input: AssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": types.CreateAssignmentDocument,
    "\n  mutation UpdateAssignment($id: ID!, $version: Int!, $input: AssignmentUpdateInput!) {\n    updateAssignment(id: $id, version: $version, input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": types.UpdateAssignmentDocument,
    "\n  fragment OpenAssignmentItem_assignment on Assignment {\n    id\n    title\n    brief\n    format\n    dueAt\n    slots\n    openSlots\n    distanceKm\n    viewerCanClaim\n    myClaim {\n      id\n      state\n    }\n    location {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n    }\n    topic {\n      id\n      title\n    }\n  }\n": types.OpenAssignmentItem_AssignmentFragmentDoc,
    "\n  query OpenAssignments($filter: OpenAssignmentFilter, $first: Int, $after: String) {\n    openAssignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...OpenAssignmentItem_assignment\n      }\n    }\n  }\n": types.OpenAssignmentsDocument,
    "\n  subscription OpenAssignmentsChanged {\n    openAssignmentsChanged {\n      id\n      openSlots\n      viewerCanClaim\n      myClaim {\n        id\n        state\n      }\n    }\n  }\n": types.OpenAssignmentsChangedDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      ...Viewer_user\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment CalendarEntryChip_entry on CalendarEntry {\n    kind\n    start\n    end\n    title\n    eventId\n    topic {\n      id\n      title\n      state\n    }\n    assignment {\n      id\n      format\n    }\n  }\n": types.CalendarEntryChip_EntryFragmentDoc,
    "\n  query IcsFeed {\n    me {\n      id\n      hasIcsFeed\n    }\n  }\n": types.IcsFeedDocument,
    "\n  mutation CreateIcsFeed {\n    createIcsFeed\n  }\n": types.CreateIcsFeedDocument,
    "\n  mutation RevokeIcsFeed {\n    revokeIcsFeed\n  }\n": types.RevokeIcsFeedDocument,
    "\n  query Calendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(from: $from, to: $to) {\n      kind\n      start\n      end\n      ...CalendarEntryChip_entry\n    }\n  }\n": types.CalendarDocument,
    "\n  mutation ClaimAssignment($assignmentId: ID!) {\n    claimAssignment(assignmentId: $assignmentId) {\n      id\n      state\n      claimedAt\n      assignment {\n        id\n        openSlots\n        viewerCanClaim\n        viewerActions\n        myClaim {\n          id\n          state\n        }\n      }\n    }\n  }\n": types.ClaimAssignmentDocument,
    "\n  fragment ClaimItem_claim on Claim {\n    id\n    state\n    submissionText\n    submissionLinks\n    reviewComment\n    claimedAt\n    submittedAt\n    decidedAt\n    viewerActions\n    reporter {\n      id\n      displayName\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    publications {\n      id\n      ...PublicationList_publication\n    }\n  }\n": types.ClaimItem_ClaimFragmentDoc,
    "\n  mutation CancelClaim($claimId: ID!) {\n    cancelClaim(claimId: $claimId) {\n      id\n      state\n      version\n      viewerActions\n    }\n  }\n": types.CancelClaimDocument,
    "\n  fragment MyClaimCard_claim on Claim {\n    id\n    state\n    submissionText\n    submissionLinks\n    reviewComment\n    claimedAt\n    submittedAt\n    decidedAt\n    viewerActions\n    assignment {\n      id\n      title\n      format\n      dueAt\n      location {\n        id\n        cityZh\n        cityEn\n      }\n      topic {\n        id\n        title\n      }\n    }\n    publications {\n      id\n      ...PublicationList_publication\n    }\n  }\n": types.MyClaimCard_ClaimFragmentDoc,
    "\n  mutation ReleaseClaim($claimId: ID!) {\n    releaseClaim(claimId: $claimId) {\n      id\n      state\n      version\n      viewerActions\n      assignment {\n        id\n        openSlots\n        viewerCanClaim\n        viewerActions\n        myClaim {\n          id\n        }\n      }\n    }\n  }\n": types.ReleaseClaimDocument,
    "\n  fragment PublicationList_publication on Publication {\n    id\n    channel\n    url\n    publishedAt\n    views\n    shares\n    likes\n    viewerActions\n    member {\n      id\n      nameZh\n      nameEn\n    }\n  }\n": types.PublicationList_PublicationFragmentDoc,
    "\n  mutation WithdrawPublication($id: ID!) {\n    withdrawPublication(id: $id) {\n      id\n      publications {\n        id\n        ...PublicationList_publication\n      }\n    }\n  }\n": types.WithdrawPublicationDocument,
    "\n  mutation RecordPublication($input: PublicationInput!) {\n    recordPublication(input: $input) {\n      id\n      ...PublicationList_publication\n    }\n  }\n": types.RecordPublicationDocument,
    "\n  mutation UpdatePublication($id: ID!, $input: PublicationFieldsInput!) {\n    updatePublication(id: $id, input: $input) {\n      id\n      ...PublicationList_publication\n    }\n  }\n": types.UpdatePublicationDocument,
    "\n  mutation AcceptSubmission($claimId: ID!) {\n    acceptSubmission(claimId: $claimId) {\n      id\n      state\n      decidedAt\n      reviewComment\n      version\n      viewerActions\n    }\n  }\n": types.AcceptSubmissionDocument,
    "\n  mutation RequestChanges($claimId: ID!, $comment: String!) {\n    requestChanges(claimId: $claimId, comment: $comment) {\n      id\n      state\n      decidedAt\n      reviewComment\n      version\n      viewerActions\n    }\n  }\n": types.RequestChangesDocument,
    "\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        submissionText\n        submissionLinks\n        submittedAt\n        viewerActions\n        reporter {\n          id\n          displayName\n          member {\n            id\n            nameZh\n            nameEn\n          }\n        }\n        assignment {\n          id\n          title\n          format\n          dueAt\n          topic {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query ReviewCount {\n    reviewQueue(first: 1) {\n      totalCount\n    }\n  }\n": types.ReviewCountDocument,
    "\n  mutation SubmitClaim($claimId: ID!, $input: SubmissionInput!) {\n    submitClaim(claimId: $claimId, input: $input) {\n      id\n      state\n      submissionText\n      submissionLinks\n      submittedAt\n      reviewComment\n      version\n    }\n  }\n": types.SubmitClaimDocument,
    "\n  query MyWork($first: Int, $after: String) {\n    myClaims(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        assignment {\n          id\n          dueAt\n        }\n        ...MyClaimCard_claim\n      }\n    }\n  }\n": types.MyWorkDocument,
    "\n  fragment AllianceByProvince_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n": types.AllianceByProvince_ProvinceFragmentDoc,
    "\n  query ChiefEditorHome($memberId: ID!, $first: Int!) {\n    member(id: $memberId) {\n      id\n      nameZh\n      nameEn\n      allianceRole\n      ...MemberCard_member\n    }\n    memberAccounts(memberId: $memberId, first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        role\n        active\n        lastSignInAt\n      }\n    }\n  }\n": types.ChiefEditorHomeDocument,
    "\n  fragment MemberCard_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    outletKind\n    allianceRole\n    status\n    joinedOn\n    staffCounts {\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": types.MemberCard_MemberFragmentDoc,
    "\n  query EditorNeeds {\n    reviewQueue(first: 5) {\n      totalCount\n      nodes {\n        id\n        submittedAt\n        reporter {\n          id\n          displayName\n        }\n        assignment {\n          id\n          title\n          topic {\n            id\n          }\n        }\n      }\n    }\n    topics(filter: { states: [DRAFT], mine: true }, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        updatedAt\n      }\n    }\n  }\n": types.EditorNeedsDocument,
    "\n  query ReporterNeeds {\n    myClaims(states: [CLAIMED, CHANGES_REQUESTED], first: 5) {\n      totalCount\n      nodes {\n        id\n        state\n        assignment {\n          id\n          title\n          dueAt\n        }\n      }\n    }\n    openAssignments(first: 3) {\n      totalCount\n      nodes {\n        id\n        title\n        dueAt\n        distanceKm\n        openSlots\n        location {\n          id\n          cityZh\n          cityEn\n        }\n      }\n    }\n  }\n": types.ReporterNeedsDocument,
    "\n  query RequestNeeds {\n    resourceRequests(filter: { direction: INCOMING, states: [PENDING, APPROVED] }, first: 5) {\n      totalCount\n      nodes {\n        id\n        state\n        createdAt\n        resource {\n          id\n          title\n        }\n        requester {\n          id\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n": types.RequestNeedsDocument,
    "\n  query SecretariatNeeds {\n    topics(filter: { states: [PROPOSED] }, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        updatedAt\n        proposer {\n          id\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n": types.SecretariatNeedsDocument,
    "\n  query SecretariatHome($first: Int!, $after: String) {\n    provinces {\n      code\n      memberCount\n      ...AllianceByProvince_province\n    }\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        allianceRole\n        status\n        joinedOn\n        staffCounts {\n          chiefEditors\n        }\n      }\n    }\n  }\n": types.SecretariatHomeDocument,
    "\n  query StaffHome($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      staffCounts {\n        total\n      }\n      ...MemberCard_member\n    }\n    provinces {\n      code\n      ...AllianceByProvince_province\n    }\n  }\n": types.StaffHomeDocument,
    "\n  mutation WithdrawInnovationProject($id: ID!) {\n    withdrawInnovationProject(id: $id) {\n      id\n      status\n      version\n      viewerActions\n    }\n  }\n": types.WithdrawInnovationProjectDocument,
    "\n  query InnovationPanelMembers {\n    members(first: 100) {\n      nodes {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n": types.InnovationPanelMembersDocument,
    "\n  query InnovationPanelAccounts($memberId: ID!) {\n    memberAccounts(memberId: $memberId, first: 100) {\n      nodes {\n        id\n        displayName\n        role\n        active\n      }\n    }\n  }\n": types.InnovationPanelAccountsDocument,
    "\n  mutation SetInnovationPanel($roundId: ID!, $userIds: [ID!]!) {\n    setInnovationPanel(roundId: $roundId, userIds: $userIds) {\n      id\n      version\n      panel {\n        id\n        displayName\n      }\n    }\n  }\n": types.SetInnovationPanelDocument,
    "\n  query PresentableEvents {\n    events(filter: { when: ALL }, first: 50) {\n      nodes {\n        id\n        title\n        startsOn\n        status\n      }\n    }\n  }\n": types.PresentableEventsDocument,
    "\n  mutation PresentInnovationRound($roundId: ID!, $eventId: ID) {\n    presentInnovationRound(roundId: $roundId, eventId: $eventId) {\n      id\n      version\n      presentedAt {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n": types.PresentInnovationRoundDocument,
    "\n  fragment InnovationProjectCard_project on InnovationProject {\n    id\n    title\n    category\n    award\n    summary\n    results\n    links\n    member {\n      id\n      nameZh\n      nameEn\n    }\n  }\n": types.InnovationProjectCard_ProjectFragmentDoc,
    "\n  fragment InnovationProjectDetails_project on InnovationProject {\n    id\n    title\n    category\n    status\n    award\n    summary\n    results\n    links\n    media {\n      url\n      credit\n    }\n    member {\n      id\n      nameZh\n      nameEn\n    }\n    submittedBy {\n      id\n      displayName\n    }\n  }\n": types.InnovationProjectDetails_ProjectFragmentDoc,
    "\n  query InnovationProject($id: ID!) {\n    innovationProject(id: $id) {\n      id\n      title\n      averageScore\n      rank\n      round {\n        id\n        criteria {\n          index\n          name\n          maxScore\n        }\n      }\n      viewerScore {\n        scores\n        total\n        comment\n      }\n      scores {\n        scores\n        total\n        comment\n        panellist {\n          id\n          displayName\n        }\n      }\n      ...InnovationProjectDetails_project\n    }\n  }\n": types.InnovationProjectDocument,
    "\n  mutation SubmitInnovationProject($input: NewInnovationProjectInput!) {\n    submitInnovationProject(input: $input) {\n      id\n      version\n      viewerActions\n      ...InnovationProjectDetails_project\n    }\n  }\n": types.SubmitInnovationProjectDocument,
    "\n  mutation UpdateInnovationProject($id: ID!, $version: Int!, $input: InnovationProjectFieldsInput!) {\n    updateInnovationProject(id: $id, version: $version, input: $input) {\n      id\n      version\n      viewerActions\n      ...InnovationProjectDetails_project\n    }\n  }\n": types.UpdateInnovationProjectDocument,
    "\n  mutation OpenInnovationRound($input: NewInnovationRoundInput!) {\n    openInnovationRound(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.OpenInnovationRoundDocument,
    "\n  mutation ScoreInnovationProject($projectId: ID!, $scores: [InnovationCriterionScoreInput!]!, $comment: String) {\n    scoreInnovationProject(projectId: $projectId, scores: $scores, comment: $comment) {\n      id\n      viewerScore {\n        scores\n        total\n        comment\n        updatedAt\n      }\n    }\n  }\n": types.ScoreInnovationProjectDocument,
    "\n  query InnovationRoundPage($id: ID!) {\n    innovationRound(id: $id) {\n      id\n      title\n      year\n      status\n      submissionsCloseAt\n      closedAt\n      publishedAt\n      version\n      viewerOnPanel\n      viewerActions\n      maxTotal\n      presentedAt {\n        id\n        title\n        startsOn\n      }\n      criteria {\n        index\n        name\n        description\n        maxScore\n      }\n      panel {\n        id\n        displayName\n      }\n      counts {\n        submitted\n        top\n        excellent\n      }\n      scoringProgress {\n        scored\n        total\n        panellist {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.InnovationRoundPageDocument,
    "\n  query InnovationRoundPageProjects($roundId: ID!, $after: String) {\n    innovationProjects(roundId: $roundId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        category\n        status\n        award\n        averageScore\n        rank\n        version\n        summary\n        results\n        links\n        media {\n          url\n          credit\n        }\n        viewerActions\n        member {\n          id\n          nameZh\n          nameEn\n        }\n        viewerScore {\n          scores\n          total\n          comment\n        }\n        scores {\n          total\n        }\n      }\n    }\n  }\n": types.InnovationRoundPageProjectsDocument,
    "\n  mutation MoveInnovationRound($id: ID!, $to: InnovationRoundStatus!) {\n    moveInnovationRound(id: $id, to: $to) {\n      id\n      status\n      version\n      viewerActions\n      closedAt\n      publishedAt\n    }\n  }\n": types.MoveInnovationRoundDocument,
    "\n  mutation SetInnovationAward($projectId: ID!, $award: InnovationAward) {\n    setInnovationAward(projectId: $projectId, award: $award) {\n      id\n      award\n      version\n    }\n  }\n": types.SetInnovationAwardDocument,
    "\n  query InnovationRounds {\n    innovationRounds(first: 50) {\n      nodes {\n        id\n        title\n        year\n        status\n        submissionsCloseAt\n        publishedAt\n        viewerActions\n        counts {\n          submitted\n          viewerMember\n          viewerMemberLeft\n          top\n          excellent\n        }\n      }\n    }\n  }\n": types.InnovationRoundsDocument,
    "\n  query RecommendedInnovationProjects($roundId: ID!) {\n    innovationProjects(roundId: $roundId, filter: { awards: [TOP, EXCELLENT] }, first: 100) {\n      totalCount\n      nodes {\n        id\n        award\n        ...InnovationProjectCard_project\n      }\n    }\n  }\n": types.RecommendedInnovationProjectsDocument,
    "\n  query MyInnovationProjects($roundId: ID!) {\n    innovationProjects(roundId: $roundId, filter: { mine: true }, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        summary\n        results\n        links\n        media {\n          url\n          credit\n        }\n        version\n        viewerActions\n      }\n    }\n  }\n": types.MyInnovationProjectsDocument,
    "\n  fragment AccountsTable_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    lastSignInAt\n    decidesResourceRequests\n  }\n": types.AccountsTable_UserFragmentDoc,
    "\n  query MemberAccounts($memberId: ID!, $first: Int, $after: String) {\n    memberAccounts(memberId: $memberId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...AccountsTable_user\n      }\n    }\n  }\n": types.MemberAccountsDocument,
    "\n  mutation SetAccountActive($userId: ID!, $active: Boolean!) {\n    setAccountActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetAccountActiveDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      ...AccountsTable_user\n    }\n  }\n": types.CreateAccountDocument,
    "\n  query AdmitMemberProvinces {\n    provinces {\n      code\n      nameZh\n      nameEn\n      riverOrder\n    }\n  }\n": types.AdmitMemberProvincesDocument,
    "\n  mutation AdmitMember($input: AdmitMemberInput!) {\n    admitMember(input: $input) {\n      id\n      nameZh\n      nameEn\n    }\n  }\n": types.AdmitMemberDocument,
    "\n  fragment MemberChannels_member on Member {\n    id\n    channels {\n      kind\n      name\n      url\n    }\n  }\n": types.MemberChannels_MemberFragmentDoc,
    "\n  fragment MemberListItem_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    status\n    outletKind\n    allianceRole\n    joinedOn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    channels {\n      kind\n      name\n    }\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": types.MemberListItem_MemberFragmentDoc,
    "\n  query MemberPicker($search: String, $provinceCode: String, $first: Int) {\n    members(search: $search, provinceCode: $provinceCode, first: $first) {\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        status\n        allianceRole\n      }\n    }\n  }\n": types.MemberPickerDocument,
    "\n  query DirectoryProvinces {\n    provinces {\n      code\n      ...ProvinceFilter_province\n    }\n  }\n": types.DirectoryProvincesDocument,
    "\n  query MembersDirectory($provinceCode: String, $search: String, $first: Int, $after: String) {\n    members(provinceCode: $provinceCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...MemberListItem_member\n      }\n    }\n  }\n": types.MembersDirectoryDocument,
    "\n  fragment ProvinceFilter_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n": types.ProvinceFilter_ProvinceFragmentDoc,
    "\n  mutation SetResourceRequestDelegate($userId: ID!, $delegated: Boolean!) {\n    setResourceRequestDelegate(userId: $userId, delegated: $delegated) {\n      id\n      decidesResourceRequests\n    }\n  }\n": types.SetResourceRequestDelegateDocument,
    "\n  fragment StaffCounts_member on Member {\n    id\n    allianceRole\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": types.StaffCounts_MemberFragmentDoc,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      slug\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n      outletKind\n      allianceRole\n      status\n      joinedOn\n      latitude\n      longitude\n      isDemo\n      ...MemberChannels_member\n      ...StaffCounts_member\n      ...ExchangeBalanceCard_member\n    }\n  }\n": types.MemberPageDocument,
    "\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n": types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    detail\n    actor {\n      id\n      displayName\n    }\n    topic {\n      id\n      title\n    }\n    assignment {\n      id\n      title\n      topic {\n        id\n      }\n    }\n    resource {\n      id\n      title\n    }\n    innovationRound {\n      id\n      title\n    }\n    # Everything a request's move changes, so a live notification updates the request on screen too.\n    resourceRequest {\n      id\n      ...RequestMove_request\n      resource {\n        id\n        title\n      }\n    }\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationsPage($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      unreadCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment CapacityText_resource on Resource {\n    capacityPerPeriod\n    capacityPeriod\n    capacityLeft\n  }\n": types.CapacityText_ResourceFragmentDoc,
    "\n  fragment ExchangeBalanceCard_member on Member {\n    id\n    exchangeBalance {\n      piecesOffered\n      resourcesOffered\n      republishedFromOthers\n      republishedByOthers\n      requestsFulfilledForOthers\n      requestsReceivedFulfilled\n    }\n  }\n": types.ExchangeBalanceCard_MemberFragmentDoc,
    "\n  fragment LibraryItem_resource on Resource {\n    id\n    title\n    description\n    themes\n    embargoState\n    embargoUntil\n    headlineOnly\n    status\n    createdAt\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    reach {\n      publications\n      views\n    }\n  }\n": types.LibraryItem_ResourceFragmentDoc,
    "\n  fragment MemberFeedFields_feed on MemberFeed {\n    id\n    url\n    title\n    active\n    themes\n    lastPolledAt\n    lastError\n    itemsIngested\n    nextPollAt\n    createdAt\n  }\n": types.MemberFeedFields_FeedFragmentDoc,
    "\n  query MemberFeeds($memberId: ID!) {\n    memberFeeds(memberId: $memberId) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n": types.MemberFeedsDocument,
    "\n  mutation AddMemberFeed($memberId: ID!, $input: MemberFeedInput!) {\n    addMemberFeed(memberId: $memberId, input: $input) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n": types.AddMemberFeedDocument,
    "\n  mutation UpdateMemberFeed($id: ID!, $input: MemberFeedInput!) {\n    updateMemberFeed(id: $id, input: $input) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n": types.UpdateMemberFeedDocument,
    "\n  mutation RemoveMemberFeed($id: ID!) {\n    removeMemberFeed(id: $id)\n  }\n": types.RemoveMemberFeedDocument,
    "\n  mutation PollMemberFeed($id: ID!) {\n    pollMemberFeed(id: $id) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n": types.PollMemberFeedDocument,
    "\n  mutation OfferClaimToLibrary($claimId: ID!) {\n    offerClaimToLibrary(claimId: $claimId) {\n      id\n      title\n    }\n  }\n": types.OfferClaimToLibraryDocument,
    "\n  query RepublicationChannels($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      channels {\n        kind\n        name\n      }\n    }\n  }\n": types.RepublicationChannelsDocument,
    "\n  mutation RecordRepublication($input: RepublicationInput!) {\n    recordRepublication(input: $input) {\n      id\n      resource {\n        id\n        ...RepublicationTable_resource\n      }\n    }\n  }\n": types.RecordRepublicationDocument,
    "\n  fragment RepublicationTable_resource on Resource {\n    id\n    reach {\n      publications\n      members\n      views\n      shares\n      likes\n    }\n    publications {\n      id\n      channel\n      url\n      publishedAt\n      views\n      shares\n      likes\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n": types.RepublicationTable_ResourceFragmentDoc,
    "\n  fragment RepublishPanel_resource on Resource {\n    id\n    title\n    viewerActions\n    creditLine\n    excludedProvinceCodes\n    noResyndication\n    package {\n      headline\n      byline\n      html\n      text\n      attribution\n    }\n  }\n": types.RepublishPanel_ResourceFragmentDoc,
    "\n  fragment RequestMove_request on ResourceRequest {\n    id\n    state\n    viewerActions\n    version\n    updatedAt\n    decidedAt\n    declineReason\n    fulfilledAt\n    fulfillmentNote\n    cancelledAt\n    decidedBy {\n      id\n      displayName\n    }\n    resource {\n      id\n      capacityLeft\n      viewerActions\n    }\n  }\n": types.RequestMove_RequestFragmentDoc,
    "\n  mutation ApproveResourceRequest($id: ID!) {\n    approveResourceRequest(id: $id) {\n      id\n      ...RequestMove_request\n    }\n  }\n": types.ApproveResourceRequestDocument,
    "\n  mutation DeclineResourceRequest($id: ID!, $reason: String!) {\n    declineResourceRequest(id: $id, reason: $reason) {\n      id\n      ...RequestMove_request\n    }\n  }\n": types.DeclineResourceRequestDocument,
    "\n  mutation FulfillResourceRequest($id: ID!, $note: String) {\n    fulfillResourceRequest(id: $id, note: $note) {\n      id\n      ...RequestMove_request\n    }\n  }\n": types.FulfillResourceRequestDocument,
    "\n  mutation CancelResourceRequest($id: ID!) {\n    cancelResourceRequest(id: $id) {\n      id\n      ...RequestMove_request\n    }\n  }\n": types.CancelResourceRequestDocument,
    "\n  fragment RequestItem_request on ResourceRequest {\n    id\n    state\n    note\n    neededOn\n    createdAt\n    decidedAt\n    declineReason\n    fulfilledAt\n    fulfillmentNote\n    cancelledAt\n    viewerActions\n    resource {\n      id\n      title\n      area\n    }\n    owner {\n      id\n      nameZh\n      nameEn\n    }\n    requester {\n      id\n      nameZh\n      nameEn\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n  }\n": types.RequestItem_RequestFragmentDoc,
    "\n  fragment RequestResourceButton_resource on Resource {\n    id\n    title\n    area\n    headlineOnly\n    capacityPerPeriod\n    capacityPeriod\n    capacityLeft\n    viewerActions\n    owner {\n      id\n      nameZh\n      nameEn\n    }\n    viewerRequest {\n      id\n      state\n      viewerActions\n    }\n  }\n": types.RequestResourceButton_ResourceFragmentDoc,
    "\n  mutation RequestResource($resourceId: ID!, $note: String!, $neededOn: String) {\n    requestResource(resourceId: $resourceId, note: $note, neededOn: $neededOn) {\n      id\n      state\n      viewerActions\n      resource {\n        id\n        capacityLeft\n        viewerActions\n        viewerRequest {\n          id\n          state\n          viewerActions\n        }\n      }\n    }\n  }\n": types.RequestResourceDocument,
    "\n  fragment ResourceCard_resource on Resource {\n    id\n    area\n    title\n    description\n    terms\n    availability\n    contact\n    status\n    ...CapacityText_resource\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n  }\n": types.ResourceCard_ResourceFragmentDoc,
    "\n  fragment ResourceDetails_resource on Resource {\n    id\n    area\n    description\n    terms\n    availability\n    contact\n    themes\n    provinceCodes\n    cities\n    embargoState\n    embargoUntil\n    contentVisible\n    headlineOnly\n    body\n    byline\n    originalUrl\n    media {\n      url\n      kind\n      credit\n      caption\n    }\n    sourceTopic {\n      id\n      title\n    }\n    ...CapacityText_resource\n  }\n": types.ResourceDetails_ResourceFragmentDoc,
    "\n  fragment ResourceHeader_resource on Resource {\n    id\n    area\n    status\n    source\n    title\n    embargoState\n    embargoUntil\n    headlineOnly\n    viewerActions\n    createdAt\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    createdBy {\n      id\n      displayName\n    }\n    ...RequestResourceButton_resource\n  }\n": types.ResourceHeader_ResourceFragmentDoc,
    "\n  mutation WithdrawResource($id: ID!) {\n    withdrawResource(id: $id) {\n      id\n      status\n      version\n      viewerActions\n    }\n  }\n": types.WithdrawResourceDocument,
    "\n  query MyFollows {\n    myFollows {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n": types.MyFollowsDocument,
    "\n  mutation FollowMember($memberId: ID!) {\n    followMember(memberId: $memberId) {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n": types.FollowMemberDocument,
    "\n  mutation FollowKeyword($keyword: String!) {\n    followKeyword(keyword: $keyword) {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n": types.FollowKeywordDocument,
    "\n  mutation Unfollow($id: ID!) {\n    unfollow(id: $id)\n  }\n": types.UnfollowDocument,
    "\n  query ResourceRequestCounts {\n    resourceRequestCounts {\n      incomingPending\n      incomingApproved\n      outgoingOpen\n    }\n    me {\n      id\n      decidesResourceRequests\n    }\n  }\n": types.ResourceRequestCountsDocument,
    "\n  query ExchangePage($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...ResourceCard_resource\n      }\n    }\n  }\n": types.ExchangePageDocument,
    "\n  query LibraryPage($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...LibraryItem_resource\n      }\n    }\n  }\n": types.LibraryPageDocument,
    "\n  query ResourceRequests($filter: ResourceRequestFilter!, $first: Int, $after: String) {\n    resourceRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RequestItem_request\n      }\n    }\n  }\n": types.ResourceRequestsDocument,
    "\n  query ResourceEditor($id: ID!) {\n    resource(id: $id) {\n      id\n      version\n      updatedAt\n      viewerActions\n      area\n      title\n      description\n      terms\n      availability\n      contact\n      capacityPerPeriod\n      capacityPeriod\n      themes\n      provinceCodes\n      cities\n      body\n      byline\n      originalUrl\n      media {\n        url\n        kind\n        credit\n        caption\n      }\n      creditLine\n      excludedProvinceCodes\n      noResyndication\n      embargoUntil\n    }\n  }\n": types.ResourceEditorDocument,
    "\n  mutation UpdateResource($id: ID!, $version: Int!, $input: ResourceInput!) {\n    updateResource(id: $id, version: $version, input: $input) {\n      id\n      ...ResourcePage_resource\n    }\n  }\n": types.UpdateResourceDocument,
    "\n  mutation ShareResource($input: ResourceInput!) {\n    shareResource(input: $input) {\n      id\n      area\n      title\n      version\n    }\n  }\n": types.ShareResourceDocument,
    "\n  fragment ResourcePage_resource on Resource {\n    id\n    area\n    status\n    version\n    updatedAt\n    ...ResourceHeader_resource\n    ...ResourceDetails_resource\n    ...RepublishPanel_resource\n    ...RepublicationTable_resource\n  }\n": types.ResourcePage_ResourceFragmentDoc,
    "\n  query ResourcePage($id: ID!) {\n    resource(id: $id) {\n      id\n      ...ResourcePage_resource\n    }\n  }\n": types.ResourcePageDocument,
    "\n  subscription ResourceChanged($resourceId: ID!) {\n    resourceChanged(resourceId: $resourceId) {\n      kind\n      resourceId\n      resource {\n        id\n        ...ResourcePage_resource\n      }\n    }\n  }\n": types.ResourceChangedDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateDisplayName($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      id\n      displayName\n    }\n  }\n": types.UpdateDisplayNameDocument,
    "\n  fragment CoSponsorList_topic on Topic {\n    id\n    proposer {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    coSponsors {\n      status\n      invitedAt\n      joinedAt\n      member {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n      }\n    }\n  }\n": types.CoSponsorList_TopicFragmentDoc,
    "\n  query TopicComments($id: ID!, $first: Int, $after: String) {\n    topic(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n            member {\n              id\n              nameZh\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TopicCommentsDocument,
    "\n  mutation AddComment($topicId: ID!, $body: String!) {\n    addComment(topicId: $topicId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation InviteCoSponsors($topicId: ID!, $memberIds: [ID!]!) {\n    inviteCoSponsors(topicId: $topicId, memberIds: $memberIds) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": types.InviteCoSponsorsDocument,
    "\n  fragment TopicActions_topic on Topic {\n    id\n    title\n    state\n    viewerActions\n    proposer {\n      id\n    }\n    coSponsors {\n      member {\n        id\n      }\n    }\n  }\n": types.TopicActions_TopicFragmentDoc,
    "\n  fragment TopicAfterAction_topic on Topic {\n    id\n    state\n    version\n    updatedAt\n    viewerActions\n    rejectionReason\n    cancelReason\n    coSponsors {\n      status\n      invitedAt\n      joinedAt\n      member {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n      }\n    }\n  }\n": types.TopicAfterAction_TopicFragmentDoc,
    "\n  mutation ProposeTopic($id: ID!) {\n    proposeTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": types.ProposeTopicDocument,
    "\n  mutation ApproveTopic($id: ID!) {\n    approveTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": types.ApproveTopicDocument,
    "\n  mutation RejectTopic($id: ID!, $reason: String!) {\n    rejectTopic(id: $id, reason: $reason) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": types.RejectTopicDocument,
    "\n  mutation StartTopic($id: ID!) {\n    startTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": types.StartTopicDocument,
    "\n  mutation CompleteTopic($id: ID!) {\n    completeTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": types.CompleteTopicDocument,
    "\n  mutation CancelTopic($id: ID!, $reason: String!) {\n    cancelTopic(id: $id, reason: $reason) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": types.CancelTopicDocument,
    "\n  mutation JoinTopic($id: ID!) {\n    joinTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n": types.JoinTopicDocument,
    "\n  fragment TopicCard_topic on Topic {\n    id\n    title\n    state\n    themes\n    windowStart\n    windowEnd\n    proposer {\n      id\n      nameZh\n      nameEn\n    }\n    coSponsors {\n      status\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    ...TopicProgress_topic\n  }\n": types.TopicCard_TopicFragmentDoc,
    "\n  fragment TopicDetails_topic on Topic {\n    id\n    brief\n    themes\n    cities\n    windowStart\n    windowEnd\n    targetChannels\n    createdAt\n    updatedAt\n    version\n    provinces {\n      code\n      nameZh\n      nameEn\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.TopicDetails_TopicFragmentDoc,
    "\n  fragment TopicHeader_topic on Topic {\n    id\n    title\n    state\n    rejectionReason\n    cancelReason\n    proposer {\n      id\n      nameZh\n      nameEn\n    }\n    ...TopicActions_topic\n  }\n": types.TopicHeader_TopicFragmentDoc,
    "\n  fragment TopicProgress_topic on Topic {\n    progress {\n      assignments\n      slots\n      claimed\n      submitted\n      accepted\n    }\n  }\n": types.TopicProgress_TopicFragmentDoc,
    "\n  fragment TopicReach_topic on Topic {\n    id\n    reach {\n      publications\n      members\n      views\n      shares\n      likes\n    }\n    ...TopicProgress_topic\n  }\n": types.TopicReach_TopicFragmentDoc,
    "\n  query CoverageProvinces {\n    provinces {\n      code\n      nameZh\n      nameEn\n      riverOrder\n    }\n  }\n": types.CoverageProvincesDocument,
    "\n  query TopicEditor($id: ID!) {\n    topic(id: $id) {\n      id\n      version\n      state\n      viewerActions\n      updatedAt\n      title\n      brief\n      themes\n      provinces {\n        code\n      }\n      cities\n      windowStart\n      windowEnd\n      targetChannels\n    }\n  }\n": types.TopicEditorDocument,
    "\n  mutation UpdateTopic($id: ID!, $version: Int!, $input: TopicInput!) {\n    updateTopic(id: $id, version: $version, input: $input) {\n      id\n      version\n      updatedAt\n      title\n      brief\n      themes\n      provinces {\n        code\n        nameZh\n        nameEn\n      }\n      cities\n      windowStart\n      windowEnd\n      targetChannels\n    }\n  }\n": types.UpdateTopicDocument,
    "\n  mutation CreateTopic($input: TopicInput!) {\n    createTopic(input: $input) {\n      id\n      title\n      state\n      version\n    }\n  }\n": types.CreateTopicDocument,
    "\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id\n      state\n      viewerActions\n      ...TopicHeader_topic\n      ...TopicDetails_topic\n      ...CoSponsorList_topic\n      ...TopicReach_topic\n      assignments {\n        id\n        ...AssignmentBoard_assignment\n      }\n    }\n  }\n": types.TopicPageDocument,
    "\n  subscription TopicChanged($topicId: ID!) {\n    topicChanged(topicId: $topicId) {\n      topicId\n      kind\n    }\n  }\n": types.TopicChangedDocument,
    "\n  query TopicBoard($filter: TopicFilter, $first: Int, $after: String) {\n    topics(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...TopicCard_topic\n      }\n    }\n  }\n": types.TopicBoardDocument,
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
export function graphql(source: "\n  fragment Viewer_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    member {\n      id\n      nameZh\n      nameEn\n      allianceRole\n    }\n  }\n"): (typeof documents)["\n  fragment Viewer_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    member {\n      id\n      nameZh\n      nameEn\n      allianceRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLocale($locale: String!) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLocale($locale: String!) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentBoard_assignment on Assignment {\n    id\n    status\n    slots\n    openSlots\n    dueAt\n    claims {\n      id\n      state\n    }\n    ...AssignmentCard_assignment\n  }\n"): (typeof documents)["\n  fragment AssignmentBoard_assignment on Assignment {\n    id\n    status\n    slots\n    openSlots\n    dueAt\n    claims {\n      id\n      state\n    }\n    ...AssignmentCard_assignment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    title\n    brief\n    format\n    dueAt\n    slots\n    openSlots\n    status\n    version\n    viewerActions\n    location {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    myClaim {\n      id\n      state\n    }\n    claims {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    title\n    brief\n    format\n    dueAt\n    slots\n    openSlots\n    status\n    version\n    viewerActions\n    location {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    myClaim {\n      id\n      state\n    }\n    claims {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      status\n      openSlots\n      version\n      viewerActions\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      status\n      openSlots\n      version\n      viewerActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentClaims($id: ID!) {\n    assignment(id: $id) {\n      id\n      claims {\n        id\n        ...ClaimItem_claim\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentClaims($id: ID!) {\n    assignment(id: $id) {\n      id\n      claims {\n        id\n        ...ClaimItem_claim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssignment($input: AssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAssignment($input: AssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssignment($id: ID!, $version: Int!, $input: AssignmentUpdateInput!) {\n    updateAssignment(id: $id, version: $version, input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAssignment($id: ID!, $version: Int!, $input: AssignmentUpdateInput!) {\n    updateAssignment(id: $id, version: $version, input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenAssignmentItem_assignment on Assignment {\n    id\n    title\n    brief\n    format\n    dueAt\n    slots\n    openSlots\n    distanceKm\n    viewerCanClaim\n    myClaim {\n      id\n      state\n    }\n    location {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n    }\n    topic {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment OpenAssignmentItem_assignment on Assignment {\n    id\n    title\n    brief\n    format\n    dueAt\n    slots\n    openSlots\n    distanceKm\n    viewerCanClaim\n    myClaim {\n      id\n      state\n    }\n    location {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n    }\n    topic {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenAssignments($filter: OpenAssignmentFilter, $first: Int, $after: String) {\n    openAssignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...OpenAssignmentItem_assignment\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenAssignments($filter: OpenAssignmentFilter, $first: Int, $after: String) {\n    openAssignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...OpenAssignmentItem_assignment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OpenAssignmentsChanged {\n    openAssignmentsChanged {\n      id\n      openSlots\n      viewerCanClaim\n      myClaim {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OpenAssignmentsChanged {\n    openAssignmentsChanged {\n      id\n      openSlots\n      viewerCanClaim\n      myClaim {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      ...Viewer_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarEntryChip_entry on CalendarEntry {\n    kind\n    start\n    end\n    title\n    eventId\n    topic {\n      id\n      title\n      state\n    }\n    assignment {\n      id\n      format\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarEntryChip_entry on CalendarEntry {\n    kind\n    start\n    end\n    title\n    eventId\n    topic {\n      id\n      title\n      state\n    }\n    assignment {\n      id\n      format\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IcsFeed {\n    me {\n      id\n      hasIcsFeed\n    }\n  }\n"): (typeof documents)["\n  query IcsFeed {\n    me {\n      id\n      hasIcsFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIcsFeed {\n    createIcsFeed\n  }\n"): (typeof documents)["\n  mutation CreateIcsFeed {\n    createIcsFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeIcsFeed {\n    revokeIcsFeed\n  }\n"): (typeof documents)["\n  mutation RevokeIcsFeed {\n    revokeIcsFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(from: $from, to: $to) {\n      kind\n      start\n      end\n      ...CalendarEntryChip_entry\n    }\n  }\n"): (typeof documents)["\n  query Calendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(from: $from, to: $to) {\n      kind\n      start\n      end\n      ...CalendarEntryChip_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimAssignment($assignmentId: ID!) {\n    claimAssignment(assignmentId: $assignmentId) {\n      id\n      state\n      claimedAt\n      assignment {\n        id\n        openSlots\n        viewerCanClaim\n        viewerActions\n        myClaim {\n          id\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimAssignment($assignmentId: ID!) {\n    claimAssignment(assignmentId: $assignmentId) {\n      id\n      state\n      claimedAt\n      assignment {\n        id\n        openSlots\n        viewerCanClaim\n        viewerActions\n        myClaim {\n          id\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimItem_claim on Claim {\n    id\n    state\n    submissionText\n    submissionLinks\n    reviewComment\n    claimedAt\n    submittedAt\n    decidedAt\n    viewerActions\n    reporter {\n      id\n      displayName\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    publications {\n      id\n      ...PublicationList_publication\n    }\n  }\n"): (typeof documents)["\n  fragment ClaimItem_claim on Claim {\n    id\n    state\n    submissionText\n    submissionLinks\n    reviewComment\n    claimedAt\n    submittedAt\n    decidedAt\n    viewerActions\n    reporter {\n      id\n      displayName\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    publications {\n      id\n      ...PublicationList_publication\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelClaim($claimId: ID!) {\n    cancelClaim(claimId: $claimId) {\n      id\n      state\n      version\n      viewerActions\n    }\n  }\n"): (typeof documents)["\n  mutation CancelClaim($claimId: ID!) {\n    cancelClaim(claimId: $claimId) {\n      id\n      state\n      version\n      viewerActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyClaimCard_claim on Claim {\n    id\n    state\n    submissionText\n    submissionLinks\n    reviewComment\n    claimedAt\n    submittedAt\n    decidedAt\n    viewerActions\n    assignment {\n      id\n      title\n      format\n      dueAt\n      location {\n        id\n        cityZh\n        cityEn\n      }\n      topic {\n        id\n        title\n      }\n    }\n    publications {\n      id\n      ...PublicationList_publication\n    }\n  }\n"): (typeof documents)["\n  fragment MyClaimCard_claim on Claim {\n    id\n    state\n    submissionText\n    submissionLinks\n    reviewComment\n    claimedAt\n    submittedAt\n    decidedAt\n    viewerActions\n    assignment {\n      id\n      title\n      format\n      dueAt\n      location {\n        id\n        cityZh\n        cityEn\n      }\n      topic {\n        id\n        title\n      }\n    }\n    publications {\n      id\n      ...PublicationList_publication\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseClaim($claimId: ID!) {\n    releaseClaim(claimId: $claimId) {\n      id\n      state\n      version\n      viewerActions\n      assignment {\n        id\n        openSlots\n        viewerCanClaim\n        viewerActions\n        myClaim {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseClaim($claimId: ID!) {\n    releaseClaim(claimId: $claimId) {\n      id\n      state\n      version\n      viewerActions\n      assignment {\n        id\n        openSlots\n        viewerCanClaim\n        viewerActions\n        myClaim {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicationList_publication on Publication {\n    id\n    channel\n    url\n    publishedAt\n    views\n    shares\n    likes\n    viewerActions\n    member {\n      id\n      nameZh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment PublicationList_publication on Publication {\n    id\n    channel\n    url\n    publishedAt\n    views\n    shares\n    likes\n    viewerActions\n    member {\n      id\n      nameZh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPublication($id: ID!) {\n    withdrawPublication(id: $id) {\n      id\n      publications {\n        id\n        ...PublicationList_publication\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawPublication($id: ID!) {\n    withdrawPublication(id: $id) {\n      id\n      publications {\n        id\n        ...PublicationList_publication\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPublication($input: PublicationInput!) {\n    recordPublication(input: $input) {\n      id\n      ...PublicationList_publication\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPublication($input: PublicationInput!) {\n    recordPublication(input: $input) {\n      id\n      ...PublicationList_publication\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePublication($id: ID!, $input: PublicationFieldsInput!) {\n    updatePublication(id: $id, input: $input) {\n      id\n      ...PublicationList_publication\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePublication($id: ID!, $input: PublicationFieldsInput!) {\n    updatePublication(id: $id, input: $input) {\n      id\n      ...PublicationList_publication\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSubmission($claimId: ID!) {\n    acceptSubmission(claimId: $claimId) {\n      id\n      state\n      decidedAt\n      reviewComment\n      version\n      viewerActions\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSubmission($claimId: ID!) {\n    acceptSubmission(claimId: $claimId) {\n      id\n      state\n      decidedAt\n      reviewComment\n      version\n      viewerActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestChanges($claimId: ID!, $comment: String!) {\n    requestChanges(claimId: $claimId, comment: $comment) {\n      id\n      state\n      decidedAt\n      reviewComment\n      version\n      viewerActions\n    }\n  }\n"): (typeof documents)["\n  mutation RequestChanges($claimId: ID!, $comment: String!) {\n    requestChanges(claimId: $claimId, comment: $comment) {\n      id\n      state\n      decidedAt\n      reviewComment\n      version\n      viewerActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        submissionText\n        submissionLinks\n        submittedAt\n        viewerActions\n        reporter {\n          id\n          displayName\n          member {\n            id\n            nameZh\n            nameEn\n          }\n        }\n        assignment {\n          id\n          title\n          format\n          dueAt\n          topic {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($first: Int, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        submissionText\n        submissionLinks\n        submittedAt\n        viewerActions\n        reporter {\n          id\n          displayName\n          member {\n            id\n            nameZh\n            nameEn\n          }\n        }\n        assignment {\n          id\n          title\n          format\n          dueAt\n          topic {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCount {\n    reviewQueue(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReviewCount {\n    reviewQueue(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitClaim($claimId: ID!, $input: SubmissionInput!) {\n    submitClaim(claimId: $claimId, input: $input) {\n      id\n      state\n      submissionText\n      submissionLinks\n      submittedAt\n      reviewComment\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitClaim($claimId: ID!, $input: SubmissionInput!) {\n    submitClaim(claimId: $claimId, input: $input) {\n      id\n      state\n      submissionText\n      submissionLinks\n      submittedAt\n      reviewComment\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWork($first: Int, $after: String) {\n    myClaims(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        assignment {\n          id\n          dueAt\n        }\n        ...MyClaimCard_claim\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWork($first: Int, $after: String) {\n    myClaims(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        assignment {\n          id\n          dueAt\n        }\n        ...MyClaimCard_claim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllianceByProvince_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n"): (typeof documents)["\n  fragment AllianceByProvince_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChiefEditorHome($memberId: ID!, $first: Int!) {\n    member(id: $memberId) {\n      id\n      nameZh\n      nameEn\n      allianceRole\n      ...MemberCard_member\n    }\n    memberAccounts(memberId: $memberId, first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        role\n        active\n        lastSignInAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChiefEditorHome($memberId: ID!, $first: Int!) {\n    member(id: $memberId) {\n      id\n      nameZh\n      nameEn\n      allianceRole\n      ...MemberCard_member\n    }\n    memberAccounts(memberId: $memberId, first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        role\n        active\n        lastSignInAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCard_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    outletKind\n    allianceRole\n    status\n    joinedOn\n    staffCounts {\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment MemberCard_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    outletKind\n    allianceRole\n    status\n    joinedOn\n    staffCounts {\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorNeeds {\n    reviewQueue(first: 5) {\n      totalCount\n      nodes {\n        id\n        submittedAt\n        reporter {\n          id\n          displayName\n        }\n        assignment {\n          id\n          title\n          topic {\n            id\n          }\n        }\n      }\n    }\n    topics(filter: { states: [DRAFT], mine: true }, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditorNeeds {\n    reviewQueue(first: 5) {\n      totalCount\n      nodes {\n        id\n        submittedAt\n        reporter {\n          id\n          displayName\n        }\n        assignment {\n          id\n          title\n          topic {\n            id\n          }\n        }\n      }\n    }\n    topics(filter: { states: [DRAFT], mine: true }, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReporterNeeds {\n    myClaims(states: [CLAIMED, CHANGES_REQUESTED], first: 5) {\n      totalCount\n      nodes {\n        id\n        state\n        assignment {\n          id\n          title\n          dueAt\n        }\n      }\n    }\n    openAssignments(first: 3) {\n      totalCount\n      nodes {\n        id\n        title\n        dueAt\n        distanceKm\n        openSlots\n        location {\n          id\n          cityZh\n          cityEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReporterNeeds {\n    myClaims(states: [CLAIMED, CHANGES_REQUESTED], first: 5) {\n      totalCount\n      nodes {\n        id\n        state\n        assignment {\n          id\n          title\n          dueAt\n        }\n      }\n    }\n    openAssignments(first: 3) {\n      totalCount\n      nodes {\n        id\n        title\n        dueAt\n        distanceKm\n        openSlots\n        location {\n          id\n          cityZh\n          cityEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestNeeds {\n    resourceRequests(filter: { direction: INCOMING, states: [PENDING, APPROVED] }, first: 5) {\n      totalCount\n      nodes {\n        id\n        state\n        createdAt\n        resource {\n          id\n          title\n        }\n        requester {\n          id\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestNeeds {\n    resourceRequests(filter: { direction: INCOMING, states: [PENDING, APPROVED] }, first: 5) {\n      totalCount\n      nodes {\n        id\n        state\n        createdAt\n        resource {\n          id\n          title\n        }\n        requester {\n          id\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretariatNeeds {\n    topics(filter: { states: [PROPOSED] }, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        updatedAt\n        proposer {\n          id\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecretariatNeeds {\n    topics(filter: { states: [PROPOSED] }, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        updatedAt\n        proposer {\n          id\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretariatHome($first: Int!, $after: String) {\n    provinces {\n      code\n      memberCount\n      ...AllianceByProvince_province\n    }\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        allianceRole\n        status\n        joinedOn\n        staffCounts {\n          chiefEditors\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecretariatHome($first: Int!, $after: String) {\n    provinces {\n      code\n      memberCount\n      ...AllianceByProvince_province\n    }\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        allianceRole\n        status\n        joinedOn\n        staffCounts {\n          chiefEditors\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHome($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      staffCounts {\n        total\n      }\n      ...MemberCard_member\n    }\n    provinces {\n      code\n      ...AllianceByProvince_province\n    }\n  }\n"): (typeof documents)["\n  query StaffHome($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      staffCounts {\n        total\n      }\n      ...MemberCard_member\n    }\n    provinces {\n      code\n      ...AllianceByProvince_province\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInnovationProject($id: ID!) {\n    withdrawInnovationProject(id: $id) {\n      id\n      status\n      version\n      viewerActions\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawInnovationProject($id: ID!) {\n    withdrawInnovationProject(id: $id) {\n      id\n      status\n      version\n      viewerActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InnovationPanelMembers {\n    members(first: 100) {\n      nodes {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query InnovationPanelMembers {\n    members(first: 100) {\n      nodes {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InnovationPanelAccounts($memberId: ID!) {\n    memberAccounts(memberId: $memberId, first: 100) {\n      nodes {\n        id\n        displayName\n        role\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query InnovationPanelAccounts($memberId: ID!) {\n    memberAccounts(memberId: $memberId, first: 100) {\n      nodes {\n        id\n        displayName\n        role\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInnovationPanel($roundId: ID!, $userIds: [ID!]!) {\n    setInnovationPanel(roundId: $roundId, userIds: $userIds) {\n      id\n      version\n      panel {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetInnovationPanel($roundId: ID!, $userIds: [ID!]!) {\n    setInnovationPanel(roundId: $roundId, userIds: $userIds) {\n      id\n      version\n      panel {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresentableEvents {\n    events(filter: { when: ALL }, first: 50) {\n      nodes {\n        id\n        title\n        startsOn\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PresentableEvents {\n    events(filter: { when: ALL }, first: 50) {\n      nodes {\n        id\n        title\n        startsOn\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresentInnovationRound($roundId: ID!, $eventId: ID) {\n    presentInnovationRound(roundId: $roundId, eventId: $eventId) {\n      id\n      version\n      presentedAt {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresentInnovationRound($roundId: ID!, $eventId: ID) {\n    presentInnovationRound(roundId: $roundId, eventId: $eventId) {\n      id\n      version\n      presentedAt {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InnovationProjectCard_project on InnovationProject {\n    id\n    title\n    category\n    award\n    summary\n    results\n    links\n    member {\n      id\n      nameZh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment InnovationProjectCard_project on InnovationProject {\n    id\n    title\n    category\n    award\n    summary\n    results\n    links\n    member {\n      id\n      nameZh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InnovationProjectDetails_project on InnovationProject {\n    id\n    title\n    category\n    status\n    award\n    summary\n    results\n    links\n    media {\n      url\n      credit\n    }\n    member {\n      id\n      nameZh\n      nameEn\n    }\n    submittedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment InnovationProjectDetails_project on InnovationProject {\n    id\n    title\n    category\n    status\n    award\n    summary\n    results\n    links\n    media {\n      url\n      credit\n    }\n    member {\n      id\n      nameZh\n      nameEn\n    }\n    submittedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InnovationProject($id: ID!) {\n    innovationProject(id: $id) {\n      id\n      title\n      averageScore\n      rank\n      round {\n        id\n        criteria {\n          index\n          name\n          maxScore\n        }\n      }\n      viewerScore {\n        scores\n        total\n        comment\n      }\n      scores {\n        scores\n        total\n        comment\n        panellist {\n          id\n          displayName\n        }\n      }\n      ...InnovationProjectDetails_project\n    }\n  }\n"): (typeof documents)["\n  query InnovationProject($id: ID!) {\n    innovationProject(id: $id) {\n      id\n      title\n      averageScore\n      rank\n      round {\n        id\n        criteria {\n          index\n          name\n          maxScore\n        }\n      }\n      viewerScore {\n        scores\n        total\n        comment\n      }\n      scores {\n        scores\n        total\n        comment\n        panellist {\n          id\n          displayName\n        }\n      }\n      ...InnovationProjectDetails_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInnovationProject($input: NewInnovationProjectInput!) {\n    submitInnovationProject(input: $input) {\n      id\n      version\n      viewerActions\n      ...InnovationProjectDetails_project\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitInnovationProject($input: NewInnovationProjectInput!) {\n    submitInnovationProject(input: $input) {\n      id\n      version\n      viewerActions\n      ...InnovationProjectDetails_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInnovationProject($id: ID!, $version: Int!, $input: InnovationProjectFieldsInput!) {\n    updateInnovationProject(id: $id, version: $version, input: $input) {\n      id\n      version\n      viewerActions\n      ...InnovationProjectDetails_project\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInnovationProject($id: ID!, $version: Int!, $input: InnovationProjectFieldsInput!) {\n    updateInnovationProject(id: $id, version: $version, input: $input) {\n      id\n      version\n      viewerActions\n      ...InnovationProjectDetails_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenInnovationRound($input: NewInnovationRoundInput!) {\n    openInnovationRound(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenInnovationRound($input: NewInnovationRoundInput!) {\n    openInnovationRound(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreInnovationProject($projectId: ID!, $scores: [InnovationCriterionScoreInput!]!, $comment: String) {\n    scoreInnovationProject(projectId: $projectId, scores: $scores, comment: $comment) {\n      id\n      viewerScore {\n        scores\n        total\n        comment\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreInnovationProject($projectId: ID!, $scores: [InnovationCriterionScoreInput!]!, $comment: String) {\n    scoreInnovationProject(projectId: $projectId, scores: $scores, comment: $comment) {\n      id\n      viewerScore {\n        scores\n        total\n        comment\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InnovationRoundPage($id: ID!) {\n    innovationRound(id: $id) {\n      id\n      title\n      year\n      status\n      submissionsCloseAt\n      closedAt\n      publishedAt\n      version\n      viewerOnPanel\n      viewerActions\n      maxTotal\n      presentedAt {\n        id\n        title\n        startsOn\n      }\n      criteria {\n        index\n        name\n        description\n        maxScore\n      }\n      panel {\n        id\n        displayName\n      }\n      counts {\n        submitted\n        top\n        excellent\n      }\n      scoringProgress {\n        scored\n        total\n        panellist {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InnovationRoundPage($id: ID!) {\n    innovationRound(id: $id) {\n      id\n      title\n      year\n      status\n      submissionsCloseAt\n      closedAt\n      publishedAt\n      version\n      viewerOnPanel\n      viewerActions\n      maxTotal\n      presentedAt {\n        id\n        title\n        startsOn\n      }\n      criteria {\n        index\n        name\n        description\n        maxScore\n      }\n      panel {\n        id\n        displayName\n      }\n      counts {\n        submitted\n        top\n        excellent\n      }\n      scoringProgress {\n        scored\n        total\n        panellist {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InnovationRoundPageProjects($roundId: ID!, $after: String) {\n    innovationProjects(roundId: $roundId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        category\n        status\n        award\n        averageScore\n        rank\n        version\n        summary\n        results\n        links\n        media {\n          url\n          credit\n        }\n        viewerActions\n        member {\n          id\n          nameZh\n          nameEn\n        }\n        viewerScore {\n          scores\n          total\n          comment\n        }\n        scores {\n          total\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InnovationRoundPageProjects($roundId: ID!, $after: String) {\n    innovationProjects(roundId: $roundId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        category\n        status\n        award\n        averageScore\n        rank\n        version\n        summary\n        results\n        links\n        media {\n          url\n          credit\n        }\n        viewerActions\n        member {\n          id\n          nameZh\n          nameEn\n        }\n        viewerScore {\n          scores\n          total\n          comment\n        }\n        scores {\n          total\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveInnovationRound($id: ID!, $to: InnovationRoundStatus!) {\n    moveInnovationRound(id: $id, to: $to) {\n      id\n      status\n      version\n      viewerActions\n      closedAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation MoveInnovationRound($id: ID!, $to: InnovationRoundStatus!) {\n    moveInnovationRound(id: $id, to: $to) {\n      id\n      status\n      version\n      viewerActions\n      closedAt\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInnovationAward($projectId: ID!, $award: InnovationAward) {\n    setInnovationAward(projectId: $projectId, award: $award) {\n      id\n      award\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetInnovationAward($projectId: ID!, $award: InnovationAward) {\n    setInnovationAward(projectId: $projectId, award: $award) {\n      id\n      award\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InnovationRounds {\n    innovationRounds(first: 50) {\n      nodes {\n        id\n        title\n        year\n        status\n        submissionsCloseAt\n        publishedAt\n        viewerActions\n        counts {\n          submitted\n          viewerMember\n          viewerMemberLeft\n          top\n          excellent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InnovationRounds {\n    innovationRounds(first: 50) {\n      nodes {\n        id\n        title\n        year\n        status\n        submissionsCloseAt\n        publishedAt\n        viewerActions\n        counts {\n          submitted\n          viewerMember\n          viewerMemberLeft\n          top\n          excellent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedInnovationProjects($roundId: ID!) {\n    innovationProjects(roundId: $roundId, filter: { awards: [TOP, EXCELLENT] }, first: 100) {\n      totalCount\n      nodes {\n        id\n        award\n        ...InnovationProjectCard_project\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendedInnovationProjects($roundId: ID!) {\n    innovationProjects(roundId: $roundId, filter: { awards: [TOP, EXCELLENT] }, first: 100) {\n      totalCount\n      nodes {\n        id\n        award\n        ...InnovationProjectCard_project\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInnovationProjects($roundId: ID!) {\n    innovationProjects(roundId: $roundId, filter: { mine: true }, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        summary\n        results\n        links\n        media {\n          url\n          credit\n        }\n        version\n        viewerActions\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInnovationProjects($roundId: ID!) {\n    innovationProjects(roundId: $roundId, filter: { mine: true }, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        summary\n        results\n        links\n        media {\n          url\n          credit\n        }\n        version\n        viewerActions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountsTable_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    lastSignInAt\n    decidesResourceRequests\n  }\n"): (typeof documents)["\n  fragment AccountsTable_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    lastSignInAt\n    decidesResourceRequests\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberAccounts($memberId: ID!, $first: Int, $after: String) {\n    memberAccounts(memberId: $memberId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...AccountsTable_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberAccounts($memberId: ID!, $first: Int, $after: String) {\n    memberAccounts(memberId: $memberId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...AccountsTable_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountActive($userId: ID!, $active: Boolean!) {\n    setAccountActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountActive($userId: ID!, $active: Boolean!) {\n    setAccountActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      ...AccountsTable_user\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      ...AccountsTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdmitMemberProvinces {\n    provinces {\n      code\n      nameZh\n      nameEn\n      riverOrder\n    }\n  }\n"): (typeof documents)["\n  query AdmitMemberProvinces {\n    provinces {\n      code\n      nameZh\n      nameEn\n      riverOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmitMember($input: AdmitMemberInput!) {\n    admitMember(input: $input) {\n      id\n      nameZh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  mutation AdmitMember($input: AdmitMemberInput!) {\n    admitMember(input: $input) {\n      id\n      nameZh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberChannels_member on Member {\n    id\n    channels {\n      kind\n      name\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment MemberChannels_member on Member {\n    id\n    channels {\n      kind\n      name\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberListItem_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    status\n    outletKind\n    allianceRole\n    joinedOn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    channels {\n      kind\n      name\n    }\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment MemberListItem_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    status\n    outletKind\n    allianceRole\n    joinedOn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    channels {\n      kind\n      name\n    }\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPicker($search: String, $provinceCode: String, $first: Int) {\n    members(search: $search, provinceCode: $provinceCode, first: $first) {\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        status\n        allianceRole\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPicker($search: String, $provinceCode: String, $first: Int) {\n    members(search: $search, provinceCode: $provinceCode, first: $first) {\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        status\n        allianceRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryProvinces {\n    provinces {\n      code\n      ...ProvinceFilter_province\n    }\n  }\n"): (typeof documents)["\n  query DirectoryProvinces {\n    provinces {\n      code\n      ...ProvinceFilter_province\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersDirectory($provinceCode: String, $search: String, $first: Int, $after: String) {\n    members(provinceCode: $provinceCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...MemberListItem_member\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersDirectory($provinceCode: String, $search: String, $first: Int, $after: String) {\n    members(provinceCode: $provinceCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...MemberListItem_member\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProvinceFilter_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n"): (typeof documents)["\n  fragment ProvinceFilter_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResourceRequestDelegate($userId: ID!, $delegated: Boolean!) {\n    setResourceRequestDelegate(userId: $userId, delegated: $delegated) {\n      id\n      decidesResourceRequests\n    }\n  }\n"): (typeof documents)["\n  mutation SetResourceRequestDelegate($userId: ID!, $delegated: Boolean!) {\n    setResourceRequestDelegate(userId: $userId, delegated: $delegated) {\n      id\n      decidesResourceRequests\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffCounts_member on Member {\n    id\n    allianceRole\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment StaffCounts_member on Member {\n    id\n    allianceRole\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      slug\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n      outletKind\n      allianceRole\n      status\n      joinedOn\n      latitude\n      longitude\n      isDemo\n      ...MemberChannels_member\n      ...StaffCounts_member\n      ...ExchangeBalanceCard_member\n    }\n  }\n"): (typeof documents)["\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      slug\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n      outletKind\n      allianceRole\n      status\n      joinedOn\n      latitude\n      longitude\n      isDemo\n      ...MemberChannels_member\n      ...StaffCounts_member\n      ...ExchangeBalanceCard_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    detail\n    actor {\n      id\n      displayName\n    }\n    topic {\n      id\n      title\n    }\n    assignment {\n      id\n      title\n      topic {\n        id\n      }\n    }\n    resource {\n      id\n      title\n    }\n    innovationRound {\n      id\n      title\n    }\n    # Everything a request's move changes, so a live notification updates the request on screen too.\n    resourceRequest {\n      id\n      ...RequestMove_request\n      resource {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    detail\n    actor {\n      id\n      displayName\n    }\n    topic {\n      id\n      title\n    }\n    assignment {\n      id\n      title\n      topic {\n        id\n      }\n    }\n    resource {\n      id\n      title\n    }\n    innovationRound {\n      id\n      title\n    }\n    # Everything a request's move changes, so a live notification updates the request on screen too.\n    resourceRequest {\n      id\n      ...RequestMove_request\n      resource {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      unreadCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      unreadCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CapacityText_resource on Resource {\n    capacityPerPeriod\n    capacityPeriod\n    capacityLeft\n  }\n"): (typeof documents)["\n  fragment CapacityText_resource on Resource {\n    capacityPerPeriod\n    capacityPeriod\n    capacityLeft\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExchangeBalanceCard_member on Member {\n    id\n    exchangeBalance {\n      piecesOffered\n      resourcesOffered\n      republishedFromOthers\n      republishedByOthers\n      requestsFulfilledForOthers\n      requestsReceivedFulfilled\n    }\n  }\n"): (typeof documents)["\n  fragment ExchangeBalanceCard_member on Member {\n    id\n    exchangeBalance {\n      piecesOffered\n      resourcesOffered\n      republishedFromOthers\n      republishedByOthers\n      requestsFulfilledForOthers\n      requestsReceivedFulfilled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryItem_resource on Resource {\n    id\n    title\n    description\n    themes\n    embargoState\n    embargoUntil\n    headlineOnly\n    status\n    createdAt\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    reach {\n      publications\n      views\n    }\n  }\n"): (typeof documents)["\n  fragment LibraryItem_resource on Resource {\n    id\n    title\n    description\n    themes\n    embargoState\n    embargoUntil\n    headlineOnly\n    status\n    createdAt\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    reach {\n      publications\n      views\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFeedFields_feed on MemberFeed {\n    id\n    url\n    title\n    active\n    themes\n    lastPolledAt\n    lastError\n    itemsIngested\n    nextPollAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MemberFeedFields_feed on MemberFeed {\n    id\n    url\n    title\n    active\n    themes\n    lastPolledAt\n    lastError\n    itemsIngested\n    nextPollAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberFeeds($memberId: ID!) {\n    memberFeeds(memberId: $memberId) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n"): (typeof documents)["\n  query MemberFeeds($memberId: ID!) {\n    memberFeeds(memberId: $memberId) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMemberFeed($memberId: ID!, $input: MemberFeedInput!) {\n    addMemberFeed(memberId: $memberId, input: $input) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n"): (typeof documents)["\n  mutation AddMemberFeed($memberId: ID!, $input: MemberFeedInput!) {\n    addMemberFeed(memberId: $memberId, input: $input) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberFeed($id: ID!, $input: MemberFeedInput!) {\n    updateMemberFeed(id: $id, input: $input) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberFeed($id: ID!, $input: MemberFeedInput!) {\n    updateMemberFeed(id: $id, input: $input) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMemberFeed($id: ID!) {\n    removeMemberFeed(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMemberFeed($id: ID!) {\n    removeMemberFeed(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PollMemberFeed($id: ID!) {\n    pollMemberFeed(id: $id) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n"): (typeof documents)["\n  mutation PollMemberFeed($id: ID!) {\n    pollMemberFeed(id: $id) {\n      id\n      ...MemberFeedFields_feed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferClaimToLibrary($claimId: ID!) {\n    offerClaimToLibrary(claimId: $claimId) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation OfferClaimToLibrary($claimId: ID!) {\n    offerClaimToLibrary(claimId: $claimId) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepublicationChannels($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      channels {\n        kind\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RepublicationChannels($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      channels {\n        kind\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRepublication($input: RepublicationInput!) {\n    recordRepublication(input: $input) {\n      id\n      resource {\n        id\n        ...RepublicationTable_resource\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRepublication($input: RepublicationInput!) {\n    recordRepublication(input: $input) {\n      id\n      resource {\n        id\n        ...RepublicationTable_resource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepublicationTable_resource on Resource {\n    id\n    reach {\n      publications\n      members\n      views\n      shares\n      likes\n    }\n    publications {\n      id\n      channel\n      url\n      publishedAt\n      views\n      shares\n      likes\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RepublicationTable_resource on Resource {\n    id\n    reach {\n      publications\n      members\n      views\n      shares\n      likes\n    }\n    publications {\n      id\n      channel\n      url\n      publishedAt\n      views\n      shares\n      likes\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepublishPanel_resource on Resource {\n    id\n    title\n    viewerActions\n    creditLine\n    excludedProvinceCodes\n    noResyndication\n    package {\n      headline\n      byline\n      html\n      text\n      attribution\n    }\n  }\n"): (typeof documents)["\n  fragment RepublishPanel_resource on Resource {\n    id\n    title\n    viewerActions\n    creditLine\n    excludedProvinceCodes\n    noResyndication\n    package {\n      headline\n      byline\n      html\n      text\n      attribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestMove_request on ResourceRequest {\n    id\n    state\n    viewerActions\n    version\n    updatedAt\n    decidedAt\n    declineReason\n    fulfilledAt\n    fulfillmentNote\n    cancelledAt\n    decidedBy {\n      id\n      displayName\n    }\n    resource {\n      id\n      capacityLeft\n      viewerActions\n    }\n  }\n"): (typeof documents)["\n  fragment RequestMove_request on ResourceRequest {\n    id\n    state\n    viewerActions\n    version\n    updatedAt\n    decidedAt\n    declineReason\n    fulfilledAt\n    fulfillmentNote\n    cancelledAt\n    decidedBy {\n      id\n      displayName\n    }\n    resource {\n      id\n      capacityLeft\n      viewerActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveResourceRequest($id: ID!) {\n    approveResourceRequest(id: $id) {\n      id\n      ...RequestMove_request\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveResourceRequest($id: ID!) {\n    approveResourceRequest(id: $id) {\n      id\n      ...RequestMove_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineResourceRequest($id: ID!, $reason: String!) {\n    declineResourceRequest(id: $id, reason: $reason) {\n      id\n      ...RequestMove_request\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineResourceRequest($id: ID!, $reason: String!) {\n    declineResourceRequest(id: $id, reason: $reason) {\n      id\n      ...RequestMove_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfillResourceRequest($id: ID!, $note: String) {\n    fulfillResourceRequest(id: $id, note: $note) {\n      id\n      ...RequestMove_request\n    }\n  }\n"): (typeof documents)["\n  mutation FulfillResourceRequest($id: ID!, $note: String) {\n    fulfillResourceRequest(id: $id, note: $note) {\n      id\n      ...RequestMove_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelResourceRequest($id: ID!) {\n    cancelResourceRequest(id: $id) {\n      id\n      ...RequestMove_request\n    }\n  }\n"): (typeof documents)["\n  mutation CancelResourceRequest($id: ID!) {\n    cancelResourceRequest(id: $id) {\n      id\n      ...RequestMove_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestItem_request on ResourceRequest {\n    id\n    state\n    note\n    neededOn\n    createdAt\n    decidedAt\n    declineReason\n    fulfilledAt\n    fulfillmentNote\n    cancelledAt\n    viewerActions\n    resource {\n      id\n      title\n      area\n    }\n    owner {\n      id\n      nameZh\n      nameEn\n    }\n    requester {\n      id\n      nameZh\n      nameEn\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment RequestItem_request on ResourceRequest {\n    id\n    state\n    note\n    neededOn\n    createdAt\n    decidedAt\n    declineReason\n    fulfilledAt\n    fulfillmentNote\n    cancelledAt\n    viewerActions\n    resource {\n      id\n      title\n      area\n    }\n    owner {\n      id\n      nameZh\n      nameEn\n    }\n    requester {\n      id\n      nameZh\n      nameEn\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestResourceButton_resource on Resource {\n    id\n    title\n    area\n    headlineOnly\n    capacityPerPeriod\n    capacityPeriod\n    capacityLeft\n    viewerActions\n    owner {\n      id\n      nameZh\n      nameEn\n    }\n    viewerRequest {\n      id\n      state\n      viewerActions\n    }\n  }\n"): (typeof documents)["\n  fragment RequestResourceButton_resource on Resource {\n    id\n    title\n    area\n    headlineOnly\n    capacityPerPeriod\n    capacityPeriod\n    capacityLeft\n    viewerActions\n    owner {\n      id\n      nameZh\n      nameEn\n    }\n    viewerRequest {\n      id\n      state\n      viewerActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestResource($resourceId: ID!, $note: String!, $neededOn: String) {\n    requestResource(resourceId: $resourceId, note: $note, neededOn: $neededOn) {\n      id\n      state\n      viewerActions\n      resource {\n        id\n        capacityLeft\n        viewerActions\n        viewerRequest {\n          id\n          state\n          viewerActions\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestResource($resourceId: ID!, $note: String!, $neededOn: String) {\n    requestResource(resourceId: $resourceId, note: $note, neededOn: $neededOn) {\n      id\n      state\n      viewerActions\n      resource {\n        id\n        capacityLeft\n        viewerActions\n        viewerRequest {\n          id\n          state\n          viewerActions\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceCard_resource on Resource {\n    id\n    area\n    title\n    description\n    terms\n    availability\n    contact\n    status\n    ...CapacityText_resource\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n  }\n"): (typeof documents)["\n  fragment ResourceCard_resource on Resource {\n    id\n    area\n    title\n    description\n    terms\n    availability\n    contact\n    status\n    ...CapacityText_resource\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceDetails_resource on Resource {\n    id\n    area\n    description\n    terms\n    availability\n    contact\n    themes\n    provinceCodes\n    cities\n    embargoState\n    embargoUntil\n    contentVisible\n    headlineOnly\n    body\n    byline\n    originalUrl\n    media {\n      url\n      kind\n      credit\n      caption\n    }\n    sourceTopic {\n      id\n      title\n    }\n    ...CapacityText_resource\n  }\n"): (typeof documents)["\n  fragment ResourceDetails_resource on Resource {\n    id\n    area\n    description\n    terms\n    availability\n    contact\n    themes\n    provinceCodes\n    cities\n    embargoState\n    embargoUntil\n    contentVisible\n    headlineOnly\n    body\n    byline\n    originalUrl\n    media {\n      url\n      kind\n      credit\n      caption\n    }\n    sourceTopic {\n      id\n      title\n    }\n    ...CapacityText_resource\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceHeader_resource on Resource {\n    id\n    area\n    status\n    source\n    title\n    embargoState\n    embargoUntil\n    headlineOnly\n    viewerActions\n    createdAt\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    createdBy {\n      id\n      displayName\n    }\n    ...RequestResourceButton_resource\n  }\n"): (typeof documents)["\n  fragment ResourceHeader_resource on Resource {\n    id\n    area\n    status\n    source\n    title\n    embargoState\n    embargoUntil\n    headlineOnly\n    viewerActions\n    createdAt\n    owner {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    createdBy {\n      id\n      displayName\n    }\n    ...RequestResourceButton_resource\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawResource($id: ID!) {\n    withdrawResource(id: $id) {\n      id\n      status\n      version\n      viewerActions\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawResource($id: ID!) {\n    withdrawResource(id: $id) {\n      id\n      status\n      version\n      viewerActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollows {\n    myFollows {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFollows {\n    myFollows {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowMember($memberId: ID!) {\n    followMember(memberId: $memberId) {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowMember($memberId: ID!) {\n    followMember(memberId: $memberId) {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowKeyword($keyword: String!) {\n    followKeyword(keyword: $keyword) {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowKeyword($keyword: String!) {\n    followKeyword(keyword: $keyword) {\n      id\n      kind\n      keyword\n      createdAt\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($id: ID!) {\n    unfollow(id: $id)\n  }\n"): (typeof documents)["\n  mutation Unfollow($id: ID!) {\n    unfollow(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceRequestCounts {\n    resourceRequestCounts {\n      incomingPending\n      incomingApproved\n      outgoingOpen\n    }\n    me {\n      id\n      decidesResourceRequests\n    }\n  }\n"): (typeof documents)["\n  query ResourceRequestCounts {\n    resourceRequestCounts {\n      incomingPending\n      incomingApproved\n      outgoingOpen\n    }\n    me {\n      id\n      decidesResourceRequests\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangePage($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...ResourceCard_resource\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExchangePage($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...ResourceCard_resource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryPage($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...LibraryItem_resource\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryPage($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...LibraryItem_resource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceRequests($filter: ResourceRequestFilter!, $first: Int, $after: String) {\n    resourceRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RequestItem_request\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceRequests($filter: ResourceRequestFilter!, $first: Int, $after: String) {\n    resourceRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RequestItem_request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceEditor($id: ID!) {\n    resource(id: $id) {\n      id\n      version\n      updatedAt\n      viewerActions\n      area\n      title\n      description\n      terms\n      availability\n      contact\n      capacityPerPeriod\n      capacityPeriod\n      themes\n      provinceCodes\n      cities\n      body\n      byline\n      originalUrl\n      media {\n        url\n        kind\n        credit\n        caption\n      }\n      creditLine\n      excludedProvinceCodes\n      noResyndication\n      embargoUntil\n    }\n  }\n"): (typeof documents)["\n  query ResourceEditor($id: ID!) {\n    resource(id: $id) {\n      id\n      version\n      updatedAt\n      viewerActions\n      area\n      title\n      description\n      terms\n      availability\n      contact\n      capacityPerPeriod\n      capacityPeriod\n      themes\n      provinceCodes\n      cities\n      body\n      byline\n      originalUrl\n      media {\n        url\n        kind\n        credit\n        caption\n      }\n      creditLine\n      excludedProvinceCodes\n      noResyndication\n      embargoUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResource($id: ID!, $version: Int!, $input: ResourceInput!) {\n    updateResource(id: $id, version: $version, input: $input) {\n      id\n      ...ResourcePage_resource\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResource($id: ID!, $version: Int!, $input: ResourceInput!) {\n    updateResource(id: $id, version: $version, input: $input) {\n      id\n      ...ResourcePage_resource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareResource($input: ResourceInput!) {\n    shareResource(input: $input) {\n      id\n      area\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ShareResource($input: ResourceInput!) {\n    shareResource(input: $input) {\n      id\n      area\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourcePage_resource on Resource {\n    id\n    area\n    status\n    version\n    updatedAt\n    ...ResourceHeader_resource\n    ...ResourceDetails_resource\n    ...RepublishPanel_resource\n    ...RepublicationTable_resource\n  }\n"): (typeof documents)["\n  fragment ResourcePage_resource on Resource {\n    id\n    area\n    status\n    version\n    updatedAt\n    ...ResourceHeader_resource\n    ...ResourceDetails_resource\n    ...RepublishPanel_resource\n    ...RepublicationTable_resource\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcePage($id: ID!) {\n    resource(id: $id) {\n      id\n      ...ResourcePage_resource\n    }\n  }\n"): (typeof documents)["\n  query ResourcePage($id: ID!) {\n    resource(id: $id) {\n      id\n      ...ResourcePage_resource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResourceChanged($resourceId: ID!) {\n    resourceChanged(resourceId: $resourceId) {\n      kind\n      resourceId\n      resource {\n        id\n        ...ResourcePage_resource\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ResourceChanged($resourceId: ID!) {\n    resourceChanged(resourceId: $resourceId) {\n      kind\n      resourceId\n      resource {\n        id\n        ...ResourcePage_resource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDisplayName($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDisplayName($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoSponsorList_topic on Topic {\n    id\n    proposer {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    coSponsors {\n      status\n      invitedAt\n      joinedAt\n      member {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CoSponsorList_topic on Topic {\n    id\n    proposer {\n      id\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n    }\n    coSponsors {\n      status\n      invitedAt\n      joinedAt\n      member {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicComments($id: ID!, $first: Int, $after: String) {\n    topic(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n            member {\n              id\n              nameZh\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopicComments($id: ID!, $first: Int, $after: String) {\n    topic(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n            member {\n              id\n              nameZh\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($topicId: ID!, $body: String!) {\n    addComment(topicId: $topicId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($topicId: ID!, $body: String!) {\n    addComment(topicId: $topicId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoSponsors($topicId: ID!, $memberIds: [ID!]!) {\n    inviteCoSponsors(topicId: $topicId, memberIds: $memberIds) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCoSponsors($topicId: ID!, $memberIds: [ID!]!) {\n    inviteCoSponsors(topicId: $topicId, memberIds: $memberIds) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicActions_topic on Topic {\n    id\n    title\n    state\n    viewerActions\n    proposer {\n      id\n    }\n    coSponsors {\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TopicActions_topic on Topic {\n    id\n    title\n    state\n    viewerActions\n    proposer {\n      id\n    }\n    coSponsors {\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicAfterAction_topic on Topic {\n    id\n    state\n    version\n    updatedAt\n    viewerActions\n    rejectionReason\n    cancelReason\n    coSponsors {\n      status\n      invitedAt\n      joinedAt\n      member {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TopicAfterAction_topic on Topic {\n    id\n    state\n    version\n    updatedAt\n    viewerActions\n    rejectionReason\n    cancelReason\n    coSponsors {\n      status\n      invitedAt\n      joinedAt\n      member {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeTopic($id: ID!) {\n    proposeTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeTopic($id: ID!) {\n    proposeTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveTopic($id: ID!) {\n    approveTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveTopic($id: ID!) {\n    approveTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectTopic($id: ID!, $reason: String!) {\n    rejectTopic(id: $id, reason: $reason) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"): (typeof documents)["\n  mutation RejectTopic($id: ID!, $reason: String!) {\n    rejectTopic(id: $id, reason: $reason) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTopic($id: ID!) {\n    startTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"): (typeof documents)["\n  mutation StartTopic($id: ID!) {\n    startTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTopic($id: ID!) {\n    completeTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTopic($id: ID!) {\n    completeTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTopic($id: ID!, $reason: String!) {\n    cancelTopic(id: $id, reason: $reason) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTopic($id: ID!, $reason: String!) {\n    cancelTopic(id: $id, reason: $reason) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinTopic($id: ID!) {\n    joinTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"): (typeof documents)["\n  mutation JoinTopic($id: ID!) {\n    joinTopic(id: $id) {\n      id\n      ...TopicAfterAction_topic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicCard_topic on Topic {\n    id\n    title\n    state\n    themes\n    windowStart\n    windowEnd\n    proposer {\n      id\n      nameZh\n      nameEn\n    }\n    coSponsors {\n      status\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    ...TopicProgress_topic\n  }\n"): (typeof documents)["\n  fragment TopicCard_topic on Topic {\n    id\n    title\n    state\n    themes\n    windowStart\n    windowEnd\n    proposer {\n      id\n      nameZh\n      nameEn\n    }\n    coSponsors {\n      status\n      member {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    ...TopicProgress_topic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicDetails_topic on Topic {\n    id\n    brief\n    themes\n    cities\n    windowStart\n    windowEnd\n    targetChannels\n    createdAt\n    updatedAt\n    version\n    provinces {\n      code\n      nameZh\n      nameEn\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment TopicDetails_topic on Topic {\n    id\n    brief\n    themes\n    cities\n    windowStart\n    windowEnd\n    targetChannels\n    createdAt\n    updatedAt\n    version\n    provinces {\n      code\n      nameZh\n      nameEn\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicHeader_topic on Topic {\n    id\n    title\n    state\n    rejectionReason\n    cancelReason\n    proposer {\n      id\n      nameZh\n      nameEn\n    }\n    ...TopicActions_topic\n  }\n"): (typeof documents)["\n  fragment TopicHeader_topic on Topic {\n    id\n    title\n    state\n    rejectionReason\n    cancelReason\n    proposer {\n      id\n      nameZh\n      nameEn\n    }\n    ...TopicActions_topic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicProgress_topic on Topic {\n    progress {\n      assignments\n      slots\n      claimed\n      submitted\n      accepted\n    }\n  }\n"): (typeof documents)["\n  fragment TopicProgress_topic on Topic {\n    progress {\n      assignments\n      slots\n      claimed\n      submitted\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicReach_topic on Topic {\n    id\n    reach {\n      publications\n      members\n      views\n      shares\n      likes\n    }\n    ...TopicProgress_topic\n  }\n"): (typeof documents)["\n  fragment TopicReach_topic on Topic {\n    id\n    reach {\n      publications\n      members\n      views\n      shares\n      likes\n    }\n    ...TopicProgress_topic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageProvinces {\n    provinces {\n      code\n      nameZh\n      nameEn\n      riverOrder\n    }\n  }\n"): (typeof documents)["\n  query CoverageProvinces {\n    provinces {\n      code\n      nameZh\n      nameEn\n      riverOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicEditor($id: ID!) {\n    topic(id: $id) {\n      id\n      version\n      state\n      viewerActions\n      updatedAt\n      title\n      brief\n      themes\n      provinces {\n        code\n      }\n      cities\n      windowStart\n      windowEnd\n      targetChannels\n    }\n  }\n"): (typeof documents)["\n  query TopicEditor($id: ID!) {\n    topic(id: $id) {\n      id\n      version\n      state\n      viewerActions\n      updatedAt\n      title\n      brief\n      themes\n      provinces {\n        code\n      }\n      cities\n      windowStart\n      windowEnd\n      targetChannels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTopic($id: ID!, $version: Int!, $input: TopicInput!) {\n    updateTopic(id: $id, version: $version, input: $input) {\n      id\n      version\n      updatedAt\n      title\n      brief\n      themes\n      provinces {\n        code\n        nameZh\n        nameEn\n      }\n      cities\n      windowStart\n      windowEnd\n      targetChannels\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTopic($id: ID!, $version: Int!, $input: TopicInput!) {\n    updateTopic(id: $id, version: $version, input: $input) {\n      id\n      version\n      updatedAt\n      title\n      brief\n      themes\n      provinces {\n        code\n        nameZh\n        nameEn\n      }\n      cities\n      windowStart\n      windowEnd\n      targetChannels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTopic($input: TopicInput!) {\n    createTopic(input: $input) {\n      id\n      title\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTopic($input: TopicInput!) {\n    createTopic(input: $input) {\n      id\n      title\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id\n      state\n      viewerActions\n      ...TopicHeader_topic\n      ...TopicDetails_topic\n      ...CoSponsorList_topic\n      ...TopicReach_topic\n      assignments {\n        id\n        ...AssignmentBoard_assignment\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id\n      state\n      viewerActions\n      ...TopicHeader_topic\n      ...TopicDetails_topic\n      ...CoSponsorList_topic\n      ...TopicReach_topic\n      assignments {\n        id\n        ...AssignmentBoard_assignment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TopicChanged($topicId: ID!) {\n    topicChanged(topicId: $topicId) {\n      topicId\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription TopicChanged($topicId: ID!) {\n    topicChanged(topicId: $topicId) {\n      topicId\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicBoard($filter: TopicFilter, $first: Int, $after: String) {\n    topics(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...TopicCard_topic\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopicBoard($filter: TopicFilter, $first: Int, $after: String) {\n    topics(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...TopicCard_topic\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;