import { graphql } from '@/__generated__';

/** A whole version: its articles in order, what changed against the version before, who published it and when. */
export const CharterVersionFragment = graphql(`
  fragment CharterVersion_full on CharterVersion {
    id
    version
    changeNote
    publishedAt
    publishedBy {
      id
      displayName
    }
    articles {
      number
      title
      body
      area
    }
    changes {
      number
      kind
      title
      before {
        number
        title
        body
        area
      }
      after {
        number
        title
        body
        area
      }
    }
  }
`);

/** The current charter and the list of versions (newest first): what `/charter` and the editor start from. */
export const CharterPageQuery = graphql(`
  query CharterPage {
    charter {
      ...CharterVersion_full
    }
    charterVersions(first: 50) {
      id
      version
      changeNote
      publishedAt
    }
  }
`);

/** An older version, opened from the history (`/charter?version=N`). */
export const CharterVersionQuery = graphql(`
  query CharterVersion($version: Int!) {
    charterVersion(version: $version) {
      ...CharterVersion_full
    }
  }
`);
