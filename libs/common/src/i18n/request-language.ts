import type { Request } from 'express';
import { Language, languageFromAcceptHeader } from './language';

/** Set on the request once the caller is known (see the auth guard). */
export interface RequestWithLanguage extends Request {
  preferredLanguage?: Language;
}

/**
 * The language to answer a request in: the signed-in person's preference, otherwise the
 * Accept-Language header, German by default.
 */
export function requestLanguage(request: RequestWithLanguage | undefined): Language {
  return (
    request?.preferredLanguage ?? languageFromAcceptHeader(request?.headers['accept-language'])
  );
}
