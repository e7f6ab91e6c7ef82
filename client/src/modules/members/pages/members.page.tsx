import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MembersDirectory } from '../components/members-directory';

/** `/members?province=420000&q=jing` — the filters live in the URL, so they can be shared and go back. */
export function MembersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const provinceCode = params.get('province');
  const search = params.get('q') ?? '';

  const update = (key: 'province' | 'q', value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key === 'q' },
    );
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('members.title')}
          </Typography.Title>
          <div className="page-header-sub">{t('members.subtitle')}</div>
        </div>
      </div>
      <MembersDirectory
        provinceCode={provinceCode}
        search={search}
        onProvinceChange={(code) => update('province', code)}
        onSearchChange={(text) => update('q', text || null)}
      />
    </div>
  );
}
