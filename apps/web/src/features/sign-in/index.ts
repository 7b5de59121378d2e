import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { SignInPage } from './pages/SignInPage';
import { texts } from './texts';

/** The sign-in page: ask for a link, and the page the mailed link opens. */
export const signInFeature: Feature = {
  name: 'signIn',
  texts,
  routes: [{ path: '/sign-in', element: createElement(SignInPage), public: true }],
};
