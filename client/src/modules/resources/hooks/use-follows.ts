import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/__generated__';
import type { MyFollowsQuery as MyFollowsData } from '@/__generated__/graphql';

export const MyFollowsQuery = graphql(`
  query MyFollows {
    myFollows {
      id
      kind
      keyword
      createdAt
      member {
        id
        nameZh
        nameEn
      }
    }
  }
`);

export const FollowMemberMutation = graphql(`
  mutation FollowMember($memberId: ID!) {
    followMember(memberId: $memberId) {
      id
      kind
      keyword
      createdAt
      member {
        id
        nameZh
        nameEn
      }
    }
  }
`);

export const FollowKeywordMutation = graphql(`
  mutation FollowKeyword($keyword: String!) {
    followKeyword(keyword: $keyword) {
      id
      kind
      keyword
      createdAt
      member {
        id
        nameZh
        nameEn
      }
    }
  }
`);

export const UnfollowMutation = graphql(`
  mutation Unfollow($id: ID!) {
    unfollow(id: $id)
  }
`);

export type Follow = MyFollowsData['myFollows'][number];

/** Puts a new follow into the cached list (the list is small and has no pages: no refetch needed). */
function addFollow(cache: ApolloCache, follow: Follow): void {
  cache.updateQuery({ query: MyFollowsQuery }, (current) =>
    current && !current.myFollows.some((existing) => existing.id === follow.id)
      ? { myFollows: [...current.myFollows, follow] }
      : current,
  );
}

/** My follows, and the three ways to change them; each keeps the cached list in step. */
export function useFollows() {
  const query = useQuery(MyFollowsQuery, { fetchPolicy: 'cache-and-network' });
  const [followMember, memberState] = useMutation(FollowMemberMutation, {
    update: (cache, { data }) => {
      if (data) addFollow(cache, data.followMember);
    },
  });
  const [followKeyword, keywordState] = useMutation(FollowKeywordMutation, {
    update: (cache, { data }) => {
      if (data) addFollow(cache, data.followKeyword);
    },
  });
  const [unfollowMutation, unfollowState] = useMutation(UnfollowMutation);
  const unfollow = (id: string) =>
    unfollowMutation({
      variables: { id },
      update: (cache) => {
        cache.updateQuery({ query: MyFollowsQuery }, (current) =>
          current ? { myFollows: current.myFollows.filter((follow) => follow.id !== id) } : current,
        );
      },
    });

  return {
    query,
    follows: query.data?.myFollows ?? null,
    followMember: (memberId: string) => followMember({ variables: { memberId } }),
    followKeyword: (keyword: string) => followKeyword({ variables: { keyword } }),
    unfollow,
    busy: memberState.loading || keywordState.loading || unfollowState.loading,
  };
}
