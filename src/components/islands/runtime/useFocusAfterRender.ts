/**
 * Moves focus after the next render, to an element that render creates or keeps (a moved list
 * item's button, the field of a form that just opened, the button that opened a closed form).
 */
import { useEffect, useState } from 'preact/hooks';

/** Returns `focusAfterRender(id)`: focuses the element with that id once the island re-renders. */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  // A fresh object each time, so asking for the same id twice still focuses it again.
  return (id: string) => setTarget({ id });
}
