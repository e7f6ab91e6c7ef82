import type { ApolloCache } from '@apollo/client';
import { ViewerQuery } from './viewer';

let expired = false;
let signingOut = false;

/**
 * The server no longer knows this session (expired, signed out elsewhere, account deactivated):
 * forget the viewer so the auth guard sends the person to the sign-in page, with a word why.
 */
export function markSessionExpired(cache: ApolloCache): void {
  expired = true;
  cache.writeQuery({ query: ViewerQuery, data: { me: null } });
}

/** Whether the last session ended on the server's side (read by the guard when it redirects). */
export function sessionHasExpired(): boolean {
  return expired;
}

/** Called on sign-in and sign-out: the explanation is no longer due. */
export function clearSessionExpired(): void {
  expired = false;
}

/**
 * This tab is signing out: the server ending the session's live socket is then the sign-out itself, not a
 * session that ended elsewhere, and must not be reported as one.
 */
export function setSigningOut(value: boolean): void {
  signingOut = value;
}

export function isSigningOut(): boolean {
  return signingOut;
}
