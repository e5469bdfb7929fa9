// Narrows the questionnaire as the profile is answered: asks the server which items can apply
// (POST /api/applicability) and hides the ones that cannot. Without this script the
// "apply the answers" button does the same with a form post.
// Imports a filled Excel workbook from the start page: posts the file as the body of
// POST /api/assess?store=true and opens the stored assessment, or lists the workbook's problems.
(function () {
  'use strict';
  var form = document.getElementById('import');
  if (!form) { return; }
  var list = document.getElementById('import-problems');
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var file = document.getElementById('workbook').files[0];
    if (!file) { return; }
    list.textContent = '';
    form.setAttribute('data-pending', '1');
    fetch('/api/assess?store=true&lang=' + encodeURIComponent(form.getAttribute('data-lang') || 'ja'), {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'},
      body: file
    }).then(function (r) {
      var id = r.headers.get('X-Tenken-Assessment');
      if (r.ok && id) { window.location.href = '/assessments/' + encodeURIComponent(id); return null; }
      return r.json().then(function (j) {
        var problems = j.problems || [{text: j.message || String(r.status)}];
        problems.forEach(function (p) {
          var li = document.createElement('li');
          li.textContent = p.text || p.message;
          list.appendChild(li);
        });
      });
    }).catch(function (e) {
      var li = document.createElement('li');
      li.textContent = String(e);
      list.appendChild(li);
    }).finally(function () { form.setAttribute('data-pending', '0'); });
  });
})();

(function () {
  'use strict';
  var form = document.getElementById('questionnaire');
  if (!form) { return; }
  var checklist = form.getAttribute('data-checklist');
  var pending = 0;

  function profile() {
    var out = {};
    document.querySelectorAll('#profile fieldset.fact').forEach(function (fs) {
      var key = fs.getAttribute('data-fact');
      var type = fs.getAttribute('data-type');
      var name = 'p.' + key;
      if (type === 'set') {
        var members = [];
        fs.querySelectorAll('input[type=checkbox]').forEach(function (c) { if (c.checked) { members.push(c.value); } });
        var touched = fs.querySelector('input[type=hidden]');
        if (members.length > 0 || (touched && touched.value)) { out[key] = members; }
      } else if (type === 'boolean') {
        var b = fs.querySelector('input[name="' + name + '"]:checked');
        if (b && b.value) { out[key] = b.value === 'true'; }
      } else if (type === 'enum') {
        var e = fs.querySelector('input[name="' + name + '"]:checked');
        if (e && e.value) { out[key] = e.value; }
      } else if (type === 'number') {
        var n = fs.querySelector('input');
        if (n && n.value !== '' && !isNaN(Number(n.value))) { out[key] = Number(n.value); }
      } else {
        var t = fs.querySelector('input');
        if (t && t.value.trim() !== '') { out[key] = t.value.trim(); }
      }
    });
    return out;
  }

  function apply(items) {
    var shown = 0, total = 0;
    document.querySelectorAll('#items div.item').forEach(function (div) {
      var a = items[div.getAttribute('data-item')] || 'applies';
      total++;
      div.hidden = a === 'excluded';
      if (!div.hidden) { shown++; }
      var mark = div.querySelector('.assumed');
      if (mark) { mark.hidden = a !== 'assumed'; }
    });
    document.querySelectorAll('#items section.category').forEach(function (sec) {
      sec.hidden = !sec.querySelector('div.item:not([hidden])');
    });
    var counter = document.getElementById('shown');
    if (counter) {
      counter.textContent = counter.getAttribute('data-template').replace('%d', shown).replace('%d', total);
    }
  }

  function refresh() {
    pending++;
    form.setAttribute('data-pending', String(pending));
    fetch('/api/applicability', {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({checklist: checklist, profile: profile()})
    }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) { if (j) { apply(j.items); } })
      .finally(function () { pending--; form.setAttribute('data-pending', String(pending)); });
  }

  var section = document.getElementById('profile');
  section.addEventListener('change', function (ev) {
    var fs = ev.target.closest('fieldset.fact');
    if (fs && fs.getAttribute('data-type') === 'set') {
      var h = fs.querySelector('input[type=hidden]');
      if (h) { h.value = '1'; }
    }
    refresh();
  });
  form.setAttribute('data-pending', '0');
  form.setAttribute('data-ready', '1');
})();
