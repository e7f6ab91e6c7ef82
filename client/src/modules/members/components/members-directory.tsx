import { SearchOutlined } from '@ant-design/icons';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Input, Skeleton, Typography } from 'antd';
import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { MemberListItem } from './member-list-item';
import { ProvinceFilter } from './province-filter';

export const DirectoryProvincesQuery = graphql(`
  query DirectoryProvinces {
    provinces {
      code
      ...ProvinceFilter_province
    }
    allianceSecretariat {
      id
      nameZh
      nameEn
      cityZh
      cityEn
    }
  }
`);

export const MembersDirectoryQuery = graphql(`
  query MembersDirectory($provinceCode: String, $search: String, $first: Int, $after: String) {
    members(provinceCode: $provinceCode, search: $search, first: $first, after: $after, newsroomsOnly: true) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...MemberListItem_member
      }
    }
  }
`);

export const DIRECTORY_PAGE_SIZE = LIMITS.page.defaultSize;

export interface MembersDirectoryProps {
  provinceCode: string | null;
  search: string;
  onProvinceChange: (code: string | null) => void;
  onSearchChange: (search: string) => void;
}

function ListSkeleton() {
  return (
    <div className="member-grid" aria-hidden>
      {Array.from({ length: 6 }, (_, index) => (
        <Card size="small" key={index}>
          <Skeleton active title paragraph={{ rows: 3 }} />
        </Card>
      ))}
    </div>
  );
}

/** Province chips, search box and the paginated list. The filter state lives with the caller (the URL). */
export function MembersDirectory({ provinceCode, search, onProvinceChange, onSearchChange }: MembersDirectoryProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [searchText, setSearchText] = useState(search);
  const debouncedSearch = useDebouncedValue(searchText.trim(), 300);

  // The URL may change the search (back button, "clear filters"): follow it.
  const [followedSearch, setFollowedSearch] = useState(search);
  if (followedSearch !== search) {
    setFollowedSearch(search);
    setSearchText(search);
  }
  // Only a settled change of the typed text writes back (not a change of the URL itself).
  const commitSearch = useEffectEvent((text: string) => {
    if (text !== search) onSearchChange(text);
  });
  useEffect(() => commitSearch(debouncedSearch), [debouncedSearch]);

  const provinces = useQuery(DirectoryProvincesQuery);
  const members = useQuery(MembersDirectoryQuery, {
    variables: { provinceCode, search: search || null, first: DIRECTORY_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  const connection = members.data?.members;
  const secretariat = provinces.data?.allianceSecretariat;
  const loadingMore = members.networkStatus === NetworkStatus.fetchMore;
  const filtered = provinceCode !== null || search !== '';

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;
    void members.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  };

  let list;
  if (!connection && members.error) {
    list = (
      <Alert
        type="error"
        showIcon
        title={t('members.loadError')}
        description={errorMessage(members.error, t)}
        action={
          <Button size="small" onClick={() => void members.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!connection || (members.loading && !loadingMore)) {
    list = <ListSkeleton />;
  } else if (connection.nodes.length === 0) {
    list = (
      <Empty description={t('members.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE}>
        <Typography.Paragraph type="secondary">{t('members.emptyHelp')}</Typography.Paragraph>
        {filtered && (
          <Button
            onClick={() => {
              setSearchText('');
              onSearchChange('');
              onProvinceChange(null);
            }}
          >
            {t('members.clearFilters')}
          </Button>
        )}
      </Empty>
    );
  } else {
    list = (
      <>
        <div className="member-grid">
          {connection.nodes.map((node) => (
            <MemberListItem key={node.id} member={node} />
          ))}
        </div>
        <div style={{ textAlign: 'center', marginTop: 20 }}>
          <Typography.Paragraph type="secondary">
            {t('common.showing', { shown: connection.nodes.length, total: connection.totalCount })}
          </Typography.Paragraph>
          {connection.pageInfo.hasNextPage && (
            <Button onClick={loadMore} loading={loadingMore}>
              {t('common.loadMore')}
            </Button>
          )}
          {members.error && loadingMore === false && connection && (
            <Typography.Paragraph type="danger" role="alert">
              {errorMessage(members.error, t)}
            </Typography.Paragraph>
          )}
        </div>
      </>
    );
  }

  return (
    <div>
      <Input
        allowClear
        size="large"
        prefix={<SearchOutlined aria-hidden />}
        placeholder={t('members.searchPlaceholder')}
        aria-label={t('members.searchLabel')}
        maxLength={LIMITS.search.max}
        value={searchText}
        onChange={(event) => setSearchText(event.target.value)}
        onPressEnter={() => onSearchChange(searchText.trim())}
        style={{ marginBottom: 12 }}
        type="search"
      />
      {provinces.data ? (
        <ProvinceFilter provinces={provinces.data.provinces} value={provinceCode} onChange={onProvinceChange} />
      ) : provinces.error ? null : (
        <Skeleton.Button active size="small" block style={{ marginBottom: 16 }} />
      )}
      <div aria-live="polite" aria-busy={members.loading}>
        {connection && !members.loading && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
            {t('members.total', { count: connection.totalCount })}
          </Typography.Paragraph>
        )}
        {list}
      </div>
      {secretariat && (
        <Typography.Paragraph type="secondary" className="directory-secretariat" data-testid="directory-secretariat">
          <Link to={`/members/${secretariat.id}`}>
            {t('directorySecretariat.line', { name: pick(secretariat.nameZh, secretariat.nameEn), city: pick(secretariat.cityZh, secretariat.cityEn) })}
          </Link>{' '}
          · {t('directorySecretariat.note')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
