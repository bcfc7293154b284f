/**
 * A JSON file a lazy island needs (a page's readings, its words), fetched once per page view and shared by
 * every use; a failed fetch is forgotten, so the next use tries again.
 */
const files = new Map<string, Promise<unknown>>();

export function fetchJsonOnce<T>(url: string): Promise<T> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return (await response.json()) as unknown;
    });
    file.catch(() => files.delete(url));
    files.set(url, file);
  }
  return file as Promise<T>;
}
