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
  TEXT: <FileTextOutlined aria-hidden />,
  PHOTO: <CameraOutlined aria-hidden />,
  VIDEO: <VideoCameraOutlined aria-hidden />,
  LIVE: <WifiOutlined aria-hidden />,
  GRAPHIC: <PictureOutlined aria-hidden />,
  AUDIO: <AudioOutlined aria-hidden />,
};

export function AssignmentFormatTag({ format }: { format: AssignmentFormat }) {
  const { t } = useTranslation();
  return (
    <Tag icon={ICONS[format]} color="geekblue" style={{ marginInlineEnd: 0 }}>
      {t(`enums.assignmentFormat.${format}`)}
    </Tag>
  );
}
