'use client';

import { useEffect, useRef, useState } from 'react';

// State of a controlled admin form. What was typed survives a refused submission (React resets only
// uncontrolled fields); when the page brings a different saved record (after a save), the form takes it.
export function useDraft<T>(initial: T): [T, React.Dispatch<React.SetStateAction<T>>] {
  const [draft, setDraft] = useState(initial);
  const saved = JSON.stringify(initial);
  const seen = useRef(saved);
  useEffect(() => {
    if (seen.current === saved) return;
    seen.current = saved;
    setDraft(JSON.parse(saved) as T);
  }, [saved]);
  return [draft, setDraft];
}
