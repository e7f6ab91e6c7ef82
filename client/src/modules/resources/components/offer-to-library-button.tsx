import { BookOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '@/__generated__';
import { errorMessage, readProblem } from '@/app/errors';

export const OfferClaimToLibraryMutation = graphql(`
  mutation OfferClaimToLibrary($claimId: ID!) {
    offerClaimToLibrary(claimId: $claimId) {
      id
      title
    }
  }
`);

/**
 * "提供给稿件库": one click turns an accepted claim into a library piece of the viewer's member (title, text and
 * links carried over by the server), then opens the new piece so the editor can add a summary, media or an embargo.
 */
export function OfferToLibraryButton({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [offer, { loading }] = useMutation(OfferClaimToLibraryMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'resources' });
      cache.gc();
    },
  });

  const onOffer = async () => {
    try {
      const { data } = await offer({ variables: { claimId } });
      if (!data) return;
      void message.success(t('library.offered'));
      await navigate(`/resources/${data.offerClaimToLibrary.id}`);
    } catch (error) {
      // Offered before: the piece is already in the library (find it there by its title).
      if (readProblem(error).code === 'CONFLICT') void message.info(t('library.alreadyOffered'));
      else void message.error(errorMessage(error, t));
    }
  };

  return (
    <Button size="small" icon={<BookOutlined aria-hidden />} loading={loading} onClick={() => void onOffer()}>
      {t('library.offerClaim')}
    </Button>
  );
}
