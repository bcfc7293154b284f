'use client';

import { useEffect, useState } from 'react';

interface PermalinkCopierProps {
  copiedLabel: string;
}

/**
 * One listener for every ¶ link of the essay: the link still goes to the paragraph (its `#id`), and with
 * JavaScript the paragraph's full URL is also copied, announced politely to screen readers.
 */
export function PermalinkCopier({ copiedLabel }: PermalinkCopierProps) {
  const [message, setMessage] = useState('');
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[data-permalink]');
      if (!(link instanceof HTMLAnchorElement)) return;
      const url = `${location.origin}${location.pathname}${link.hash}`;
      navigator.clipboard?.writeText(url).then(
        () => setMessage(copiedLabel),
        () => setMessage(''),
      );
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [copiedLabel]);
  return (
    <p role="status" className="ui sr-only" data-permalink-status="">
      {message}
    </p>
  );
}
