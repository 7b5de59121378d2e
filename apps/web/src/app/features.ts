import type { Feature } from './feature';
import { signInFeature } from '../features/sign-in';
import { homeFeature } from '../features/home';

/**
 * Every feature of the app, in menu order. A new feature is a folder under src/features/ with
 * an index.ts exporting a `Feature`, added here with one line (see README, "Adding pages").
 */
export const features: readonly Feature[] = [signInFeature, homeFeature];
