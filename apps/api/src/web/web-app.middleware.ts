import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { AppConfig } from '@zyklus/config';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Paths the server answers itself; never the web app's. */
const SERVER_PATHS = /^\/(graphql|graphiql|health|calendar|exports|decline|unsubscribe)(\/|$)/;

/** Vite names built assets by their content hash: they never change under a name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Precompressed copies the build writes beside an asset, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The encodings a request accepts (`Accept-Encoding`), ignoring those refused with q=0. */
function accepted(header: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) names.add(name);
  }
  return names;
}

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
  /** `/assets/x.js.br` and the like: the compressed copies there are. */
  private readonly compressed = new Set<string>();

  constructor(config: AppConfig) {
    this.index = join(config.webDir, 'index.html');
    if (!existsSync(this.index)) {
      new Logger('WebApp').warn(
        `No web app in ${config.webDir} (run npm run build:web); serving the API only`,
      );
      return;
    }
    const assets = join(config.webDir, 'assets');
    if (existsSync(assets)) {
      for (const name of readdirSync(assets)) {
        if (ENCODINGS.some((e) => name.endsWith(e.suffix))) this.compressed.add(`/assets/${name}`);
      }
    }
    this.files = express.static(config.webDir, {
      index: false,
      redirect: false,
      setHeaders: (response, path) => {
        response.setHeader('cache-control', path.includes(assets) ? IMMUTABLE : 'no-cache');
        const encoding = ENCODINGS.find((e) => path.endsWith(e.suffix));
        if (encoding && response.req.path !== response.req.originalUrl.split('?')[0]) {
          // A compressed copy sent for the asset asked for: typed as the asset.
          response.setHeader('content-encoding', encoding.name);
          response.type(extname(path.slice(0, -encoding.suffix.length)));
        }
      },
    });
  }

  /** The precompressed copy of an asset the request accepts, e.g. `/assets/x.js.br`. */
  private compressedCopy(request: Request, path: string): string | undefined {
    if (!path.startsWith('/assets/')) return undefined;
    const wanted = accepted(request.headers['accept-encoding']);
    const encoding = ENCODINGS.find(
      (e) => wanted.has(e.name) && this.compressed.has(`${path}${e.suffix}`),
    );
    return encoding ? `${path}${encoding.suffix}` : undefined;
  }

  use(request: Request, response: Response, next: NextFunction): void {
    const files = this.files;
    if (!files || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    const path = request.originalUrl.split('?')[0] ?? '/';
    if (SERVER_PATHS.test(path)) return next();
    // Mounted as Nest middleware, the request's url is relative to the mount: serve by the full
    // one, or by its precompressed copy when the browser accepts it.
    const mounted = request.url;
    const copy = this.compressedCopy(request, path);
    if (path.startsWith('/assets/')) response.vary('accept-encoding');
    request.url = copy ?? request.originalUrl;
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
