import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { AppConfig } from '@zyklus/config';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Paths the server answers itself; never the web app's. */
const SERVER_PATHS = /^\/(graphql|graphiql|health|calendar|exports|decline|unsubscribe)(\/|$)/;

/** Vite names built assets by their content hash: they never change under a name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app (apps/web, `npm run build:web`) at / on the api's origin: files as
 * they are (hashed assets cached for a year), every other page address the app's index.html,
 * never cached, so the app's router shows the page (`/sign-in?token=…`, `/workshops/<id>`).
 * Server paths (/graphql, /graphiql/…, /health, /calendar/…, /exports/…, /decline/…,
 * /unsubscribe/…) pass through.
 */
@Injectable()
export class WebAppMiddleware implements NestMiddleware {
  private readonly files?: RequestHandler;
  private readonly index: string;

  constructor(config: AppConfig) {
    this.index = join(config.webDir, 'index.html');
    if (!existsSync(this.index)) {
      new Logger('WebApp').warn(
        `No web app in ${config.webDir} (run npm run build:web); serving the API only`,
      );
      return;
    }
    this.files = express.static(config.webDir, {
      index: false,
      redirect: false,
      setHeaders: (response, path) => {
        response.setHeader(
          'cache-control',
          path.includes(`${join(config.webDir, 'assets')}`) ? IMMUTABLE : 'no-cache',
        );
      },
    });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    const files = this.files;
    if (!files || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    const path = request.originalUrl.split('?')[0] ?? '/';
    if (SERVER_PATHS.test(path)) return next();
    // Mounted as Nest middleware, the request's url is relative to the mount: serve by the full one.
    const mounted = request.url;
    request.url = request.originalUrl;
    files(request, response, () => {
      request.url = mounted;
      // A missing file (an old asset name) is a 404, not the app.
      if (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) return next();
      response.setHeader('cache-control', 'no-cache');
      // The sign-in link carries its token in the address: no page of the app passes it on.
      response.setHeader('referrer-policy', 'no-referrer');
      response.sendFile(this.index, (error) => error && next(error));
    });
  }
}
