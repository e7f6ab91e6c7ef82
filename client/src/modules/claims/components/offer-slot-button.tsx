import { UserAddOutlined } from '@ant-design/icons';
import { NetworkStatus } from '@apollo/client';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Divider, Form, Modal, Select, Typography, type RefSelectProps } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { describeProblem, readProblem } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { useLocalizedForm } from '@/app/use-localized-form';
import { useDebouncedValue } from '@/modules/members/hooks/use-debounced-value';

export const OfferCandidatesQuery = graphql(`
  query OfferCandidates($assignmentId: ID!, $search: String, $first: Int, $after: String) {
    offerCandidates(assignmentId: $assignmentId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        displayName
        member {
          id
          nameZh
          nameEn
        }
      }
    }
  }
`);

export const OfferAssignmentMutation = graphql(`
  mutation OfferAssignment($assignmentId: ID!, $reporterId: ID!) {
    offerAssignment(assignmentId: $assignmentId, reporterId: $reporterId) {
      id
      state
      assignment {
        id
        openSlots
        viewerActions
        claims {
          id
          state
        }
      }
    }
  }
`);

const PAGE = 20;

export interface OfferSlotButtonProps {
  assignmentId: string;
  title: string;
  onChanged: () => void;
}

/** "Offer to a reporter": the assignment's editors pick any active reporter of any member and offer them a slot. */
export function OfferSlotButton({ assignmentId, title, onChanged }: OfferSlotButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" icon={<UserAddOutlined aria-hidden />} onClick={() => setOpen(true)} data-testid="offer-slot">
        {t('offers.offer')}
      </Button>
      {open && <OfferSlotModal assignmentId={assignmentId} title={title} onClose={() => setOpen(false)} onChanged={onChanged} />}
    </>
  );
}

function OfferSlotModal({ assignmentId, title, onClose, onChanged }: OfferSlotButtonProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<{ reporterId: string }>();
  const [search, setSearch] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const settled = useDebouncedValue(search.trim().slice(0, COVERAGE_LIMITS.reporterSearch.max), 250);
  const { data, loading, error, fetchMore, networkStatus } = useQuery(
    OfferCandidatesQuery,
    assignmentId ? { variables: { assignmentId, search: settled || null, first: PAGE }, notifyOnNetworkStatusChange: true } : skipToken,
  );
  const [offer, { loading: sending }] = useMutation(OfferAssignmentMutation);
  const connection = data?.offerCandidates;
  const options = useMemo(
    () =>
      (connection?.nodes ?? []).map((node) => ({
        value: node.id,
        label: `${node.displayName} · ${pick(node.member.nameZh, node.member.nameEn)}`,
      })),
    [connection, pick],
  );

  const onFinish = async ({ reporterId }: { reporterId: string }) => {
    setFailure(null);
    const name = options.find((option) => option.value === reporterId)?.label.split(' · ')[0] ?? '';
    try {
      await offer({ variables: { assignmentId, reporterId } });
      void message.success(t('offers.sent', { name }));
      onChanged();
      onClose();
    } catch (caught) {
      setFailure(describeProblem(readProblem(caught), t));
    }
  };

  const formId = `offer-form-${assignmentId}`;
  const reporterRef = useRef<RefSelectProps>(null);
  return (
    <Modal
      open
      title={t('offers.offerTitle', { title })}
      onCancel={onClose}
      destroyOnHidden
      okText={t('offers.send')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: sending }}
      onOk={() => undefined}
      mask={{ closable: false }}
      // Once the dialog is in place (it takes the focus itself on opening, animated or not), the reporter field takes it.
      afterOpenChange={(visible) => visible && reporterRef.current?.focus()}
    >
      <Typography.Paragraph type="secondary">{t('offers.offerHelp')}</Typography.Paragraph>
      <Form id={formId} form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="reporterId" label={t('offers.reporter')} rules={[{ required: true, message: t('offers.reporterRequired') }]}>
          <Select
            data-testid="offer-reporter"
            ref={reporterRef}
            loading={loading}
            options={options}
            placeholder={t('offers.reporterPlaceholder')}
            showSearch={{ filterOption: false, onSearch: setSearch }}
            notFoundContent={loading ? null : t('offers.noReporters')}
            popupRender={(menu) => (
              <>
                {menu}
                {connection?.pageInfo.hasNextPage && (
                  <>
                    <Divider style={{ margin: '4px 0' }} />
                    <div className="select-footer">
                      <Typography.Text type="secondary">{t('offers.moreReporters', { count: connection.totalCount - connection.nodes.length })}</Typography.Text>
                      <Button
                        size="small"
                        type="link"
                        loading={networkStatus === NetworkStatus.fetchMore}
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
                      >
                        {t('offers.loadMore')}
                      </Button>
                    </div>
                  </>
                )}
              </>
            )}
          />
        </Form.Item>
      </Form>
      {(failure || error) && <Alert type="error" showIcon title={failure ?? describeProblem(readProblem(error), t)} />}
    </Modal>
  );
}
