import i18n from 'i18next';
import { readSession } from './auth/session';

/**
 * Downloads a file from a signed-in server route (calendar files, CSV exports): a plain link
 * cannot send the access token, so the app fetches it and hands the browser the bytes.
 */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const session = readSession();
  const response = await fetch(path, {
    headers: {
      'accept-language': i18n.language,
      ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}),
    },
  });
  if (!response.ok) throw new Error(`${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
