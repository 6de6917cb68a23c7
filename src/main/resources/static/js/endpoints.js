// The dashboard's live status: each endpoint is checked (an image fetched through its invoke URL
// and compared with S3) once the page is shown, so a slow endpoint never delays the list itself.
// Without JavaScript the badges say "not checked" and each endpoint's page has a check button.
(function () {
  "use strict";
  var labels = { "passed": ["serving", "ok"], "failed": ["failing", "bad"], "skipped": ["no images yet", "unknown"],
    "not-available": ["cannot check", "unknown"] };
  document.querySelectorAll("[data-status-url]").forEach(function (badge) {
    badge.textContent = "checking…";
    fetch(badge.getAttribute("data-status-url"), { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (verification) {
        var label = labels[verification.status] || [verification.status, "unknown"];
        badge.textContent = label[0];
        badge.className = "badge " + label[1];
        badge.setAttribute("data-status", verification.status);
        badge.title = verification.detail || "";
      })
      .catch(function (error) {
        badge.textContent = "check failed";
        badge.className = "badge unknown";
        badge.title = String(error);
      });
  });
})();
