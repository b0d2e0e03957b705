import { toDataURL } from 'qrcode';
import type { BotAccountRef } from '../api/types';
import { t } from '../i18n/i18n';
import { useLoad } from '../use-load';

/**
 * Each account's contact QR card, drawn in the page from the link HR stored (the code a
 * learner scans to add the account): nothing is fetched from elsewhere.
 */
export function QrCards({ accounts }: { accounts: BotAccountRef[] }) {
  const withCard = accounts.filter((a) => a.qrCardUrl);
  const drawn = useLoad(
    () => Promise.all(withCard.map((a) => toDataURL(a.qrCardUrl!, { margin: 1, width: 160 }))),
    [withCard.map((a) => a.qrCardUrl).join(' ')],
  );
  if (withCard.length === 0 || !drawn.data) return null;
  return (
    <div class="invite-sheet qr-cards">
      {withCard.map((a, i) => {
        const caption = t('scanToAdd', { name: a.name });
        return (
          <figure key={a.id}>
            <img src={drawn.data![i]} alt={caption} width={160} height={160} />
            <figcaption>{caption}</figcaption>
          </figure>
        );
      })}
    </div>
  );
}
