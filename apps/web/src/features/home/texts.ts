import type { FeatureTexts } from '../../app/feature';

export const texts = {
  de: {
    nav: 'Start',
    title: 'Willkommen, {{name}}',
    nothing: 'Für Ihr Konto gibt es hier noch nichts zu sehen.',
  },
  en: {
    nav: 'Home',
    title: 'Welcome, {{name}}',
    nothing: 'There is nothing to see here for your account yet.',
  },
} satisfies FeatureTexts;
