// Shows the PDF chosen in a file input (data-preview="<iframe id>") before anything is uploaded.
// The file stays in the browser: a blob: URL, released when another file is chosen.
(function () {
  'use strict';
  document.querySelectorAll('input[type=file][data-preview]').forEach(function (input) {
    var frame = document.getElementById(input.dataset.preview);
    if (!frame) {
      return;
    }
    var box = frame.parentElement;
    var url = null;
    input.addEventListener('change', function () {
      if (url) {
        URL.revokeObjectURL(url);
        url = null;
      }
      var file = input.files && input.files[0];
      if (!file || !(file.type === 'application/pdf' || /\.pdf$/i.test(file.name))) {
        frame.removeAttribute('src');
        box.hidden = true;
        return;
      }
      url = URL.createObjectURL(file.type === 'application/pdf' ? file : new Blob([file], {type: 'application/pdf'}));
      frame.src = url;
      box.hidden = false;
    });
  });
})();
