// Live progress of a deployment: steps arrive as server-sent events; when the run is done the
// page reloads to show the result. Without JavaScript the page simply shows the state when loaded.
(function () {
  "use strict";
  var run = document.getElementById("run");
  var url = run && run.getAttribute("data-events");
  if (url && window.EventSource) {
    var steps = document.getElementById("steps");
    var progress = document.getElementById("progress");
    var source = new EventSource(url);
    source.addEventListener("step", function (event) {
      var step = JSON.parse(event.data);
      var item = steps.querySelector('li[data-step="' + step.name + '"]');
      if (!item) {
        item = document.createElement("li");
        item.setAttribute("data-step", step.name);
        steps.appendChild(item);
      }
      item.setAttribute("data-status", step.status);
      item.textContent = "";
      var title = document.createElement("strong");
      title.textContent = step.title;
      var status = document.createElement("span");
      status.className = "status";
      status.textContent = step.status;
      item.appendChild(title);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(status);
      if (step.durationMs !== null && step.durationMs !== undefined) {
        var duration = document.createElement("span");
        duration.className = "muted";
        duration.textContent = " " + step.durationMs + " ms";
        item.appendChild(duration);
      }
      if (step.error) {
        var error = document.createElement("p");
        error.className = "error";
        error.textContent = step.error;
        item.appendChild(error);
      }
    });
    source.addEventListener("progress", function (event) {
      var message = document.createElement("li");
      message.textContent = JSON.parse(event.data).message;
      progress.appendChild(message);
    });
    source.addEventListener("done", function () {
      source.close();
      window.location.reload();
    });
  }
})();
