import type { ReactElement } from 'react';

/** Who is signed in, as far as menus and the home page need to know. */
export interface Viewer {
  id: string;
  name: string;
  /** PROGRAM_MANAGER or ADMIN. */
  isManager: boolean;
  /** Takes part in a cohort as a network's coordinator (derived from data). */
  isCoordinator: boolean;
  /** Coordinated a network through a completed cohort: may be a buddy (derived from data). */
  isAlumnus: boolean;
}

/** Texts of one namespace, German and English, with the same keys. */
export interface FeatureTexts {
  de: Record<string, unknown>;
  en: Record<string, unknown>;
}

/** A page of a feature at an address; `public` pages need no sign-in (the sign-in page). */
export interface FeatureRoute {
  path: string;
  element: ReactElement;
  public?: boolean;
}

/** An entry of the main menu; `label` is a key in the feature's namespace. */
export interface NavItem {
  to: string;
  label: string;
  visible: (viewer: Viewer) => boolean;
  /** Sort order in the menu (lower first); 100 when left out. */
  order?: number;
}

/** A block on the home page for the people it concerns (e.g. "next workshop" for coordinators). */
export interface HomeSection {
  key: string;
  element: ReactElement;
  visible: (viewer: Viewer) => boolean;
  order?: number;
}

/**
 * A feature is a folder under src/features/ that exports one of these from its index.ts, and
 * one line in src/app/features.ts. Its name is its i18n namespace.
 */
export interface Feature {
  name: string;
  texts: FeatureTexts;
  routes: FeatureRoute[];
  nav?: NavItem[];
  home?: HomeSection[];
}
