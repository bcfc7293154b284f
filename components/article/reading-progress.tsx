import { island } from '@/lib/browser/islands';

/**
 * A thin bar under the header showing how far through the essay the reader is (the `reading-progress`
 * island moves it). Decorative.
 */
export function ReadingProgress() {
  return (
    <div
      {...island('reading-progress')}
      aria-hidden="true"
      data-print="hide"
      className="fixed inset-x-0 top-0 z-50 h-0.5"
    >
      <div
        data-reading-progress="0.00"
        className="h-full origin-left bg-(--color-accent)"
        style={{ transform: 'scaleX(0)' }}
      />
    </div>
  );
}
