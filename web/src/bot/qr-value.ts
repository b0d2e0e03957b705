/**
 * The API gives the login QR code as Wechaty's image link, which points at a public web
 * service an intranet cannot reach: the value to scan is inside it, drawn here instead.
 */
const WECHATY_QR_IMAGE = /^https:\/\/wechaty\.js\.org\/qrcode\/(.+)$/;

export function qrValueOf(qrCodeUrl: string): string {
  const match = WECHATY_QR_IMAGE.exec(qrCodeUrl);
  return match ? decodeURIComponent(match[1]) : qrCodeUrl;
}
