import { graphql } from '@/__generated__';

export const AnnouncementRowFragment = graphql(`
  fragment AnnouncementRow_announcement on Announcement {
    id
    title
    body
    important
    audience
    state
    postedAt
    updatedAt
    withdrawnAt
    version
    viewerReadAt
    recipientCount
    readMemberCount
    viewerActions
    provinces {
      code
      nameZh
      nameEn
    }
    postedBy {
      id
      displayName
    }
  }
`);

export const AnnouncementsPageQuery = graphql(`
  query AnnouncementsPage($unreadOnly: Boolean, $first: Int, $after: String) {
    announcements(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      unreadCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...AnnouncementRow_announcement
      }
    }
  }
`);

export const AnnouncementPageQuery = graphql(`
  query AnnouncementPage($id: ID!) {
    announcement(id: $id) {
      id
      ...AnnouncementRow_announcement
    }
  }
`);

export const AnnouncementReceiptsQuery = graphql(`
  query AnnouncementReceipts($id: ID!, $filter: ReceiptFilter!, $first: Int, $after: String) {
    announcementReceipts(id: $id, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        firstReadAt
        readerCount
        member {
          id
          nameZh
          nameEn
          province {
            code
            nameZh
            nameEn
          }
        }
        readers {
          readAt
          person {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const PostAnnouncementMutation = graphql(`
  mutation PostAnnouncement($input: PostAnnouncementInput!) {
    postAnnouncement(input: $input) {
      id
      ...AnnouncementRow_announcement
    }
  }
`);

export const UpdateAnnouncementMutation = graphql(`
  mutation UpdateAnnouncement($id: ID!, $input: UpdateAnnouncementInput!) {
    updateAnnouncement(id: $id, input: $input) {
      id
      ...AnnouncementRow_announcement
    }
  }
`);

export const WithdrawAnnouncementMutation = graphql(`
  mutation WithdrawAnnouncement($id: ID!, $version: Int!) {
    withdrawAnnouncement(id: $id, version: $version) {
      id
      ...AnnouncementRow_announcement
    }
  }
`);

export const MarkAnnouncementReadMutation = graphql(`
  mutation MarkAnnouncementRead($id: ID!) {
    markAnnouncementRead(id: $id) {
      id
      viewerReadAt
    }
  }
`);
