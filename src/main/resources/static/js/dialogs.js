// Buttons with data-dialog="<dialog id>" open that dialog; buttons with data-close close their dialog.
(function () {
  'use strict';
  document.querySelectorAll('[data-dialog]').forEach(function (button) {
    button.addEventListener('click', function () {
      var dialog = document.getElementById(button.dataset.dialog);
      if (dialog && !dialog.open) {
        dialog.showModal();
      }
    });
  });
  document.querySelectorAll('dialog [data-close]').forEach(function (button) {
    button.addEventListener('click', function () {
      button.closest('dialog').close();
    });
  });
})();
