import { createContext, useContext } from 'react';
import { graphql, type FragmentType, getFragmentData } from '@/__generated__';
import type { Viewer_UserFragment } from '@/__generated__/graphql';

/** What the whole app knows about the signed-in person. */
export const ViewerFragment = graphql(`
  fragment Viewer_user on User {
    id
    email
    displayName
    role
    locale
    member {
      id
      nameZh
      nameEn
      allianceRole
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      ...Viewer_user
    }
  }
`);

export type Viewer = Viewer_UserFragment;

export function readViewer(ref: FragmentType<typeof ViewerFragment>): Viewer {
  return getFragmentData(ViewerFragment, ref);
}

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in person; only inside the auth guard. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() used outside the signed-in area');
  return viewer;
}

/** The signed-in person, or null on public pages. */
export function useOptionalViewer(): Viewer | null {
  return useContext(ViewerContext);
}
