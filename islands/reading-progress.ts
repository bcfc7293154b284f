/**
 * The thin bar under the header: how far through the essay the reader is. Updated at most once a frame,
 * by a transform only (no layout of its own).
 */
export function mountReadingProgress(root: HTMLElement): void {
  const bar = root.querySelector<HTMLElement>('[data-reading-progress]');
  const article = document.querySelector('main article');
  if (!bar || !article) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    const { top, height } = article.getBoundingClientRect();
    const total = height - window.innerHeight;
    const progress = total <= 0 ? 1 : Math.min(1, Math.max(0, -top / total));
    bar.style.transform = `scaleX(${progress})`;
    bar.dataset.readingProgress = progress.toFixed(2);
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };
  update();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
}
