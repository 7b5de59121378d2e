import { Language } from '@zyklus/common';
import Handlebars from 'handlebars';
import { DeclineState, DeclineView } from './decline.service';

const TEXTS: Record<
  Language,
  Record<DeclineState, { heading: string; body: string }> & { button: string; title: string }
> = {
  de: {
    title: 'Absage – Zyklus',
    button: 'Ich kann nicht kommen',
    ASK: {
      heading: 'Können Sie nicht teilnehmen?',
      body: 'Wenn Sie bestätigen, wird Ihre Absage erfasst, die Programmleitung sieht sie, Sie erhalten zu diesem Workshop keine Erinnerungen mehr, und eine Absage entfernt den Termin aus Ihrem Kalender.',
    },
    DONE: {
      heading: 'Ihre Absage ist erfasst.',
      body: 'Vielen Dank für die Nachricht. Sie erhalten zu diesem Workshop keine Erinnerungen mehr; eine E-Mail mit einer Absage für Ihren Kalender ist unterwegs.',
    },
    ALREADY: {
      heading: 'Sie haben bereits abgesagt.',
      body: 'Ihre Absage ist erfasst; es ist nichts weiter zu tun.',
    },
    INVALID: {
      heading: 'Dieser Link ist ungültig.',
      body: 'Bitte verwenden Sie den Link aus Ihrer letzten Erinnerung, oder antworten Sie auf die E-Mail.',
    },
    EXPIRED: {
      heading: 'Dieser Link ist abgelaufen.',
      body: 'Der Termin hat sich womöglich geändert: Die neueste Erinnerung enthält einen gültigen Link. Oder antworten Sie auf die E-Mail.',
    },
    OVER: {
      heading: 'Dieser Workshop ist bereits vorbei.',
      body: 'Eine Absage ist nicht mehr möglich; es wurde nichts geändert.',
    },
    CANCELLED: {
      heading: 'Dieser Workshop wurde abgesagt.',
      body: 'Sie müssen nichts tun; es wurde nichts geändert.',
    },
    NOT_PARTICIPANT: {
      heading: 'Sie stehen nicht auf der Liste dieses Workshops.',
      body: 'Es ist nichts zu tun; es wurde nichts geändert.',
    },
  },
  en: {
    title: 'Decline – Zyklus',
    button: 'I can’t come',
    ASK: {
      heading: 'You cannot take part?',
      body: 'If you confirm, your answer is recorded and the programme office sees it, you get no more reminders about this workshop, and a cancellation removes it from your calendar.',
    },
    DONE: {
      heading: 'Your answer is recorded.',
      body: 'Thank you for letting us know. You get no more reminders about this workshop; an email with a cancellation for your calendar is on its way.',
    },
    ALREADY: {
      heading: 'You have already declined.',
      body: 'Your answer is recorded; there is nothing more to do.',
    },
    INVALID: {
      heading: 'This link is not valid.',
      body: 'Please use the link in your latest reminder, or reply to the email.',
    },
    EXPIRED: {
      heading: 'This link has expired.',
      body: 'The date may have changed: your latest reminder has a valid link. Or reply to the email.',
    },
    OVER: {
      heading: 'This workshop is already over.',
      body: 'It can no longer be declined; nothing was changed.',
    },
    CANCELLED: {
      heading: 'This workshop has been cancelled.',
      body: 'There is nothing to do; nothing was changed.',
    },
    NOT_PARTICIPANT: {
      heading: 'You are not on the list of this workshop.',
      body: 'There is nothing to do; nothing was changed.',
    },
  },
};

/**
 * The small page of a decline link, written on the server: no script and no inline style (it
 * works under a strict Content-Security-Policy), a plain form that POSTs to the same address
 * (no action: the page's own).
 * The web app may take its place later with a route of its own.
 */
const PAGE = Handlebars.compile(`<!doctype html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>{{texts.title}}</title>
</head>
<body>
<main>
<h1>{{text.heading}}</h1>
{{#if title}}<p><strong>{{title}}</strong></p>
<ul>{{#each dayLines}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
<p>{{text.body}}</p>
{{#if ask}}<form method="post"><button type="submit">{{texts.button}}</button></form>{{/if}}
</main>
</body>
</html>
`);

/** HTTP status of each state: the questions and answers 200, a dead link 404 or 410. */
export const DECLINE_STATUS: Record<DeclineState, number> = {
  ASK: 200,
  DONE: 200,
  ALREADY: 200,
  NOT_PARTICIPANT: 403,
  INVALID: 404,
  EXPIRED: 410,
  OVER: 410,
  CANCELLED: 410,
};

export function declinePage(view: DeclineView, language: Language): string {
  const texts = TEXTS[language];
  return PAGE({
    language,
    texts,
    text: texts[view.state],
    title: view.title,
    dayLines: view.dayLines,
    ask: view.state === 'ASK',
  });
}
