// Keyboard shortcuts of the inbox: j / k next and previous row, a accept, r reject, c log a
// call, x tick the row (managers' bulk bar), Enter open the lead, ? show the list. Keys typed
// into a form field are left alone.
(function () {
  "use strict";
  const ROWS = "#inbox-waiting tbody tr, #inbox-rest tbody tr";
  const help = document.getElementById("inbox-shortcuts");
  let current = -1;

  function rows() { return Array.from(document.querySelectorAll(ROWS)); }

  function select(index) {
    const all = rows();
    if (!all.length) return;
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach((row, i) => row.classList.toggle("inbox-current", i === current));
    all[current].scrollIntoView({ block: "nearest" });
  }

  function press(prefix) {
    const row = rows()[current];
    if (!row) return;
    const id = row.id.replace("lead-", "");
    const button = document.getElementById(prefix + "-" + id);
    if (button) button.click();
  }

  document.addEventListener("keydown", function (event) {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": press("accept"); break;
      case "r": press("reject"); break;
      case "c": press("log-call"); break;
      case "x": press("tick"); break;
      case "Enter": {
        const row = rows()[current];
        const link = row && row.querySelector("td a");
        if (!link) return;
        link.click();
        break;
      }
      case "?": if (help) help.hidden = !help.hidden; break;
      case "Escape": if (help) help.hidden = true; break;
      default: return;
    }
    event.preventDefault();
  });
})();
