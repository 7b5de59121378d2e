import { createContext, useContext } from 'react';
import type { Feature } from './feature';

export const FeaturesContext = createContext<readonly Feature[]>([]);

/** Every registered feature (e.g. for the home page's sections). */
export function useFeatures(): readonly Feature[] {
  return useContext(FeaturesContext);
}
