import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';

export const ExchangeBalanceCardFragment = graphql(`
  fragment ExchangeBalanceCard_member on Member {
    id
    exchangeBalance {
      piecesOffered
      resourcesOffered
      republishedFromOthers
      republishedByOthers
      requestsFulfilledForOthers
      requestsReceivedFulfilled
    }
  }
`);

type Metric =
  | 'piecesOffered'
  | 'resourcesOffered'
  | 'republishedFromOthers'
  | 'republishedByOthers'
  | 'requestsFulfilledForOthers'
  | 'requestsReceivedFulfilled';

/** What the member gave to the alliance, and what it took from it. */
const GIVEN: readonly Metric[] = ['piecesOffered', 'resourcesOffered', 'republishedByOthers', 'requestsFulfilledForOthers'];
const TAKEN: readonly Metric[] = ['republishedFromOthers', 'requestsReceivedFulfilled'];

/** 共享往来: a member's give and take in the exchange, each number with a one-line explanation. */
export function ExchangeBalanceCard({ member: ref }: { member: FragmentType<typeof ExchangeBalanceCardFragment> }) {
  const { t } = useTranslation();
  const { exchangeBalance: balance } = getFragmentData(ExchangeBalanceCardFragment, ref);

  const cells = (metrics: readonly Metric[]) =>
    metrics.map((metric) => (
      <Col key={metric} xs={12} sm={8} lg={6}>
        <Statistic title={t(`balance.${metric}`)} value={balance[metric]} />
        <div className="member-item-meta">{t(`balance.${metric}Help`)}</div>
      </Col>
    ));

  return (
    <Card title={t('balance.title')} size="small" data-testid="exchange-balance">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('balance.help')}
      </Typography.Paragraph>
      <Typography.Text strong>{t('balance.given')}</Typography.Text>
      <Row gutter={[16, 16]} style={{ margin: '8px 0 16px' }}>
        {cells(GIVEN)}
      </Row>
      <Typography.Text strong>{t('balance.taken')}</Typography.Text>
      <Row gutter={[16, 16]} style={{ marginTop: 8 }}>
        {cells(TAKEN)}
      </Row>
    </Card>
  );
}
