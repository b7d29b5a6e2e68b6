// Enhancements only: every page works without this script.
(function () {
  // Citation markers: tap or click to pin the popup open (hover and keyboard focus work without JS).
  document.querySelectorAll('.cite').forEach(function (el) {
    el.addEventListener('click', function (ev) {
      if (ev.target.tagName === 'A' && !el.classList.contains('open')) { ev.preventDefault(); }
      document.querySelectorAll('.cite.open').forEach(function (o) { if (o !== el) { o.classList.remove('open'); } });
      el.classList.toggle('open');
    });
  });
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
