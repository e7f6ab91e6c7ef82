import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { STATUS_COLORS } from '../status-colors';
import type { RiverMapMember } from './river-map';

/** The river map's data as a table (rank order): the keyboard and screen-reader way to the same scorecards. */
export function RiverMapList({
  members,
  onOpenMember,
}: {
  members: readonly RiverMapMember[];
  onOpenMember: (memberId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const rows = [...members].sort((a, b) => a.rank - b.rank || b.index - a.index);
  return (
    <div className="river-map-list">
      <table>
        <caption>{t('riverMap.list.caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('riverMap.list.rank')}</th>
            <th scope="col">{t('riverMap.list.member')}</th>
            <th scope="col">{t('riverMap.list.city')}</th>
            <th scope="col" className="river-map-number">
              {t('riverMap.list.index')}
            </th>
            <th scope="col">{t('riverMap.list.status')}</th>
            <th scope="col" className="river-map-number">
              {t('riverMap.list.commitments')}
            </th>
            <th scope="col">{t('riverMap.list.lastActivity')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((member) => {
            const name = english ? member.nameEn : member.nameZh;
            const met = member.commitments.filter((commitment) => commitment.status === 'MET').length;
            return (
              <tr key={member.id}>
                <td className="river-map-number river-map-cell-rank">{member.rank}</td>
                <th scope="row" className="river-map-cell-name">
                  <Button
                    type="link"
                    size="small"
                    className="river-map-list-open"
                    aria-label={t('riverMap.list.open', { name })}
                    onClick={() => onOpenMember(member.id)}
                  >
                    {name}
                  </Button>
                </th>
                <td className="river-map-cell-city">{english ? member.cityEn : member.cityZh}</td>
                <td className="river-map-number river-map-cell-index">{member.index.toFixed(1)}</td>
                <td className="river-map-cell-status">
                  <span className="river-map-status" style={{ color: STATUS_COLORS[member.status] }}>
                    <span className="river-map-status-dot" style={{ background: STATUS_COLORS[member.status] }} aria-hidden="true" />
                    {t(`riverMap.status.${member.status}`)}
                  </span>
                </td>
                <td className="river-map-number river-map-cell-commitments">
                  <span className="river-map-cell-caption">{t('riverMap.list.commitments')} </span>
                  {t('riverMap.list.commitmentsValue', { met, total: member.commitments.length })}
                </td>
                <td className="river-map-cell-activity">
                  <span className="river-map-cell-caption">{t('riverMap.list.lastActivityShort')} </span>
                  {member.lastActivityAt ? formatAllianceTime(member.lastActivityAt, english) : t('riverMap.list.never')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
