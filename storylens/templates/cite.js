// Citation markers: tap or click to pin the popup open (hover and keyboard focus work without JS).
document.querySelectorAll('.cite').forEach(function (el) {
  el.addEventListener('click', function (ev) {
    if (ev.target.tagName === 'A' && !el.classList.contains('open')) { ev.preventDefault(); }
    document.querySelectorAll('.cite.open').forEach(function (o) { if (o !== el) { o.classList.remove('open'); } });
    el.classList.toggle('open');
  });
});
