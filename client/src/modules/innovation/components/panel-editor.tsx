import { useMutation, useQuery } from '@apollo/client/react';
import { App, Empty, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INNOVATION_LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';

export const PanelMembersQuery = graphql(`
  query InnovationPanelMembers {
    members(first: 100) {
      nodes {
        id
        nameZh
        nameEn
      }
    }
  }
`);

export const PanelAccountsQuery = graphql(`
  query InnovationPanelAccounts($memberId: ID!) {
    memberAccounts(memberId: $memberId, first: 100) {
      nodes {
        id
        displayName
        role
        active
      }
    }
  }
`);

export const SetInnovationPanelMutation = graphql(`
  mutation SetInnovationPanel($roundId: ID!, $userIds: [ID!]!) {
    setInnovationPanel(roundId: $roundId, userIds: $userIds) {
      id
      version
      panel {
        id
        displayName
      }
    }
  }
`);

interface Panellist {
  id: string;
  displayName: string;
}

interface PanelEditorProps {
  open: boolean;
  roundId: string;
  panel: readonly Panellist[];
  onClose: () => void;
}

/** The secretariat names the panel: accounts of any member, chosen member by member. */
export function PanelEditor({ open, roundId, panel, onClose }: PanelEditorProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<Panellist[]>([...panel]);
  const [memberId, setMemberId] = useState<string | null>(null);
  const members = useQuery(PanelMembersQuery, { skip: !open });
  const accounts = useQuery(PanelAccountsQuery, { variables: { memberId: memberId ?? '' }, skip: !memberId });
  const [save, { loading }] = useMutation(SetInnovationPanelMutation);

  const onOk = async () => {
    try {
      await save({ variables: { roundId, userIds: chosen.map((person) => person.id) } });
      onClose();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  const available = (accounts.data?.memberAccounts.nodes ?? []).filter((account) => account.active && !chosen.some((person) => person.id === account.id));

  return (
    <Modal
      open={open}
      title={t('innovation.editPanel')}
      onCancel={onClose}
      onOk={() => void onOk()}
      okButtonProps={{ disabled: chosen.length < INNOVATION_LIMITS.panel.min }}
      confirmLoading={loading}
      destroyOnHidden
    >
      <div className="stack" style={{ gap: 12 }}>
        <Typography.Text type="secondary">{t('innovation.panelPickMember')}</Typography.Text>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('innovation.panelMember')}
          placeholder={t('innovation.panelMember')}
          loading={members.loading}
          value={memberId ?? undefined}
          onChange={setMemberId}
          options={(members.data?.members.nodes ?? []).map((member) => ({ value: member.id, label: pick(member.nameZh, member.nameEn) }))}
        />
        <Select
          aria-label={t('innovation.panelAccounts')}
          placeholder={t('innovation.panelAccounts')}
          disabled={!memberId}
          loading={accounts.loading}
          value={null}
          onChange={(id: string) => {
            const account = available.find((candidate) => candidate.id === id);
            if (account && chosen.length < INNOVATION_LIMITS.panel.max) setChosen([...chosen, { id: account.id, displayName: account.displayName }]);
          }}
          options={available.map((account) => ({ value: account.id, label: `${account.displayName} · ${t(`enums.role.${account.role}`)}` }))}
        />
        <Typography.Text strong>{t('innovation.panelSelected')}</Typography.Text>
        {chosen.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('innovation.panelNone')} />
        ) : (
          <Space wrap size={[4, 8]} data-testid="panel-chosen">
            {chosen.map((person) => (
              <Tag key={person.id} closable onClose={() => setChosen(chosen.filter((other) => other.id !== person.id))}>
                {person.displayName}
              </Tag>
            ))}
          </Space>
        )}
      </div>
    </Modal>
  );
}
