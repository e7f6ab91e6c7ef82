import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { AttachedFiles } from '@/modules/files/components/attached-files';

export const ClaimFilesFragment = graphql(`
  fragment ClaimFiles_claim on Claim {
    id
    viewerMayRemoveFiles
    files {
      id
      ...AttachedFiles_file
    }
  }
`);

export const RemoveClaimFileMutation = graphql(`
  mutation RemoveClaimFile($fileId: ID!) {
    removeClaimFile(fileId: $fileId) {
      id
      version
      ...ClaimFiles_claim
    }
  }
`);

/** The photos, video, audio and documents handed in with a claim: download for whoever reads the claim, delete for its reporter until accepted. */
export function ClaimFiles({ claim }: { claim: FragmentType<typeof ClaimFilesFragment> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const data = getFragmentData(ClaimFilesFragment, claim);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [remove] = useMutation(RemoveClaimFileMutation);

  const onRemove = async (file: { id: string }) => {
    setRemovingId(file.id);
    try {
      await remove({ variables: { fileId: file.id } });
      void message.success(t('files.removed'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    } finally {
      setRemovingId(null);
    }
  };

  if (data.files.length === 0) return null;
  return (
    <div className="claim-files" data-testid="claim-files">
      <AttachedFiles files={data.files} onRemove={data.viewerMayRemoveFiles ? (file) => void onRemove(file) : undefined} removingId={removingId} />
    </div>
  );
}
