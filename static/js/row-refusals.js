// A row's move answered 404: the lead is no longer the user's to see (a teammate took it, or it
// is gone). The server says nothing about the lead (leads.access); the row says so and greys.
document.body.addEventListener("htmx:responseError", function (event) {
  if (event.detail.xhr.status !== 404) return;
  const row = event.detail.elt.closest("tr[id^='lead-']");
  if (!row) return;
  row.classList.add("table-secondary");
  const cell = row.querySelector("td:last-child");
  if (!cell) return;
  const message = document.createElement("div");
  message.id = row.id + "-message";
  message.className = "small text-danger fw-semibold";
  message.setAttribute("role", "alert");
  message.textContent = "This lead is no longer yours to see: someone else took it, or it is gone. Nothing was changed.";
  cell.replaceChildren(message);
});
