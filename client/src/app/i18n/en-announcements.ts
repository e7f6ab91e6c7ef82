import type { zhCNAnnouncements } from './zh-CN-announcements';

/** Announcements and notification preferences in English. Spread into `en.ts`. */

export const enAnnouncementErrorReasons = {
  DELIVERY_NOT_ALLOWED: 'This kind asks you to act: it may wait for the daily digest but cannot be switched off.',
};

export const enAnnouncementNotificationKinds = {
  ANNOUNCEMENT_POSTED: 'Announcement',
};

export const enAnnouncementNotificationTexts = {
  ANNOUNCEMENT_POSTED: 'The secretariat posted an announcement: “{{announcement}}”',
};

export const enAnnouncements: typeof zhCNAnnouncements = {
  announcements: {
    title: 'Announcements',
    subtitle: 'Notices from the alliance secretariat to the members',
    post: 'Post announcement',
    none: 'No announcements yet',
    noneUnread: 'No unread announcements',
    filterAll: 'All',
    filterUnread: 'Unread',
    unreadSummary: '{{count}} unread',
    unread: 'Unread',
    important: 'Important',
    withdrawn: 'Withdrawn',
    toAll: 'All members',
    toProvinces: 'Members in {{provinces}}',
    postedAt: 'Posted {{time}}',
    postedBy: 'Posted by {{name}}',
    editedAt: 'Edited {{time}}',
    readCount: 'Read by {{read}} of {{total}} members',
    back: 'Back to announcements',
    notFound: 'Announcement not found or withdrawn',
    notFoundHelp: 'The secretariat may have withdrawn it, or it was not sent to your member.',
    edit: 'Edit',
    withdraw: 'Withdraw',
    confirmWithdraw: 'Withdraw this announcement?',
    confirmWithdrawHelp: 'Members will no longer see it; its read receipts are kept.',
    withdrawnDone: 'Announcement withdrawn',
    posted: 'Announcement posted',
    saved: 'Changes saved',
    home: {
      title: 'Unread announcements',
    },
    form: {
      postTitle: 'Post an announcement',
      editTitle: 'Edit announcement',
      title: 'Title',
      titleRequired: 'Enter a title',
      body: 'Text',
      bodyRequired: 'Enter the text',
      bodyHelp: 'Plain text; a blank line starts a new paragraph.',
      important: 'Important (pinned to the top and marked “Important”)',
      audience: 'Send to',
      audienceAll: 'All members',
      audienceProvinces: 'Members in chosen provinces',
      provinces: 'Provinces',
      provincesRequired: 'Choose at least one province',
      provincesPlaceholder: 'Choose provinces',
      audienceFixed: 'Whom it was sent to cannot change after posting.',
      submitPost: 'Post',
      submitSave: 'Save',
      cancel: 'Cancel',
      tooLong: 'At most {{max}} characters',
    },
    receipts: {
      title: 'Read receipts',
      help: 'A member has read it once any of its staff opened it.',
      read: 'Read ({{count}})',
      unread: 'Unread ({{count}})',
      member: 'Member',
      firstReadAt: 'First read',
      readers: 'Read by',
      readerMore: 'and {{count}} more',
      noneRead: 'No member has read it yet',
      allRead: 'Every member has read it',
    },
  },
  notificationPreferences: {
    title: 'Notifications',
    help: 'Choose how each kind reaches you: live (inbox and pop-up), only in the daily digest (08:00 Beijing time, summing up the day before), or not at all. Kinds that ask you to act cannot be switched off.',
    saved: 'Saved: {{kind}} — {{delivery}}',
    delivery: {
      LIVE: 'Live',
      DIGEST: 'Daily digest',
      OFF: 'Off',
    },
    group: {
      COVERAGE: 'Joint topics',
      WORK: 'Assignments and submissions',
      EXCHANGE: 'Resource requests',
      LIBRARY: 'Content library',
      EVENTS: 'Events',
      ALLIANCE: 'The alliance',
    },
  },
  digest: {
    pieces: '{{count}} new pieces you follow',
    held: 'Held for the digest: {{kinds}}',
    heldKind: '{{kind}} × {{count}}',
    heldTab: 'In the digest',
    heldHelp: 'As you chose in Settings, these arrive only in your daily digest, never as live alerts.',
    heldNone: 'Nothing held for the digest',
    separator: ', ',
  },
};
