import type { FeatureTexts } from '../../app/feature';

export const texts = {
  de: {
    nav: 'Kalender-Abo',
    title: 'Kalender abonnieren',
    intro:
      'Mit einer geheimen Adresse zeigt Ihr Kalender (Outlook, Thunderbird, Apple, Google) alle Ihre Workshops und bleibt bei Änderungen aktuell. Behandeln Sie die Adresse wie ein Passwort.',
    none: 'Sie haben noch keine Kalenderadresse.',
    active: 'Ihre Kalenderadresse ist seit {{created}} aktiv.',
    lastUsed: 'Zuletzt abgerufen: {{when}}',
    neverUsed: 'Noch nie abgerufen.',
    create: 'Kalenderadresse erstellen',
    replace: 'Neue Adresse erstellen (die alte hört auf zu gelten)',
    address: 'Ihre Kalenderadresse (wird nur jetzt angezeigt)',
    copy: 'Adresse kopieren',
    copied: 'Kopiert',
    webcal: 'Im Kalenderprogramm öffnen (webcal)',
    revoke: 'Kalenderadresse abschalten',
    revoked: 'Die Kalenderadresse ist abgeschaltet.',
  },
  en: {
    nav: 'Calendar',
    title: 'Subscribe to your calendar',
    intro:
      'With a secret address your calendar (Outlook, Thunderbird, Apple, Google) shows all your workshops and stays up to date. Treat the address like a password.',
    none: 'You have no calendar address yet.',
    active: 'Your calendar address has been active since {{created}}.',
    lastUsed: 'Last fetched: {{when}}',
    neverUsed: 'Never fetched yet.',
    create: 'Create a calendar address',
    replace: 'Create a new address (the old one stops working)',
    address: 'Your calendar address (shown only now)',
    copy: 'Copy address',
    copied: 'Copied',
    webcal: 'Open in your calendar app (webcal)',
    revoke: 'Switch the calendar address off',
    revoked: 'The calendar address is switched off.',
  },
} satisfies FeatureTexts;
