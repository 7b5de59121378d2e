import type { Request } from 'express';
import { Language, languageFromAcceptHeader } from './language';

/**
 * The language to answer a request in: the signed-in person's preference once sign-in exists,
 * otherwise the Accept-Language header, German by default.
 */
export function requestLanguage(request: Request | undefined): Language {
  return languageFromAcceptHeader(request?.headers['accept-language']);
}
