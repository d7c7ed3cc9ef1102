// Behaviour the templates ask for with data attributes: the Content-Security-Policy allows no
// inline event handlers. Delegated from the document, so htmx-swapped content works too.
document.addEventListener("submit", (event) => {
  const message = event.target.dataset ? event.target.dataset.confirm : undefined;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
document.addEventListener("change", (event) => {
  const selector = event.target.dataset ? event.target.dataset.selectAll : undefined;
  if (selector) {
    document.querySelectorAll(selector).forEach((box) => {
      box.checked = event.target.checked;
    });
  }
});
