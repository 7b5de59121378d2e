import type { FeatureTexts } from './feature';

/** Texts of the frame around every page (namespace "app"). */
export const appTexts = {
  de: {
    name: 'Zyklus',
    skipToContent: 'Zum Inhalt springen',
    menu: 'Menü',
    mainMenu: 'Hauptmenü',
    language: 'Sprache',
    signOut: 'Abmelden',
    signedInAs: 'Angemeldet als {{name}}',
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    save: 'Speichern',
    cancel: 'Abbrechen',
    back: 'Zurück',
    home: 'Start',
    errors: {
      FORBIDDEN: {
        title: 'Kein Zugriff',
        text: 'Diese Seite ist für Ihr Konto nicht freigegeben.',
      },
      NOT_FOUND: {
        title: 'Nicht gefunden',
        text: 'Diese Seite gibt es nicht (mehr).',
      },
      NETWORK: {
        title: 'Keine Verbindung',
        text: 'Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
      },
      other: { title: 'Etwas ist schiefgegangen' },
    },
    toHome: 'Zur Startseite',
  },
  en: {
    name: 'Zyklus',
    skipToContent: 'Skip to content',
    menu: 'Menu',
    mainMenu: 'Main menu',
    language: 'Language',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{name}}',
    loading: 'Loading …',
    retry: 'Try again',
    save: 'Save',
    cancel: 'Cancel',
    back: 'Back',
    home: 'Home',
    errors: {
      FORBIDDEN: { title: 'No access', text: 'This page is not open to your account.' },
      NOT_FOUND: { title: 'Not found', text: 'This page does not exist (any more).' },
      NETWORK: {
        title: 'No connection',
        text: 'The server cannot be reached right now. Please try again in a moment.',
      },
      other: { title: 'Something went wrong' },
    },
    toHome: 'To the home page',
  },
} satisfies FeatureTexts;
