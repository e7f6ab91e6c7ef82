import { DeleteOutlined, EditOutlined, LinkOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { PublicationModal, type EditedPublication } from './publication-modal';

export const PublicationListFragment = graphql(`
  fragment PublicationList_publication on Publication {
    id
    channel
    url
    publishedAt
    views
    shares
    likes
    viewerActions
    member {
      id
      nameZh
      nameEn
    }
  }
`);

export const WithdrawPublicationMutation = graphql(`
  mutation WithdrawPublication($id: ID!) {
    withdrawPublication(id: $id) {
      id
      publications {
        id
        ...PublicationList_publication
      }
    }
  }
`);

export interface PublicationListProps {
  publications: readonly FragmentType<typeof PublicationListFragment>[];
  /** The claim they belong to and its piece's title, for correcting one. */
  claimId?: string;
  pieceTitle?: string;
  /** After a correction or a withdrawal (the topic's reach changed). */
  onChanged?: () => void;
}

/** Where a piece ran, each with its reach; whoever recorded one may correct or withdraw it. */
export function PublicationList({ publications: refs, claimId, pieceTitle = '', onChanged }: PublicationListProps) {
  const { t } = useTranslation();
  const { pick, formatDateTime, formatNumber } = useLocalized();
  const { message } = App.useApp();
  const publications = getFragmentData(PublicationListFragment, refs);
  const [editing, setEditing] = useState<EditedPublication | null>(null);
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawPublicationMutation);

  const onWithdraw = async (id: string) => {
    try {
      await withdraw({ variables: { id } });
      void message.success(t('publications.withdrawn'));
      onChanged?.();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  if (publications.length === 0) return null;
  return (
    <>
      <ul className="plain-list publication-list" aria-label={t('publications.title')}>
        {publications.map((publication) => {
          const where = `${pick(publication.member.nameZh, publication.member.nameEn)} · ${t(`enums.channelKind.${publication.channel}`)}`;
          return (
            <li key={publication.id} data-testid="publication">
              <a href={publication.url} target="_blank" rel="noreferrer noopener">
                <LinkOutlined aria-hidden /> {where}
              </a>{' '}
              <Typography.Text type="secondary">
                {formatDateTime(publication.publishedAt)} ·{' '}
                {t('publications.reachLine', {
                  views: formatNumber(publication.views),
                  shares: formatNumber(publication.shares),
                  likes: formatNumber(publication.likes),
                })}
              </Typography.Text>
              {(publication.viewerActions.includes('EDIT') || publication.viewerActions.includes('WITHDRAW')) && (
                <Space size={4} style={{ marginLeft: 8 }}>
                  {publication.viewerActions.includes('EDIT') && claimId && (
                    <Button size="small" type="text" icon={<EditOutlined aria-hidden />} aria-label={t('publications.editOne', { where })} onClick={() => setEditing(publication)}>
                      {t('publications.edit')}
                    </Button>
                  )}
                  {publication.viewerActions.includes('WITHDRAW') && (
                    <Popconfirm
                      title={t('publications.confirmWithdraw', { where })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => onWithdraw(publication.id)}
                    >
                      <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} loading={withdrawing} aria-label={t('publications.withdrawOne', { where })}>
                        {t('publications.withdraw')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              )}
            </li>
          );
        })}
      </ul>
      {claimId && (
        <PublicationModal
          open={editing !== null}
          claimId={claimId}
          pieceTitle={pieceTitle}
          publication={editing}
          onClose={() => setEditing(null)}
          onRecorded={onChanged}
        />
      )}
    </>
  );
}
