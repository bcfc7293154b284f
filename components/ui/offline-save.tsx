import type { OfflineLabels } from '@/lib/i18n/types';

interface OfflineSaveProps {
  labels: OfflineLabels;
  /** In About: the line saying what the button keeps. */
  withNote?: boolean;
}

/**
 * "全部离线保存": saves every edition and the search indexes for reading offline. Hidden until the offline
 * island (islands/lazy/offline.ts) has a service worker to save with, so a browser without one never
 * shows a button that cannot work. The status line's strings come with that island
 * (lib/i18n/catalogue/offline.ts), so a page's HTML carries only the button.
 */
export function OfflineSave({ labels, withNote = false }: OfflineSaveProps) {
  return (
    <div hidden data-offline-save="" className="ui">
      {withNote ? <p className="mb-2 text-sm text-(--color-muted)">{labels.saveAllNote}</p> : null}
      <button
        type="button"
        className="inline-flex min-h-11 items-center rounded-md border border-(--color-rule) px-3 hover:bg-(--color-rule) disabled:opacity-60"
      >
        {labels.saveAll}
      </button>
      <p data-offline-save-status="" role="status" className="mt-1 text-sm text-(--color-muted) empty:hidden" />
    </div>
  );
}
