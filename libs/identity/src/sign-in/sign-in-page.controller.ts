import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../auth/public.decorator';

/**
 * The page a sign-in link opens when no web front end sits in front of the API. Opening it
 * changes nothing (mail scanners fetch links, and a GET must not spend a single-use token):
 * the button exchanges the token through the `signIn` mutation and shows the access token.
 */
const PAGE = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Anmelden – Zyklus</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1f2933; }
  button { font-size: 1rem; padding: .6rem 1.2rem; border: 0; border-radius: .4rem; background: #0b6e4f; color: #fff; cursor: pointer; }
  textarea { width: 100%; min-height: 7rem; font-family: monospace; }
  .error { color: #b42318; }
</style>
</head>
<body>
<h1>Bei Zyklus anmelden</h1>
<p>Klicken Sie auf „Anmelden“, um Ihren Anmeldelink einzulösen. Der Link gilt einmal und 15 Minuten lang.</p>
<button id="sign-in" type="button">Anmelden</button>
<div id="result" hidden>
  <p>Angemeldet als <strong id="name"></strong>. Ihr Zugangstoken (für den Header <code>Authorization: Bearer …</code>):</p>
  <textarea id="token" readonly></textarea>
  <p><a href="/graphql">Zur GraphQL-Oberfläche</a></p>
</div>
<p id="error" class="error" hidden></p>
<script src="/sign-in/sign-in.js"></script>
</body>
</html>
`;

/** The page's script, served from the same origin: the Content-Security-Policy allows no inline scripts. */
const SCRIPT = `const token = new URLSearchParams(location.search).get('token') || '';
document.getElementById('sign-in').addEventListener('click', async (event) => {
  event.target.disabled = true;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($token: String!) { signIn(token: $token) { accessToken person { name } } }',
      variables: { token },
    }),
  });
  const answer = await response.json();
  if (answer.errors) {
    const error = document.getElementById('error');
    error.textContent = answer.errors[0].message;
    error.hidden = false;
    return;
  }
  document.getElementById('name').textContent = answer.data.signIn.person.name;
  document.getElementById('token').value = answer.data.signIn.accessToken;
  document.getElementById('result').hidden = false;
});
`;

@Controller('sign-in')
export class SignInPageController {
  @Public()
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  page(): string {
    return PAGE;
  }

  @Public()
  @Get('sign-in.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  script(): string {
    return SCRIPT;
  }
}
