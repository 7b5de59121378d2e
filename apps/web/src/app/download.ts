import i18n from 'i18next';
import { readSession } from './auth/session';

/** A refused download: the HTTP status and the server's `reason` (e.g. EXPORT_EXPIRED). */
export class DownloadError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string | undefined,
  ) {
    super(`${status}${reason ? ` ${reason}` : ''}`);
  }
}

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
  if (!response.ok) throw new DownloadError(response.status, await reasonOf(response));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function reasonOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { reason?: unknown };
    return typeof body.reason === 'string' ? body.reason : undefined;
  } catch {
    return undefined;
  }
}
