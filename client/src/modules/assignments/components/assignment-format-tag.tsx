import {
  AudioOutlined,
  CameraOutlined,
  FileTextOutlined,
  PictureOutlined,
  VideoCameraOutlined,
  WifiOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentFormat } from '@yah/shared';

const ICONS: Record<AssignmentFormat, ReactNode> = {
  TEXT: <FileTextOutlined />,
  PHOTO: <CameraOutlined />,
  VIDEO: <VideoCameraOutlined />,
  LIVE: <WifiOutlined />,
  GRAPHIC: <PictureOutlined />,
  AUDIO: <AudioOutlined />,
};

export function AssignmentFormatTag({ format }: { format: AssignmentFormat }) {
  const { t } = useTranslation();
  return (
    <Tag icon={ICONS[format]} color="geekblue" style={{ marginInlineEnd: 0 }}>
      {t(`enums.assignmentFormat.${format}`)}
    </Tag>
  );
}
