// The page's own style and script, inlined by toHtml: the page fetches nothing.
export const PAGE_CSS = `
*{box-sizing:border-box}body{margin:0;font:14px/1.6 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#222;background:#fafafa}
header{padding:10px 16px;background:#234;color:#fff}header h1{font-size:17px;margin:0}header .meta{font-size:12px;opacity:.8}
main{display:grid;grid-template-columns:minmax(220px,26%) 1fr;gap:0;height:calc(100vh - 58px)}
nav{overflow:auto;border-right:1px solid #ddd;padding:8px;background:#fff}nav ul{list-style:none;margin:0;padding-left:12px}nav>ul{padding-left:0}
nav a{display:block;color:#234;text-decoration:none;padding:1px 4px;border-radius:3px}nav a:hover{background:#eef}nav a.current{background:#cde}
nav .units{color:#2a7;font-size:12px}nav .count{color:#a60;font-size:12px}
.right{overflow:auto;padding:0 16px 24px}
#text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:12px;margin:12px 0;max-height:55vh;overflow:auto}
#text .furniture{color:#aaa}#text .anchor.current{outline:2px solid #59c}
mark{border-radius:2px;padding:0 1px;cursor:help}mark.role-target{background:#ffe08a}mark.role-baseline{background:#cfe3ff}mark.role-parameter{background:#e0e0e0}
mark.dim{opacity:.35}
#tip{position:fixed;display:none;background:#fff;border:1px solid #999;box-shadow:0 2px 8px #0003;padding:6px 8px;font-size:12px;max-width:380px;z-index:9;white-space:normal}
.filters{display:flex;gap:10px;align-items:center;flex-wrap:wrap;margin:8px 0}.filters select,.filters button{font:inherit}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}th{background:#f0f0f0}
tr.hidden{display:none}.bar.role-target{fill:#f0b429}.bar.role-baseline{fill:#5b9bd5}.bar.role-parameter{fill:#aaa}.year-chart text{font-size:11px;fill:#444}
`;

export const PAGE_SCRIPT = `
(function(){
  var targets = JSON.parse(document.getElementById('targets-data').textContent);
  var byId = {}; targets.forEach(function(t){ byId[t.id] = t; });
  var tip = document.getElementById('tip');
  document.querySelectorAll('mark[data-target-id]').forEach(function(m){
    m.addEventListener('mouseenter', function(){
      var t = byId[m.getAttribute('data-target-id')]; if (!t) return;
      tip.textContent = '';
      [['indicator',t.indicator],['value',t.raw],['comparator',t.comparator],['year',t.year],['role',t.role],['modality',t.modality],['lead',t.lead]].forEach(function(f){
        var d = document.createElement('div'); d.textContent = f[0] + ': ' + (f[1] === null || f[1] === '' ? '—' : f[1]); tip.appendChild(d);
      });
      var r = m.getBoundingClientRect(); tip.style.left = Math.min(r.left, window.innerWidth - 400) + 'px'; tip.style.top = (r.bottom + 4) + 'px'; tip.style.display = 'block';
    });
    m.addEventListener('mouseleave', function(){ tip.style.display = 'none'; });
  });
  var role = document.getElementById('f-role'), year = document.getElementById('f-year'), dept = document.getElementById('f-dept'), task = document.getElementById('f-task');
  var current = null;
  function apply(){
    var shown = 0;
    document.querySelectorAll('#targets tbody tr').forEach(function(tr){
      var ok = (!role.value || tr.dataset.role === role.value) && (!year.value || tr.dataset.year === year.value)
        && (!dept.value || tr.dataset.depts.split('|').indexOf(dept.value) >= 0)
        && (!current || (tr.dataset.nodes.split(' ').indexOf(current) >= 0));
      tr.classList.toggle('hidden', !ok); if (ok) shown++;
      var m = document.querySelector('mark[data-target-id="' + tr.dataset.id + '"]'); if (m) m.classList.toggle('dim', !ok);
    });
    document.getElementById('shown').textContent = shown;
    task.textContent = current ? document.querySelector('nav a[data-node="' + current + '"]').dataset.label : 'all tasks';
  }
  [role, year, dept].forEach(function(s){ s.addEventListener('change', apply); });
  document.getElementById('clear').addEventListener('click', function(){ role.value = year.value = dept.value = ''; current = null; mark(null); apply(); });
  function mark(id){
    document.querySelectorAll('nav a.current, #text .anchor.current').forEach(function(e){ e.classList.remove('current'); });
    if (!id) return;
    document.querySelector('nav a[data-node="' + id + '"]').classList.add('current');
    var a = document.getElementById(id); if (a) { a.classList.add('current'); a.scrollIntoView({block: 'center'}); }
  }
  document.querySelectorAll('nav a[data-node]').forEach(function(a){
    a.addEventListener('click', function(e){ e.preventDefault(); current = a.dataset.node; mark(current); apply(); });
  });
  apply();
})();
`;
