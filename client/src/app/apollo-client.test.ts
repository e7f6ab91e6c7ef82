import { describe, expect, it, vi } from 'vitest';
import { createApolloClient, sessionEndedOnSocket } from './apollo-client';
import { clearSessionExpired, sessionHasExpired } from './auth/session';
import { ViewerQuery } from './auth/viewer';
import { MemberPageQuery } from '@/modules/members/pages/member.page';

function respond(body: unknown): typeof fetch {
  return vi.fn(async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
}

const ME = {
  __typename: 'User' as const,
  id: 'u-1',
  email: 'editor.jingzhou@demo.example',
  displayName: '张志强',
  role: 'EDITOR' as const,
  locale: 'zh-CN',
  member: {
    __typename: 'Member' as const,
    id: 'm-1',
    nameZh: '荆州市融媒体中心',
    nameEn: 'Jingzhou',
    allianceRole: 'CHAIR' as const,
  },
};

describe('createApolloClient', () => {
  it('forgets the viewer when the server says the session is gone', async () => {
    clearSessionExpired();
    const client = createApolloClient({
      fetch: respond({ data: null, errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } }] }),
    });
    client.writeQuery({ query: ViewerQuery, data: { me: ME } });
    await expect(client.query({ query: MemberPageQuery, variables: { id: 'm-1' } })).rejects.toThrow();
    expect(client.readQuery({ query: ViewerQuery })?.me).toBeNull();
    expect(sessionHasExpired()).toBe(true);
    clearSessionExpired();
  });

  it('sends cookies to its own origin only, at /graphql', async () => {
    const fetchMock = respond({ data: { me: null } });
    const client = createApolloClient({ fetch: fetchMock });
    await client.query({ query: ViewerQuery });
    const [url, init] = vi.mocked(fetchMock).mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init?.credentials).toBe('same-origin');
  });

  it('stops reconnecting the live socket once the server says the session ended', () => {
    expect(sessionEndedOnSocket({ code: 4401, reason: 'Session ended' })).toBe(true);
    expect(sessionEndedOnSocket({ code: 4403, reason: 'Forbidden' })).toBe(true);
    expect(sessionEndedOnSocket({ code: 1006, reason: '' })).toBe(false);
    // A server copy shutting down closes with 1012 "Service restart": reconnect (to another copy, or to it once back).
    expect(sessionEndedOnSocket({ code: 1012, reason: 'Service restart' })).toBe(false);
    expect(sessionEndedOnSocket(new Error('network down'))).toBe(false);
  });
});
