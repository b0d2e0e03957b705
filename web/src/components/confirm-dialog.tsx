import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/i18n';

/** A modal `<dialog>`: focus moves into it and Escape cancels. */
export function ConfirmDialog(props: {
  text: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} aria-labelledby="confirm-text" onCancel={props.onCancel}>
      <p id="confirm-text">{props.text}</p>
      <button type="button" onClick={props.onCancel}>
        {t('cancel')}
      </button>{' '}
      <button type="button" class="danger" onClick={props.onConfirm}>
        {t('confirm')}
      </button>
    </dialog>
  );
}
