import { CopyOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyPackage, type CopyablePackage, type CopyFormat } from '../copy-package';

/** "复制图文（HTML）" and "复制纯文本": the ready republication package onto the clipboard. */
export function CopyPackageButtons({ pkg }: { pkg: CopyablePackage }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<CopyFormat | null>(null);

  const copy = async (format: CopyFormat) => {
    setBusy(format);
    try {
      const copied = await copyPackage(pkg, format);
      void message.success(copied === format ? t(`piece.package.copied.${copied}`) : t('piece.package.copiedTextOnly'));
    } catch {
      // No clipboard permission (or an insecure page): say so rather than fail silently.
      void message.error(t('piece.package.copyFailed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap>
      <Button type="primary" icon={<CopyOutlined aria-hidden />} loading={busy === 'html'} onClick={() => void copy('html')}>
        {t('piece.package.copyHtml')}
      </Button>
      <Button icon={<FileTextOutlined aria-hidden />} loading={busy === 'text'} onClick={() => void copy('text')}>
        {t('piece.package.copyText')}
      </Button>
    </Space>
  );
}
