import { createContext, useContext } from 'react';
import type { Viewer } from './feature';

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in person (inside the signed-in layout only). */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in layout');
  return viewer;
}
