/** Accounts: one-time password reset links, member suspension, the secretariat line of the directory. */
export const enAccounts = {
  resetLink: {
    issue: 'Reset link',
    issueFor: 'Create a password reset link for {{name}}',
    confirmTitle: 'Create a one-time password reset link for {{name}}?',
    confirmHelp:
      'The link works for {{hours}} hours and only once; any link created before stops working. Setting a new password with it signs the account out everywhere.',
    generate: 'Create link',
    title: 'Password reset link',
    shownOnce: 'This link is shown only now and cannot be shown again. Hand it to {{name}} in person or through a trusted channel.',
    linkLabel: 'Reset link',
    expires: 'Valid until {{time}} (Beijing time)',
    copy: 'Copy link',
    copied: 'Copied',
    done: 'Done',
  },
  resetPage: {
    title: 'Set a new password',
    checking: 'Checking the link…',
    forAccount: "Set a new password for {{name}}'s account.",
    newPassword: 'New password',
    confirmPassword: 'New password again',
    passwordHelp: 'At least {{min}} and at most {{max}} characters.',
    mismatch: 'The two passwords differ',
    submit: 'Set new password',
    doneTitle: 'Your new password is set',
    doneHelp: 'Every earlier sign-in of this account has ended. Sign in with the new password.',
    toSignIn: 'Sign in',
    states: {
      EXPIRED: 'This link has expired.',
      USED: 'This link has already been used.',
      INVALID: 'This link is not valid: a newer link may have replaced it, or it was not copied whole.',
    },
    askAgain: "Ask your member's chief editor or the alliance secretariat for a new link.",
    loadError: 'The link could not be checked. Check your connection and try again.',
  },
  memberStatus: {
    cardTitle: 'Member status',
    suspendedAlert: 'The alliance secretariat has suspended this member: its accounts cannot sign in. Its history stays.',
    reason: 'Reason: {{reason}}',
    changedAt: '{{time}} (Beijing time)',
    suspend: 'Suspend member',
    reactivate: 'Reactivate member',
    suspendTitle: 'Suspend {{name}}?',
    suspendHelp:
      'All its accounts are signed out at once and cannot sign in, and it can no longer be picked for new invitations, registrations or offers. Its topics, claims and publications stay visible.',
    reactivateTitle: 'Reactivate {{name}}?',
    reactivateHelp: 'Its accounts can sign in again.',
    reasonLabel: 'Reason',
    reasonPlaceholder: 'e.g. no commitments met for two quarters',
    reasonRequired: 'Give a reason (at least {{min}} characters)',
    suspended: '{{name}} suspended',
    reactivated: '{{name}} reactivated',
    active: 'Active',
    suspendedNow: 'Suspended',
  },
  directorySecretariat: {
    label: 'Alliance secretariat',
    line: 'Alliance secretariat: {{name}} ({{city}})',
    note: 'The secretariat runs the alliance day to day and is not counted as a member.',
  },
};

/** The server's refusals for accounts (spread into `errors.reason`). */
export const enAccountErrorReasons = {
  MEMBER_SUSPENDED: 'Your member unit has been suspended by the alliance secretariat, so its accounts cannot sign in. Ask the secretariat.',
  RESET_LINK_EXPIRED: 'This reset link has expired. Ask for a new one.',
  RESET_LINK_USED: 'This reset link has already been used. Ask for a new one.',
  RESET_LINK_INVALID: 'This reset link is not valid. Ask for a new one.',
  ACCOUNT_INACTIVE: 'This account is deactivated: activate it before resetting its password.',
  MEMBER_STATUS_UNCHANGED: "The member's status has changed meanwhile. Reload the page.",
  CANNOT_SUSPEND_SECRETARIAT: 'The alliance secretariat cannot be suspended.',
};
