/**
 * Runs an engine call as the text changes, IME-safely: nothing is sent while a composition is open,
 * calls are debounced, and only the answer to the latest text is kept.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useLive<T>(run: (text: string) => Promise<T>, delayMs = 8) {
  const [value, setValue] = useState<{ text: string; result: T } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const latest = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const composingRef = useRef(false);

  const schedule = useCallback(
    (text: string) => {
      latest.current = text;
      if (timer.current) clearTimeout(timer.current);
      if (composingRef.current) return;
      if (!text.trim()) {
        setValue(undefined);
        setError(undefined);
        return;
      }
      timer.current = setTimeout(() => {
        run(text).then(
          (result) => {
            if (latest.current === text) {
              setValue({ text, result });
              setError(undefined);
            }
          },
          (e: Error) => {
            if (latest.current === text) setError(e.message);
          },
        );
      }, delayMs);
    },
    [run, delayMs],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const compositionHandlers = {
    onCompositionStart: () => {
      composingRef.current = true;
      if (timer.current) clearTimeout(timer.current);
    },
    onCompositionEnd: (e: React.CompositionEvent<HTMLTextAreaElement>) => {
      composingRef.current = false;
      schedule(e.currentTarget.value);
    },
  };

  return { value, error, schedule, compositionHandlers, isComposing: () => composingRef.current };
}
