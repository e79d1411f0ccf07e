// Sextant: small niceties on top of pages that work without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-copy]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(source.value || source.textContent);
        button.textContent = "Copied";
      } catch {
        source.select();
      }
    });
  }
  for (const input of document.querySelectorAll("input[type=file][data-fill]")) {
    input.addEventListener("change", () => {
      const file = input.files[0];
      const target = document.getElementById(input.dataset.fill);
      if (!file || !target || file.size > 1048576) return;
      file.text().then((text) => { target.value = text; });
    });
  }
});
