import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Feature } from './feature';
import { appTexts } from './app.texts';

export type AppLanguage = 'de' | 'en';

const STORAGE_KEY = 'zyklus.language';

/** German unless the person chose English in this browser (or prefers it, once signed in). */
export function initialLanguage(): AppLanguage {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'de';
}

/** Switches the app's language and remembers it in this browser. */
export async function setLanguage(language: AppLanguage): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

/** i18next with the app's own texts (namespace "app") and one namespace per feature. */
export async function initI18n(features: readonly Feature[], language = initialLanguage()) {
  const resources: Record<AppLanguage, Record<string, Record<string, unknown>>> = {
    de: { app: appTexts.de },
    en: { app: appTexts.en },
  };
  for (const feature of features) {
    resources.de[feature.name] = feature.texts.de;
    resources.en[feature.name] = feature.texts.en;
  }
  document.documentElement.lang = language;
  await i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'de',
    defaultNS: 'app',
    ns: ['app', ...features.map((f) => f.name)],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}
