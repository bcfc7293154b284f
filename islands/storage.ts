/** Remember a reader's choice; storage can be unavailable (private mode), and the choice still applies. */
export function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the page works without it.
  }
}

/** A remembered choice, or `null` when there is none or storage is unavailable. */
export function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
