import { useSyncExternalStore } from 'react';
import { readSession, subscribeSession } from './session';

const snapshot = () => readSession()?.accessToken ?? null;

/** The current access token, or null when signed out; re-renders on sign-in and sign-out. */
export function useAccessToken(): string | null {
  return useSyncExternalStore(subscribeSession, snapshot);
}
