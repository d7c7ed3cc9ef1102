// The inbox's bulk bar: a list's header box ticks or clears all of its rows, and the
// bulk buttons say how many leads they will act on. No inline script: the CSP forbids it.
(function () {
  "use strict";
  const form = document.getElementById("bulk-form");
  if (!form) return;
  const boxes = () => Array.from(document.querySelectorAll('input[name="lead"][form="bulk-form"]'));

  function count() {
    const ticked = boxes().filter((box) => box.checked).length;
    form.querySelectorAll("button[name=bulk_action]").forEach((button) => {
      if (!button.dataset.label) button.dataset.label = button.textContent;
      button.textContent = ticked ? button.dataset.label + " (" + ticked + ")" : button.dataset.label;
      button.disabled = ticked === 0;
    });
  }

  document.querySelectorAll("[data-tick-all]").forEach((all) => {
    all.addEventListener("change", () => {
      const table = document.getElementById(all.dataset.tickAll);
      table.querySelectorAll('input[name="lead"]').forEach((box) => { box.checked = all.checked; });
      count();
    });
  });
  document.addEventListener("change", (event) => {
    if (event.target.matches && event.target.matches('input[name="lead"]')) count();
  });
  count();
})();
