// "Go back" on the web form's error page, without an inline handler (Content-Security-Policy).
document.querySelectorAll("[data-history-back]").forEach((link) => {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    history.back();
  });
});
