/** What a form says after sending: an alert when the service refused, else a status. */
export interface FormNote {
  error: boolean;
  text: string;
}

export function FormMessage({ note }: { note: FormNote | null }) {
  if (!note) return null;
  return (
    <p role={note.error ? 'alert' : 'status'} class={note.error ? 'error' : 'ok'}>
      {note.text}
    </p>
  );
}
