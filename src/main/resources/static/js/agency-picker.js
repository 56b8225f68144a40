// Fills the issuing body's name and code (OrganName/OrganId) from the agency directory picker.
(function () {
  'use strict';
  var picker = document.getElementById('organ-picker');
  if (!picker) {
    return;
  }
  picker.addEventListener('change', function () {
    var option = picker.options[picker.selectedIndex];
    if (!option || !option.value) {
      return;
    }
    document.getElementById(picker.dataset.organId).value = option.value;
    document.getElementById(picker.dataset.organName).value = option.dataset.name || '';
  });
})();
