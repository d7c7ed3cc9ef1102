// Pages with moves are sent with Cache-Control: no-store, so Back fetches them again. A browser
// that still restores one from its back/forward cache would show stale stages and buttons:
// reload it then.
window.addEventListener("pageshow", function (event) {
  if (event.persisted && document.body.dataset.fresh === "1") {
    window.location.reload();
  }
});
