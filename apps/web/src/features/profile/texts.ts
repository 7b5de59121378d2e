import type { FeatureTexts } from '../../app/feature';

export const texts = {
  de: {
    nav: 'Mein Profil',
    title: 'Mein Profil',
    name: 'Name',
    email: 'E-Mail-Adresse',
    language: 'Sprache für E-Mails und diese Seiten',
    de: 'Deutsch',
    en: 'English',
    saved: 'Gespeichert.',
  },
  en: {
    nav: 'My profile',
    title: 'My profile',
    name: 'Name',
    email: 'Email address',
    language: 'Language of mails and these pages',
    de: 'Deutsch',
    en: 'English',
    saved: 'Saved.',
  },
} satisfies FeatureTexts;
