/**
 * Each paragraph's tools row (¶, EN or 中; reading-tools.css) takes buttons that only scripting makes useful,
 * added once the page is idle rather than rendered by the server (▶ to listen, 拼 / 注 / 粵 for readings): 91 of
 * one of them cost a 中英对照 page 0.7 KB of gzipped HTML. The row is out of the text flow, so adding one moves
 * nothing.
 */
export function addParagraphTool(
  scope: ParentNode,
  className: string,
  make: (button: HTMLButtonElement, id: string) => void,
  place: (tools: HTMLElement, button: HTMLButtonElement) => void = (tools, button) => tools.prepend(button),
): void {
  for (const tools of scope.querySelectorAll<HTMLElement>('.prose-zh .para-tools')) {
    const id = tools.parentElement?.id;
    if (!id || tools.querySelector(`.${className}`)) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = className;
    make(button, id);
    place(tools, button);
  }
}
