// Copy buttons: <button class="copy" data-copy="ID"> copies the value of the field with that id,
// or the text of any other element (a command in a <code>). It stays selectable by hand, so the
// page works without JavaScript or clipboard access.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
    button.addEventListener("click", function () {
      var field = document.getElementById(button.getAttribute("data-copy"));
      var text = ("value" in field) ? field.value : field.textContent;
      if (field.select) {
        field.select();
      } else {
        window.getSelection().selectAllChildren(field);
      }
      if (navigator.clipboard) {
        navigator.clipboard.writeText(text);
      } else {
        document.execCommand("copy");
      }
      button.textContent = "Copied";
    });
  });
})();
