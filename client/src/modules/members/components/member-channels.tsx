import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ChannelIcon } from './channel-icon';

export const MemberChannelsFragment = graphql(`
  fragment MemberChannels_member on Member {
    id
    channels {
      kind
      name
      url
    }
  }
`);

/** Where a member publishes: every channel with its kind and, when known, a link. */
export function MemberChannels({ member: ref }: { member: FragmentType<typeof MemberChannelsFragment> }) {
  const { t } = useTranslation();
  const { channels } = getFragmentData(MemberChannelsFragment, ref);
  return (
    <Card title={t('members.detail.channels')} size="small">
      {channels.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.noChannels')} />
      ) : (
        <ul className="channel-list">
          {channels.map((channel, index) => (
            <li key={`${channel.kind}-${index}`}>
              <span className="channel-kind">
                <ChannelIcon kind={channel.kind} /> {t(`enums.channelKind.${channel.kind}`)}
              </span>
              {channel.url ? (
                <Typography.Link
                  href={channel.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={t('members.detail.openChannel', { name: channel.name })}
                >
                  {channel.name}
                </Typography.Link>
              ) : (
                <span>{channel.name}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
