import { useState } from 'preact/hooks';
import { decodeSpreadsheet } from '../enrol/enrol-csv';
import { t } from '../i18n/i18n';

/** A drop target that is also a labelled file input, so the keyboard can use it too. */
export function EnrolDropzone({ onText }: { onText: (text: string, name: string) => void }) {
  const [over, setOver] = useState(false);
  const read = async (file: File | undefined) => {
    if (file) onText(decodeSpreadsheet(await file.arrayBuffer()), file.name);
  };
  return (
    <div
      class={over ? 'dropzone over' : 'dropzone'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void read(e.dataTransfer?.files[0]);
      }}
    >
      <p>{t('dropCsv')}</p>
      <p class="hint">{t('csvColumns')}</p>
      <label for="enrol-file">{t('chooseFile')}</label>{' '}
      <input
        id="enrol-file"
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => void read(e.currentTarget.files?.[0])}
      />
    </div>
  );
}
