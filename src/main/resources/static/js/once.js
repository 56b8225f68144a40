// A form sends once: the submit button is disabled after the first click (the server's submission key is the real guard).
(function () {
  'use strict';
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) {
        setTimeout(function () { b.disabled = true; }, 0);
      });
    });
  });
})();
