// The console's one script, a module from the console itself (Content-Security-Policy: script-src 'self', nothing
// inline). It only adds copy buttons: every page works without it, and its buttons stay hidden then.
// <button data-copy="ID" data-done="..." data-selected="..." hidden> copies the text of the element with that id.
for (const button of document.querySelectorAll('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy);
  if (!source) {
    continue;
  }
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent);
      button.textContent = button.dataset.done;
    } catch (e) {
      // no clipboard here (plain http away from localhost, or the browser refused): select the text for Ctrl+C
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      button.textContent = button.dataset.selected;
    }
  });
}
