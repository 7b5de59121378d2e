import type { ApolloServerPlugin } from '@apollo/server';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { dirname, join } from 'node:path';

/** Where the explorer's files are served from (development only). */
const ASSETS = '/graphiql';

/**
 * GraphiQL in development, entirely from this server: the bundle of the npm package
 * `@graphql-yoga/graphiql` (a devDependency: production has neither the package nor this page),
 * so the explorer works offline. No inline script: the page loads `start.js`.
 */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Zyklus GraphiQL</title>
<link rel="stylesheet" href="${ASSETS}/graphiql.css">
</head>
<body style="margin: 0">
<div id="graphiql" style="height: 100vh"></div>
<script src="${ASSETS}/yoga-graphiql.umd.js"></script>
<script src="${ASSETS}/start.js"></script>
</body>
</html>
`;

const START = `self.MonacoEnvironment = {
  getWorkerUrl: (_id, label) =>
    '${ASSETS}/monacoeditorwork/' +
    (label === 'json' ? 'json.worker.bundle.js' : label === 'graphql' ? 'graphql.worker..bundle.js' : 'editor.worker.bundle.js'),
};
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('graphiql'), {
  endpoint: '/graphql',
  title: 'Zyklus',
  defaultQuery: '# Sign in (see README), then add the header Authorization: Bearer <token>.\\n{\\n  me {\\n    name\\n    roles\\n  }\\n}\\n',
});
`;

/**
 * In production: a plain page that loads nothing and names no versions; the API answers POST
 * requests at the same address.
 */
const PRODUCTION_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Zyklus API</title></head>
<body>
<h1>Zyklus API</h1>
<p>Send GraphQL requests with POST and <code>content-type: application/json</code> to this address.</p>
</body>
</html>
`;

/** The landing page of GET /graphql in a browser: GraphiQL, or in production the plain page. */
export function landingPage(production: boolean): ApolloServerPlugin {
  const html = production ? PRODUCTION_PAGE : PAGE;
  return {
    serverWillStart() {
      return Promise.resolve({ renderLandingPage: () => Promise.resolve({ html }) });
    },
  };
}

/** Serves GraphiQL's bundle and its start script under /graphiql (development only). */
export function serveGraphiQLAssets(app: NestExpressApplication): void {
  const dist = join(dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');
  app.use(`${ASSETS}/start.js`, (_request: Request, response: Response) => {
    response.type('text/javascript').send(START);
  });
  app.useStaticAssets(dist, { prefix: ASSETS, index: false });
}
