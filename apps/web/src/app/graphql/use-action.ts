import { useState } from 'react';
import type { CombinedError } from 'urql';

/**
 * What a card or form does with its mutations: `run(() => mutate(…))` keeps the answer's error
 * (for `fieldErrors`/`formError` next to the fields), says whether the last one succeeded
 * (`saved`, for a "Gespeichert." line that goes when the next one starts) and calls `onDone`
 * after a success (usually a reload).
 */
export function useAction(onDone: () => void): {
  error: CombinedError | undefined;
  saved: boolean;
  run: (action: () => Promise<{ error?: CombinedError }>) => Promise<void>;
} {
  const [error, setError] = useState<CombinedError | undefined>();
  const [saved, setSaved] = useState(false);
  const run = async (action: () => Promise<{ error?: CombinedError }>) => {
    setSaved(false);
    const answer = await action();
    setError(answer.error);
    if (!answer.error) {
      setSaved(true);
      onDone();
    }
  };
  return { error, saved, run };
}
