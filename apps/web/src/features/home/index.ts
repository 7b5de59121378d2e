import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { HomePage } from './HomePage';
import { texts } from './texts';

/** The home page; other features add sections to it through `home`. */
export const homeFeature: Feature = {
  name: 'home',
  texts,
  routes: [{ path: '/', element: createElement(HomePage) }],
  nav: [{ to: '/', label: 'nav', visible: () => true, order: 0 }],
};
