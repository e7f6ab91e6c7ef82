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
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      ...Viewer_user\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment AllianceByProvince_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n": typeof types.AllianceByProvince_ProvinceFragmentDoc,
    "\n  query ChiefEditorHome($memberId: ID!, $first: Int!) {\n    member(id: $memberId) {\n      id\n      nameZh\n      nameEn\n      allianceRole\n      ...MemberCard_member\n    }\n    memberAccounts(memberId: $memberId, first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        role\n        active\n        lastSignInAt\n      }\n    }\n  }\n": typeof types.ChiefEditorHomeDocument,
    "\n  fragment MemberCard_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    outletKind\n    allianceRole\n    status\n    joinedOn\n    staffCounts {\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": typeof types.MemberCard_MemberFragmentDoc,
    "\n  query SecretariatHome($first: Int!, $after: String) {\n    provinces {\n      code\n      memberCount\n      ...AllianceByProvince_province\n    }\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        allianceRole\n        status\n        joinedOn\n        staffCounts {\n          chiefEditors\n        }\n      }\n    }\n  }\n": typeof types.SecretariatHomeDocument,
    "\n  query StaffHome($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      staffCounts {\n        total\n      }\n      ...MemberCard_member\n    }\n    provinces {\n      code\n      ...AllianceByProvince_province\n    }\n  }\n": typeof types.StaffHomeDocument,
    "\n  fragment AccountsTable_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    lastSignInAt\n  }\n": typeof types.AccountsTable_UserFragmentDoc,
    "\n  query MemberAccounts($memberId: ID!, $first: Int, $after: String) {\n    memberAccounts(memberId: $memberId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...AccountsTable_user\n      }\n    }\n  }\n": typeof types.MemberAccountsDocument,
    "\n  mutation SetAccountActive($userId: ID!, $active: Boolean!) {\n    setAccountActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetAccountActiveDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      ...AccountsTable_user\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  query AdmitMemberProvinces {\n    provinces {\n      code\n      nameZh\n      nameEn\n      riverOrder\n    }\n  }\n": typeof types.AdmitMemberProvincesDocument,
    "\n  mutation AdmitMember($input: AdmitMemberInput!) {\n    admitMember(input: $input) {\n      id\n      nameZh\n      nameEn\n    }\n  }\n": typeof types.AdmitMemberDocument,
    "\n  fragment MemberChannels_member on Member {\n    id\n    channels {\n      kind\n      name\n      url\n    }\n  }\n": typeof types.MemberChannels_MemberFragmentDoc,
    "\n  fragment MemberListItem_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    status\n    outletKind\n    allianceRole\n    joinedOn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    channels {\n      kind\n      name\n    }\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": typeof types.MemberListItem_MemberFragmentDoc,
    "\n  query DirectoryProvinces {\n    provinces {\n      code\n      ...ProvinceFilter_province\n    }\n  }\n": typeof types.DirectoryProvincesDocument,
    "\n  query MembersDirectory($provinceCode: String, $search: String, $first: Int, $after: String) {\n    members(provinceCode: $provinceCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...MemberListItem_member\n      }\n    }\n  }\n": typeof types.MembersDirectoryDocument,
    "\n  fragment ProvinceFilter_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n": typeof types.ProvinceFilter_ProvinceFragmentDoc,
    "\n  fragment StaffCounts_member on Member {\n    id\n    allianceRole\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": typeof types.StaffCounts_MemberFragmentDoc,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      slug\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n      outletKind\n      allianceRole\n      status\n      joinedOn\n      latitude\n      longitude\n      isDemo\n      ...MemberChannels_member\n      ...StaffCounts_member\n    }\n  }\n": typeof types.MemberPageDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateDisplayName($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      id\n      displayName\n    }\n  }\n": typeof types.UpdateDisplayNameDocument,
};
const documents: Documents = {
    "\n  fragment Viewer_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    member {\n      id\n      nameZh\n      nameEn\n      allianceRole\n    }\n  }\n": types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation UpdateLocale($locale: String!) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.UpdateLocaleDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      ...Viewer_user\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment AllianceByProvince_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n": types.AllianceByProvince_ProvinceFragmentDoc,
    "\n  query ChiefEditorHome($memberId: ID!, $first: Int!) {\n    member(id: $memberId) {\n      id\n      nameZh\n      nameEn\n      allianceRole\n      ...MemberCard_member\n    }\n    memberAccounts(memberId: $memberId, first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        role\n        active\n        lastSignInAt\n      }\n    }\n  }\n": types.ChiefEditorHomeDocument,
    "\n  fragment MemberCard_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    outletKind\n    allianceRole\n    status\n    joinedOn\n    staffCounts {\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": types.MemberCard_MemberFragmentDoc,
    "\n  query SecretariatHome($first: Int!, $after: String) {\n    provinces {\n      code\n      memberCount\n      ...AllianceByProvince_province\n    }\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        allianceRole\n        status\n        joinedOn\n        staffCounts {\n          chiefEditors\n        }\n      }\n    }\n  }\n": types.SecretariatHomeDocument,
    "\n  query StaffHome($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      staffCounts {\n        total\n      }\n      ...MemberCard_member\n    }\n    provinces {\n      code\n      ...AllianceByProvince_province\n    }\n  }\n": types.StaffHomeDocument,
    "\n  fragment AccountsTable_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    lastSignInAt\n  }\n": types.AccountsTable_UserFragmentDoc,
    "\n  query MemberAccounts($memberId: ID!, $first: Int, $after: String) {\n    memberAccounts(memberId: $memberId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...AccountsTable_user\n      }\n    }\n  }\n": types.MemberAccountsDocument,
    "\n  mutation SetAccountActive($userId: ID!, $active: Boolean!) {\n    setAccountActive(userId: $userId, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetAccountActiveDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      displayName\n      ...AccountsTable_user\n    }\n  }\n": types.CreateAccountDocument,
    "\n  query AdmitMemberProvinces {\n    provinces {\n      code\n      nameZh\n      nameEn\n      riverOrder\n    }\n  }\n": types.AdmitMemberProvincesDocument,
    "\n  mutation AdmitMember($input: AdmitMemberInput!) {\n    admitMember(input: $input) {\n      id\n      nameZh\n      nameEn\n    }\n  }\n": types.AdmitMemberDocument,
    "\n  fragment MemberChannels_member on Member {\n    id\n    channels {\n      kind\n      name\n      url\n    }\n  }\n": types.MemberChannels_MemberFragmentDoc,
    "\n  fragment MemberListItem_member on Member {\n    id\n    nameZh\n    nameEn\n    cityZh\n    cityEn\n    status\n    outletKind\n    allianceRole\n    joinedOn\n    province {\n      code\n      nameZh\n      nameEn\n    }\n    channels {\n      kind\n      name\n    }\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": types.MemberListItem_MemberFragmentDoc,
    "\n  query DirectoryProvinces {\n    provinces {\n      code\n      ...ProvinceFilter_province\n    }\n  }\n": types.DirectoryProvincesDocument,
    "\n  query MembersDirectory($provinceCode: String, $search: String, $first: Int, $after: String) {\n    members(provinceCode: $provinceCode, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...MemberListItem_member\n      }\n    }\n  }\n": types.MembersDirectoryDocument,
    "\n  fragment ProvinceFilter_province on Province {\n    code\n    nameZh\n    nameEn\n    riverOrder\n    memberCount\n  }\n": types.ProvinceFilter_ProvinceFragmentDoc,
    "\n  fragment StaffCounts_member on Member {\n    id\n    allianceRole\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n": types.StaffCounts_MemberFragmentDoc,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      slug\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n      outletKind\n      allianceRole\n      status\n      joinedOn\n      latitude\n      longitude\n      isDemo\n      ...MemberChannels_member\n      ...StaffCounts_member\n    }\n  }\n": types.MemberPageDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateDisplayName($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      id\n      displayName\n    }\n  }\n": types.UpdateDisplayNameDocument,
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
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      ...Viewer_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
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
export function graphql(source: "\n  query SecretariatHome($first: Int!, $after: String) {\n    provinces {\n      code\n      memberCount\n      ...AllianceByProvince_province\n    }\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        allianceRole\n        status\n        joinedOn\n        staffCounts {\n          chiefEditors\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecretariatHome($first: Int!, $after: String) {\n    provinces {\n      code\n      memberCount\n      ...AllianceByProvince_province\n    }\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        nameZh\n        nameEn\n        cityZh\n        cityEn\n        allianceRole\n        status\n        joinedOn\n        staffCounts {\n          chiefEditors\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHome($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      staffCounts {\n        total\n      }\n      ...MemberCard_member\n    }\n    provinces {\n      code\n      ...AllianceByProvince_province\n    }\n  }\n"): (typeof documents)["\n  query StaffHome($memberId: ID!) {\n    member(id: $memberId) {\n      id\n      staffCounts {\n        total\n      }\n      ...MemberCard_member\n    }\n    provinces {\n      code\n      ...AllianceByProvince_province\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountsTable_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    lastSignInAt\n  }\n"): (typeof documents)["\n  fragment AccountsTable_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    lastSignInAt\n  }\n"];
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
export function graphql(source: "\n  fragment StaffCounts_member on Member {\n    id\n    allianceRole\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment StaffCounts_member on Member {\n    id\n    allianceRole\n    staffCounts {\n      secretariat\n      chiefEditors\n      editors\n      reporters\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      slug\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n      outletKind\n      allianceRole\n      status\n      joinedOn\n      latitude\n      longitude\n      isDemo\n      ...MemberChannels_member\n      ...StaffCounts_member\n    }\n  }\n"): (typeof documents)["\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      id\n      slug\n      nameZh\n      nameEn\n      cityZh\n      cityEn\n      province {\n        code\n        nameZh\n        nameEn\n      }\n      outletKind\n      allianceRole\n      status\n      joinedOn\n      latitude\n      longitude\n      isDemo\n      ...MemberChannels_member\n      ...StaffCounts_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDisplayName($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDisplayName($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      id\n      displayName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;