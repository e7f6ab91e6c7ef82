import { CalendarOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { ChannelIcon } from './channel-icon';
import { MemberTags } from './member-tags';

export const MemberListItemFragment = graphql(`
  fragment MemberListItem_member on Member {
    id
    nameZh
    nameEn
    cityZh
    cityEn
    status
    outletKind
    allianceRole
    joinedOn
    province {
      code
      nameZh
      nameEn
    }
    channels {
      kind
      name
    }
    staffCounts {
      secretariat
      chiefEditors
      editors
      reporters
      total
    }
  }
`);

/** One member in the directory: who, where, what kind, since when, where it publishes, how many people. */
export function MemberListItem({ member: ref }: { member: FragmentType<typeof MemberListItemFragment> }) {
  const { t } = useTranslation();
  const { pick, formatDate } = useLocalized();
  const member = getFragmentData(MemberListItemFragment, ref);
  const name = pick(member.nameZh, member.nameEn);
  const city = pick(member.cityZh, member.cityEn);
  const province = pick(member.province.nameZh, member.province.nameEn);
  const counts = member.staffCounts;
  const staffParts = [
    ...(counts.secretariat > 0 ? [{ key: 'secretariat' as const, count: counts.secretariat }] : []),
    { key: 'chiefEditors' as const, count: counts.chiefEditors },
    { key: 'editors' as const, count: counts.editors },
    { key: 'reporters' as const, count: counts.reporters },
  ];

  return (
    <Card size="small" data-testid="member-item" className="member-item">
      <div className="member-item-title">
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          <Link to={`/members/${member.id}`}>{name}</Link>
        </Typography.Title>
      </div>
      <div className="member-item-meta">
        <Space size={12} wrap>
          <span>
            <EnvironmentOutlined aria-hidden /> {city === province ? city : `${city} · ${province}`}
          </span>
          <span>
            <CalendarOutlined aria-hidden /> {t('memberCard.joined', { date: formatDate(member.joinedOn) })}
          </span>
        </Space>
      </div>
      <div className="member-item-row">
        <MemberTags outletKind={member.outletKind} allianceRole={member.allianceRole} status={member.status} />
      </div>
      <div className="member-item-row" aria-label={t('members.fields.channels')}>
        {member.channels.length === 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('members.noChannels')}
          </Typography.Text>
        ) : (
          member.channels.map((channel, index) => (
            <Tag key={`${channel.kind}-${index}`} icon={<ChannelIcon kind={channel.kind} />} variant="filled">
              <span title={t(`enums.channelKind.${channel.kind}`)}>{channel.name}</span>
            </Tag>
          ))
        )}
      </div>
      <div className="member-item-row member-item-meta">
        <span>
          <TeamOutlined aria-hidden />{' '}
          {staffParts
            .map((part) => `${t(`members.staffCounts.${part.key}`)} ${part.count}`)
            .join(' · ')}
        </span>
      </div>
    </Card>
  );
}
