import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { requestLanguage } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { serveGraphiQLAssets } from '../graphql/graphiql';

/**
 * What the browser may load on Zyklus's pages: its own scripts only (no inline scripts),
 * inline styles (the web app's component library injects them), images from itself or data:
 * URIs, requests to itself; no page may frame Zyklus (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const TOO_LARGE = {
  de: 'Die Anfrage ist zu groß.',
  en: 'The request is too large.',
};

const MALFORMED = {
  de: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
  en: 'The body of the request is not valid JSON.',
};

/**
 * Body parser errors (too large, not JSON) in the format every other error has: GraphQL's
 * `{ errors: [{ message, extensions: { code, reason } }] }` on /graphql, `{ message, code,
 * reason }` on the plain routes. Express would otherwise answer with an HTML page.
 */
function bodyErrors(
  error: { type?: string; status?: number } | undefined,
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  const tooLarge = error?.type === 'entity.too.large';
  const malformed = error?.type === 'entity.parse.failed';
  if (!tooLarge && !malformed) return next(error);
  const text = (tooLarge ? TOO_LARGE : MALFORMED)[requestLanguage(request)];
  const extensions = {
    code: 'BAD_USER_INPUT',
    reason: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_JSON',
  };
  response
    .status(tooLarge ? 413 : 400)
    .json(
      request.path.startsWith('/graphql')
        ? { errors: [{ message: text, extensions }] }
        : { message: text, ...extensions },
    );
}

/**
 * The HTTP layer's protections, in one place for the api's bootstrap and the tests' app:
 * security headers (helmet), no X-Powered-By, the body size limit with a 413 in the usual
 * error format, and (outside production) the offline GraphQL explorer's files. Call it before
 * `init()`/`listen()`. The per-client limit for anonymous requests is a guard (AppModule).
 */
export function hardenHttp(nest: INestApplication, config: AppConfig): void {
  const app = nest as NestExpressApplication;
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      // The web app and GraphiQL load nothing from other origins; no cross-origin isolation needed.
      crossOriginEmbedderPolicy: false,
      // HSTS belongs to the TLS-terminating proxy in front of Zyklus.
      strictTransportSecurity: config.isProduction,
    }),
  );
  // Nest skips its own parsers when these are in place.
  app.useBodyParser('json', { limit: config.http.bodyLimitBytes });
  app.useBodyParser('urlencoded', { limit: config.http.bodyLimitBytes, extended: true });
  app.use(bodyErrors);
  if (!config.isProduction) serveGraphiQLAssets(app);
}
