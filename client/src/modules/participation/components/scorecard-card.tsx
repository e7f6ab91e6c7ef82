import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '@/__generated__';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { ParticipationPeriodFragment, ParticipationPlanFragment, ParticipationRowFragment } from '../participation-fragments';
import { participationExportHref } from '../participation-filter';
import { defaultPeriod } from '../participation-format';
import { joinPlan } from '../participation-plan';
import { EntriesDrawer, type DrillTarget } from './entries-drawer';
import { PeriodSelect } from './period-select';
import { ScorecardBody } from './scorecard-body';
import '../participation.css';

export const MemberScorecardQuery = graphql(`
  query MemberScorecard($memberId: ID!, $periodId: ID) {
    periods {
      id
      ...ParticipationPeriod_period
      ...ParticipationPlan_period
    }
    memberScorecard(memberId: $memberId, periodId: $periodId) {
      ...ParticipationRow_row
    }
  }
`);

/** The member's library give and take, read from the exchange balance the page already has. */
export interface ScorecardBalance {
  piecesOffered: number;
  republishedFromOthers: number;
}

/** 承诺与参与度 on a member's page (the secretariat, and the member's own chief editor): index, rank, each commitment with its formula. */
export function ScorecardCard({ memberId, balance }: { memberId: string; balance: ScorecardBalance }) {
  const { t } = useTranslation();
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const { data, previousData, error, refetch } = useQuery(MemberScorecardQuery, { variables: { memberId, periodId } });
  const shown = data ?? previousData;
  const periods = useMemo(() => (shown?.periods ?? []).map((ref) => getFragmentData(ParticipationPeriodFragment, ref)), [shown]);
  const chosen = periods.find((period) => period.id === periodId) ?? defaultPeriod(periods);
  // The scorecard is of the chosen period (the server's default is defaultPeriod's): its plan names the row's commitments.
  const plan = useMemo(() => {
    const ref = shown?.periods.find((item) => item.id === chosen?.id);
    return ref ? getFragmentData(ParticipationPlanFragment, ref) : null;
  }, [shown, chosen?.id]);
  const row = useMemo(() => (shown?.memberScorecard && plan ? joinPlan([getFragmentData(ParticipationRowFragment, shown.memberScorecard)], plan)[0]! : null), [shown, plan]);

  const body = () => {
    if (!shown) return error ? <LoadErrorAlert error={error} onRetry={() => void refetch()} /> : <Skeleton active paragraph={{ rows: 4 }} />;
    if (!row || !chosen) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('participation.scorecard.noPeriod')} />;
    return (
      <ScorecardBody
        row={row}
        periodId={chosen.id}
        onDrill={setDrill}
        footer={
          <div className="scorecard-footer">
            <span>
              <Typography.Text strong>{t('participation.scorecard.balance')}</Typography.Text>{' '}
              {t('participation.scorecard.balanceValue', { offered: balance.piecesOffered, republished: balance.republishedFromOthers })}{' '}
              <a href="#exchange-balance">{t('participation.scorecard.balanceLink')}</a>
            </span>
            <Button size="small" icon={<DownloadOutlined aria-hidden />} href={participationExportHref('xlsx', { periodId: chosen.id, memberId })} download data-testid="scorecard-export">
              {t('participation.scorecard.export')}
            </Button>
          </div>
        }
      />
    );
  };

  return (
    <Card
      size="small"
      title={t('participation.scorecard.title')}
      data-testid="scorecard"
      extra={
        periods.length > 0 && (
          <Space>
            <PeriodSelect periods={periods} value={chosen?.id ?? null} onChange={setPeriodId} />
          </Space>
        )
      }
    >
      {body()}
      <EntriesDrawer target={drill} onClose={() => setDrill(null)} onNavigate={setDrill} />
    </Card>
  );
}
