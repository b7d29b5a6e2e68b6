// Enhancements only: every page works without this script. The citation popups' script is
// storylens/templates/cite.js, shared with the standalone report (served as /static/cite.js).
(function () {
  // The start form: a button that adds another article box.
  var add = document.getElementById('add-article');
  var boxes = document.getElementById('boxes');
  if (add && boxes) {
    add.hidden = false;
    add.addEventListener('click', function () {
      var n = boxes.querySelectorAll('textarea').length + 1;
      var label = document.createElement('label');
      label.textContent = 'Article ' + n;
      var area = document.createElement('textarea');
      area.name = 'article'; area.rows = 7; area.placeholder = '(optional)';
      label.appendChild(area);
      boxes.appendChild(label);
      area.focus();
    });
  }
})();
