// Copy buttons: <button class="copy" data-copy="ID"> copies the value of the field with that id.
// The field stays selectable by hand, so the page works without JavaScript or clipboard access.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
    button.addEventListener("click", function () {
      var field = document.getElementById(button.getAttribute("data-copy"));
      field.select();
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value);
      } else {
        document.execCommand("copy");
      }
      button.textContent = "Copied";
    });
  });
})();
