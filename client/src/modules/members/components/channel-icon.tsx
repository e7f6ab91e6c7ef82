import {
  GlobalOutlined,
  MobileOutlined,
  ReadOutlined,
  TikTokOutlined,
  VideoCameraOutlined,
  WechatOutlined,
  WeiboOutlined,
} from '@ant-design/icons';
import type { ChannelKind } from '@yah/shared';

export function ChannelIcon({ kind }: { kind: ChannelKind }) {
  switch (kind) {
    case 'NEWSPAPER':
      return <ReadOutlined aria-hidden />;
    case 'APP':
      return <MobileOutlined aria-hidden />;
    case 'WEBSITE':
      return <GlobalOutlined aria-hidden />;
    case 'WECHAT':
      return <WechatOutlined aria-hidden />;
    case 'WEIBO':
      return <WeiboOutlined aria-hidden />;
    case 'DOUYIN':
      return <TikTokOutlined aria-hidden />;
    case 'VIDEO':
      return <VideoCameraOutlined aria-hidden />;
  }
}
