/** The URL fragment, followed as it changes (links to a row, the table of contents). */
import { useEffect, useState } from 'react';

export function useHash(): string {
  const [hash, setHash] = useState('');
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return hash;
}

/** Scrolls the element with this id into view once it is rendered. */
export function scrollToId(id: string): void {
  window.requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView());
}
