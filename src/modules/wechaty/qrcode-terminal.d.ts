declare module 'qrcode-terminal' {
  export function generate(
    text: string,
    options: { small: boolean },
    done: (qr: string) => void,
  ): void;
}
