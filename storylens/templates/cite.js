// Citation markers: tap or click to pin the popup open (hover and keyboard focus work without JS).
// Each popup is shifted left when it would run past the right edge of the window; on phones the
// stylesheet shows it as a sheet fixed to the bottom of the screen instead.
(function () {
  function fit(el) {
    var pop = el.querySelector('.pop');
    if (!pop || getComputedStyle(pop).position !== 'absolute') { return; }
    pop.style.left = '0px';
    var box = pop.getBoundingClientRect();
    var room = document.documentElement.clientWidth - 8;
    if (box.right > room) { pop.style.left = Math.min(0, room - box.right) + 'px'; }
    box = pop.getBoundingClientRect();
    if (box.left < 8) { pop.style.left = (parseFloat(pop.style.left) + 8 - box.left) + 'px'; }
  }
  document.querySelectorAll('.cite').forEach(function (el) {
    el.addEventListener('mouseenter', function () { fit(el); });
    el.addEventListener('focusin', function () { fit(el); });
    el.addEventListener('click', function (ev) {
      if (ev.target.tagName === 'A' && !el.classList.contains('open')) { ev.preventDefault(); }
      document.querySelectorAll('.cite.open').forEach(function (o) { if (o !== el) { o.classList.remove('open'); } });
      el.classList.toggle('open');
      fit(el);
    });
  });
})();
