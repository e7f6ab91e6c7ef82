import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTER_LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { refetchActive } from '@/app/apollo-client';
import { errorMessage, readProblem } from '@/app/errors';
import { lengthRules } from '@/app/form-rules';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { AttachedFiles } from '@/modules/files/components/attached-files';
import { formatAllianceDateTime } from '@/app/time/alliance-time';
import { periodLabel } from '../commitment-format';
import { useEvidenceLookup } from '../hooks/use-evidence-lookup';
import { EvidenceStateTag, useEvidenceList, type EvidenceItem } from './evidence-list';
import { sideDrawerWidth } from './commitment-targets-drawer';
import { useLocalizedForm } from '@/app/use-localized-form';

export const DecideCommitmentEvidenceMutation = graphql(`
  mutation DecideCommitmentEvidence($id: ID!, $verified: Boolean!, $note: String, $version: Int!) {
    decideCommitmentEvidence(id: $id, verified: $verified, note: $note, version: $version) {
      id
      ...EvidenceItem_evidence
    }
  }
`);

/** Where an opened piece of evidence belongs, when the list it was opened from knows. */
export interface EvidenceHint {
  id: string;
  commitmentId: string;
  memberId: string;
}

/** The secretariat's verdict on submitted evidence: verified, or rejected with a note saying why. */
function DecisionForm({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = useLocalizedForm<{ note: string }>();
  const [decide, { loading }] = useMutation(DecideCommitmentEvidenceMutation);
  const [deciding, setDeciding] = useState<boolean | null>(null);

  const submit = async (verified: boolean) => {
    const note = ((form.getFieldValue('note') as string | undefined) ?? '').trim();
    if (!verified && !note) {
      form.setFields([{ name: 'note', errors: [t('evidence.rejectNeedsNote')] }]);
      return;
    }
    try {
      await form.validateFields();
    } catch {
      return;
    }
    setDeciding(verified);
    try {
      await decide({ variables: { id: item.id, verified, note: note || null, version: item.version } });
      void message.success(verified ? t('evidence.verified') : t('evidence.rejected'));
    } catch (error) {
      const problem = readProblem(error);
      void message.error(problem.reason === 'STALE_VERSION' ? t('evidence.stale') : errorMessage(error, t));
    } finally {
      setDeciding(null);
      refetchActive(client, ['CommitmentEvidenceList']);
    }
  };

  return (
    <Form form={form} layout="vertical" className="evidence-decision" data-testid="evidence-decision">
      <Form.Item name="note" label={t('evidence.decisionNote')} extra={t('evidence.decisionNoteHelp')} rules={lengthRules(t, { max: CHARTER_LIMITS.decisionNote })}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={CHARTER_LIMITS.decisionNote} showCount />
      </Form.Item>
      <Space wrap>
        <Button type="primary" loading={loading && deciding === true} disabled={loading} onClick={() => void submit(true)}>
          {t('evidence.verify')}
        </Button>
        <Button danger loading={loading && deciding === false} disabled={loading} onClick={() => void submit(false)}>
          {t('evidence.reject')}
        </Button>
      </Space>
    </Form>
  );
}

function EvidenceDetails({ item, canDecide }: { item: EvidenceItem; canDecide: boolean }) {
  const { t } = useTranslation();
  const { isEnglish, pick } = useLocalized();
  return (
    <div className="stack" data-testid="evidence-details">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'commitment', label: t('evidence.commitment'), children: item.commitment.title },
          { key: 'period', label: t('evidence.period'), children: periodLabel(t, item.commitment.period) },
          { key: 'member', label: t('evidence.member'), children: pick(item.member.nameZh, item.member.nameEn) },
          { key: 'state', label: t('evidence.state'), children: <EvidenceStateTag state={item.state} /> },
        ]}
      />
      <Typography.Text type="secondary">
        {t('evidence.submittedBy', { name: item.submittedBy?.displayName ?? '—', time: formatAllianceDateTime(item.createdAt, isEnglish) })}
      </Typography.Text>
      <section aria-label={t('evidence.text')}>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {t('evidence.text')}
        </Typography.Title>
        <div className="charter-text">{item.text}</div>
      </section>
      {item.files.length > 0 && (
        <section aria-label={t('files.title')}>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('files.title')}
          </Typography.Title>
          <AttachedFiles files={item.files} />
        </section>
      )}
      {item.links.length > 0 && (
        <section aria-label={t('evidence.links')}>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('evidence.links')}
          </Typography.Title>
          <ul className="evidence-links">
            {item.links.map((link) => (
              <li key={link}>
                <a href={link} target="_blank" rel="noopener noreferrer">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {item.state !== 'SUBMITTED' && (
        <Alert
          type={item.state === 'VERIFIED' ? 'success' : 'error'}
          showIcon
          title={t('evidence.decidedBy', {
            name: item.decidedBy?.displayName ?? '—',
            time: item.decidedAt ? formatAllianceDateTime(item.decidedAt, isEnglish) : '—',
            state: t(`enums.evidenceState.${item.state}`),
          })}
          description={item.decisionNote ? `${t('evidence.decisionNote')}：${item.decisionNote}` : undefined}
        />
      )}
      {canDecide && item.state === 'SUBMITTED' && <DecisionForm item={item} />}
    </div>
  );
}

/** Reads the evidence by its commitment and member, once known, and shows it. */
function EvidenceBody({ id, commitmentId, memberId, canDecide }: { id: string; commitmentId: string; memberId: string; canDecide: boolean }) {
  const { t } = useTranslation();
  const { query, connection, items } = useEvidenceList({ commitmentId, memberId });
  if (!connection) return query.error ? <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : <Skeleton active />;
  const item = items.find((candidate) => candidate.id === id);
  return item ? <EvidenceDetails item={item} canDecide={canDecide} /> : <Alert type="warning" showIcon title={t('evidence.notFound')} />;
}

interface EvidenceDrawerProps {
  evidenceId: string | null;
  hint: EvidenceHint | null;
  canDecide: boolean;
  onClose: () => void;
}

/** One piece of evidence (`/commitments?evidence=<id>`): what was done, its links, its verdict; the secretariat decides it here. */
export function EvidenceDrawer({ evidenceId, hint, canDecide, onClose }: EvidenceDrawerProps) {
  const { t } = useTranslation();
  const known = hint && hint.id === evidenceId ? hint : null;
  const lookup = useEvidenceLookup(known ? null : evidenceId);
  const where = known ?? (lookup?.status === 'found' ? { id: evidenceId ?? '', commitmentId: lookup.commitmentId, memberId: lookup.memberId } : null);

  let body;
  if (!evidenceId) body = null;
  else if (where) body = <EvidenceBody id={evidenceId} commitmentId={where.commitmentId} memberId={where.memberId} canDecide={canDecide} />;
  else if (lookup?.status === 'missing') body = <Alert type="warning" showIcon title={t('evidence.notFound')} />;
  else if (lookup?.status === 'error') {
    const forbidden = readProblem(lookup.error).code === 'FORBIDDEN';
    body = <Alert type={forbidden ? 'warning' : 'error'} showIcon title={forbidden ? t('evidence.notFound') : errorMessage(lookup.error, t)} />;
  } else
    body = (
      <div role="status" aria-label={t('evidence.finding')}>
        <Skeleton active />
      </div>
    );

  return (
    <Drawer open={Boolean(evidenceId)} onClose={onClose} title={t('evidence.title')} size={sideDrawerWidth()} destroyOnHidden data-testid="evidence-drawer">
      {body}
    </Drawer>
  );
}
