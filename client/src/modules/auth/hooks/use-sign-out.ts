import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '@/__generated__';
import { clearSessionExpired, setSigningOut } from '@/app/auth/session';
import { ViewerQuery } from '@/app/auth/viewer';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session on the server, forgets everything cached for this person, and goes to the sign-in page. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOutMutation] = useMutation(SignOutMutation);
  const [signingOut, setPending] = useState(false);

  const signOut = useCallback(async () => {
    setPending(true);
    setSigningOut(true);
    try {
      await signOutMutation();
    } catch {
      // Already signed out on the server (or unreachable): the local session is forgotten all the same.
    }
    clearSessionExpired();
    await client.clearStore();
    client.writeQuery({ query: ViewerQuery, data: { me: null } });
    setSigningOut(false);
    setPending(false);
    await navigate('/sign-in', { replace: true, state: { signedOut: true } });
  }, [client, navigate, signOutMutation]);

  return { signOut, signingOut };
}
