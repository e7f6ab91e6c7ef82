import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql, getFragmentData } from '@/__generated__';
import { readProblem } from '@/app/errors';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { RepublicationTable } from '../components/republication-table';
import { RepublishPanel } from '../components/republish-panel';
import { ResourceDetails } from '../components/resource-details';
import { ResourceHeader } from '../components/resource-header';
import '../resources.css';

/** Everything the page shows, in one fragment: the query and each live event carry the same fields. */
export const ResourcePageFragment = graphql(`
  fragment ResourcePage_resource on Resource {
    id
    area
    status
    version
    updatedAt
    ...ResourceHeader_resource
    ...ResourceDetails_resource
    ...RepublishPanel_resource
    ...RepublicationTable_resource
  }
`);

export const ResourcePageQuery = graphql(`
  query ResourcePage($id: ID!) {
    resource(id: $id) {
      id
      ...ResourcePage_resource
    }
  }
`);

export const ResourceChangedSubscription = graphql(`
  subscription ResourceChanged($resourceId: ID!) {
    resourceChanged(resourceId: $resourceId) {
      kind
      resourceId
      resource {
        id
        ...ResourcePage_resource
      }
    }
  }
`);

function BackLink({ area }: { area: string | null }) {
  const { t } = useTranslation();
  const library = area === null || area === 'CONTENT';
  return (
    <LinkButton type="link" icon={<ArrowLeftOutlined aria-hidden />} to={library ? '/library' : `/resources?area=${area}`} style={{ paddingLeft: 0 }}>
      {library ? t('piece.backToLibrary') : t('piece.backToExchange')}
    </LinkButton>
  );
}

/** `/resources/:id` — a library piece or another resource: what the viewer may see of it, the package, where it ran. Live. */
export function ResourcePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ResourcePageQuery, { variables: { id } });

  // Each event carries the resource as the viewer may see it now: Apollo writes it into the cache under
  // Resource:<id>, so edits and new republications appear without fetching the page again.
  useSubscription(ResourceChangedSubscription, {
    variables: { resourceId: id },
    // Live updates are a bonus: without them the page still works.
    onError: () => undefined,
  });

  if (!data && loading) {
    return (
      <div className="page">
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }
  if (!data?.resource) {
    return (
      <div className="page">
        <BackLink area={null} />
        {data || readProblem(error).code === 'NOT_FOUND' ? (
          <Result status="404" title={t('piece.notFound')} subTitle={t('piece.notFoundHelp')} />
        ) : (
          <LoadErrorAlert error={error} onRetry={() => void refetch()} />
        )}
      </div>
    );
  }

  const resource = getFragmentData(ResourcePageFragment, data.resource);
  const content = resource.area === 'CONTENT';
  return (
    <div className="page stack">
      <div>
        <BackLink area={resource.area} />
        <ResourceHeader resource={resource} />
      </div>
      {content ? (
        // On one column the package and "record" come right after the piece, before where it ran.
        <div className="piece-layout">
          <div className="piece-details stack">
            <ResourceDetails resource={resource} />
          </div>
          <aside className="piece-side stack">
            <RepublishPanel resource={resource} />
          </aside>
          <div className="piece-ran">
            <RepublicationTable resource={resource} />
          </div>
        </div>
      ) : (
        <ResourceDetails resource={resource} />
      )}
    </div>
  );
}
