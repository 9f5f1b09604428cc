import { useEffect, useRef, useState, type ComponentType } from 'react';

interface Props<P> {
  /** The module to load once the reader comes near: it is not part of the page's first load. */
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
}

/** Renders a lazily loaded component once its place comes within reach of the viewport. */
export function LazyOnView<P extends object>({ load, props }: Props<P>) {
  const ref = useRef<HTMLDivElement>(null);
  const [Loaded, setLoaded] = useState<ComponentType<P> | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void load().then((module) => setLoaded(() => module.default));
    };
    if (element === null || typeof IntersectionObserver === 'undefined') return start();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          start();
        }
      },
      { rootMargin: '400px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [load]);
  return <div ref={ref}>{Loaded && <Loaded {...props} />}</div>;
}
