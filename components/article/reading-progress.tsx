'use client';

import { useEffect, useState } from 'react';

/** A thin bar under the header showing how far through the essay the reader is. Decorative. */
export function ReadingProgress() {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    const update = () => {
      const article = document.querySelector('main article');
      if (!article) return;
      const { top, height } = article.getBoundingClientRect();
      const total = height - window.innerHeight;
      setProgress(total <= 0 ? 1 : Math.min(1, Math.max(0, -top / total)));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);
  return (
    <div aria-hidden="true" data-print="hide" className="fixed inset-x-0 top-0 z-50 h-0.5">
      <div
        data-reading-progress={progress.toFixed(2)}
        className="h-full origin-left bg-(--color-accent)"
        style={{ transform: `scaleX(${progress})` }}
      />
    </div>
  );
}
