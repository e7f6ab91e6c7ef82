import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { EmbargoBadge } from './embargo-badge';
import { FollowMemberButton } from './follow-member-button';
import { RequestResourceButton } from './request-resource-button';

export const ResourceHeaderFragment = graphql(`
  fragment ResourceHeader_resource on Resource {
    id
    area
    status
    source
    title
    embargoState
    embargoUntil
    headlineOnly
    viewerActions
    createdAt
    owner {
      id
      nameZh
      nameEn
      cityZh
      cityEn
    }
    createdBy {
      id
      displayName
    }
    ...RequestResourceButton_resource
  }
`);

export const WithdrawResourceMutation = graphql(`
  mutation WithdrawResource($id: ID!) {
    withdrawResource(id: $id) {
      id
      status
      version
      viewerActions
    }
  }
`);

/** Title, area, whose it is, embargo and status; the owner's edit and withdraw. */
export function ResourceHeader({ resource: ref }: { resource: FragmentType<typeof ResourceHeaderFragment> }) {
  const { t } = useTranslation();
  const { pick, formatDateTime } = useLocalized();
  const { message } = App.useApp();
  const resource = getFragmentData(ResourceHeaderFragment, ref);
  const viewer = useViewer();
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawResourceMutation, {
    // The lists show active resources only: drop them so they load afresh.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'resources' });
      cache.gc();
    },
  });

  const onWithdraw = async () => {
    try {
      await withdraw({ variables: { id: resource.id } });
      void message.success(t('piece.withdrawn'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  return (
    <div className="page-header" style={{ marginBottom: 0 }}>
      <div style={{ minWidth: 0 }}>
        <div className="topic-title-row">
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {resource.title}
          </Typography.Title>
          <Space size={4} wrap>
            <Tag color="blue">{t(`enums.resourceArea.${resource.area}`)}</Tag>
            <EmbargoBadge embargoState={resource.embargoState} embargoUntil={resource.embargoUntil} />
            {resource.headlineOnly && <Tag color="gold">{t('library.headlineOnly')}</Tag>}
            {resource.status === 'WITHDRAWN' && <Tag>{t('enums.resourceStatus.WITHDRAWN')}</Tag>}
          </Space>
        </div>
        <div className="page-header-sub">
          {t('piece.offeredBy', {
            member: pick(resource.owner.nameZh, resource.owner.nameEn),
            city: pick(resource.owner.cityZh, resource.owner.cityEn),
            person: resource.createdBy.displayName,
            time: formatDateTime(resource.createdAt),
          })}
          {resource.source !== 'MANUAL' && ` · ${t(`enums.resourceSource.${resource.source}`)}`}
        </div>
      </div>
      <Space wrap>
        <RequestResourceButton resource={resource} />
        {resource.owner.id !== viewer.member.id && <FollowMemberButton memberId={resource.owner.id} />}
        {resource.viewerActions.includes('EDIT') && (
          <LinkButton icon={<EditOutlined aria-hidden />} to={`/resources/${resource.id}/edit`}>
            {t('common.edit')}
          </LinkButton>
        )}
        {resource.viewerActions.includes('WITHDRAW') && (
          <Popconfirm
            title={t('piece.confirmWithdraw', { title: resource.title })}
            description={t('piece.confirmWithdrawHelp')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={onWithdraw}
          >
            <Button danger icon={<DeleteOutlined aria-hidden />} loading={withdrawing}>
              {t('piece.withdraw')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </div>
  );
}
