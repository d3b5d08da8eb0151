/*
 * Michishirube's page: learner, educator, steward and statistics views over the public REST API (/api/v1).
 * Plain JavaScript, no build step; Cytoscape and Chart.js come from WebJars. Every call below is an ordinary
 * REST call, so this file doubles as an example of using the API.
 */
(function () {
  'use strict';

  const API = '/api/v1';
  const I18N = window.MICHI_I18N;
  const $ = (id) => document.getElementById(id);
  const state = {
    lang: 'ja', credentials: [], roles: [], frameworks: [], mastered: {}, lastPlanRequest: null, plan: null, fit: null,
    coverage: null, comparison: null, statistics: null, planSeq: 0, charts: {}, cy: null, selectedStep: null
  };
  const rerender = [];

  // Counts Content-Security-Policy violations where the browser tests (and anyone in the console) can see them.
  document.addEventListener('securitypolicyviolation', (e) => {
    document.body.dataset.cspViolations = String((Number(document.body.dataset.cspViolations) || 0) + 1);
    console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI);
  });

  // ---------------------------------------------------------------- language
  function t(key, params) {
    let s = (I18N[state.lang] && I18N[state.lang][key]) || I18N.ja[key] || key;
    if (params) {
      Object.keys(params).forEach((k) => { s = s.split('{' + k + '}').join(params[k]); });
    }
    return s;
  }

  /** A name from the API's {ja, en} object, in the chosen language, falling back to the other. */
  function nm(name, fallback) {
    if (!name) {
      return fallback || '';
    }
    return name[state.lang] || name.ja || name.en || fallback || '';
  }

  function applyLanguage(lang) {
    state.lang = lang;
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('[data-i18n-aria-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel)); });
    document.querySelectorAll('.lang button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
    try { localStorage.setItem('michishirube.lang', lang); } catch (e) { /* private mode */ }
    rerender.forEach((f) => f());
  }

  // ---------------------------------------------------------------- HTTP
  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    opts.headers = Object.assign({ Accept: 'application/json' }, opts.headers);
    let res;
    try {
      res = await fetch(path.startsWith('/') ? path : API + '/' + path, opts);
    } catch (e) {
      throw { status: 0, detail: t('error.network') };
    }
    if (!res.ok) {
      let problem = { status: res.status, detail: res.statusText };
      try { problem = Object.assign(problem, await res.json()); } catch (e) { /* not problem+json */ }
      throw problem;
    }
    return res;
  }

  const json = async (path, options) => (await api(path, options)).json();

  /**
   * A problem in the user's language: its stable type (the last segment of the type URI) picks the text in i18n.js
   * (problem.<type>), filled with the problem's own members (field, parameter, id, limit…); the English detail only when
   * the page has no text for the type.
   */
  function problemText(p) {
    const type = p && p.type ? String(p.type).split('/').pop() : null;
    const fields = p && Array.isArray(p.errors) ? p.errors.map((e) => e.field).filter(Boolean) : [];
    // The problem's stable code (see docs/problems.md), else its type's slug.
    const key = p && p.code && I18N.ja['problem.' + p.code] ? 'problem.' + p.code : 'problem.' + type;
    let detail;
    if (type && I18N.ja[key]) {
      detail = t(key, { field: p.field || fields.join(', ') || p.parameter || '', parameter: p.parameter || p.field || fields.join(', ') || '',
        id: p.id || (p.errors && p.errors.map((e) => e.id || e.field).join(', ')) || '', limit: p.limit || '', reason: p.reason ? t('reason.' + p.reason) : '' });
    } else {
      detail = (p && (p.detail || p.title)) || '';
    }
    return t('error.generic', { status: p && p.status, detail });
  }

  function showError(el, p) {
    el.textContent = problemText(p);
    el.hidden = false;
  }

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'text') { e.textContent = v; } else if (k === 'className') { e.className = v; } else if (v !== null && v !== undefined) { e.setAttribute(k, v); }
    });
    (children || []).forEach((c) => e.append(c));
    return e;
  }

  const pct = (x) => (x === null || x === undefined) ? '–' : (Math.round(x * 1000) / 10).toFixed(1) + '%';

  function download(blob, file) {
    const a = $('md-link');
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.hidden = true;
    document.body.append(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(url); link.remove(); }, 60000);
    return a;
  }

  // ---------------------------------------------------------------- views (plain navigation: links to #name)
  // One entry per view: its section is #view-{name}, its link [data-view-link={name}], its heading #h-{name}; onShow runs
  // each time it is shown. A new view adds an entry here, a section and a link in index.html and its texts in i18n.js.
  const VIEWS = {
    learner: { onShow: () => { if (state.cy) { state.cy.resize(); state.cy.fit(undefined, 20); } } },
    educator: { onShow: () => loadCurricula() },
    steward: { onShow: () => {} },
    career: { onShow: () => loadCareerPaths() },
    statistics: { onShow: () => loadStatistics() }
  };

  /** Shows the view the hash names; any other hash (the skip link's #main, an anchor) leaves the current view as it is. */
  function showView(ev) {
    const hash = location.hash.slice(1);
    const known = Object.prototype.hasOwnProperty.call(VIEWS, hash);
    if (!known && state.view) {
      // The skip link (#main) or another anchor: the view stays; the target takes the focus.
      const target = hash && document.getElementById(hash);
      if (target && ev) { target.focus(); }
      return;
    }
    const name = known ? hash : 'learner';
    Object.keys(VIEWS).forEach((v) => {
      $('view-' + v).hidden = v !== name;
      const link = document.querySelector('[data-view-link="' + v + '"]');
      if (v === name) { link.setAttribute('aria-current', 'page'); } else { link.removeAttribute('aria-current'); }
    });
    state.view = name;
    VIEWS[name].onShow();
    document.body.dataset.view = name;
    // Following a link moves the focus to the view's heading, so keyboard and screen-reader users land where the page changed.
    if (ev) { $('h-' + name).focus(); }
  }

  /** Says a result or a state once in the page's live region. */
  function announce(text) {
    const box = $('announce');
    box.textContent = '';
    // A fresh text node after a tick, so that the same message said twice is announced twice.
    setTimeout(() => { box.textContent = text; }, 30);
  }

  /**
   * Runs an action with its button marked busy (aria-busy, focus kept: a disabled button would drop the focus to the body),
   * "loading" said in the live region; a second press while busy is ignored.
   */
  async function busy(button, action) {
    if (button.getAttribute('aria-busy') === 'true') { return undefined; }
    button.setAttribute('aria-busy', 'true');
    announce(t('loading'));
    try {
      return await action();
    } finally {
      button.removeAttribute('aria-busy');
    }
  }

  /** A wide table in its own horizontally scrolling, keyboard-focusable region, so the page itself never scrolls sideways. */
  function scrollBox(table, label) {
    const box = el('div', { className: 'table-scroll', role: 'region', tabindex: '0' }, [table]);
    box.setAttribute('aria-label', label || (table.caption ? table.caption.textContent : '') || t('table'));
    return box;
  }

  /** Wraps the page's own wide tables once, at start. */
  function wrapStaticTables() {
    document.querySelectorAll('table.data').forEach((table) => {
      if (table.parentElement.classList.contains('table-scroll')) { return; }
      const box = el('div', { className: 'table-scroll', role: 'region', tabindex: '0' });
      table.replaceWith(box);
      box.append(table);
      const label = () => box.setAttribute('aria-label', (table.caption && table.caption.textContent)
        || (table.getAttribute('aria-labelledby') && $(table.getAttribute('aria-labelledby')).textContent) || t('table'));
      label();
      rerender.push(label);
    });
  }

  // ---------------------------------------------------------------- reference data
  async function loadReference() {
    await refreshReference();
    rerender.push(renderCredentialList, renderGoalOptions, renderVersionOptions, renderStewardOptions);
    document.body.dataset.ready = 'true';
  }

  /** Credentials, roles and frameworks, read again after a publication adds some. */
  async function refreshReference() {
    const [credentials, roles, frameworks] = await Promise.all([
      json('credentials?size=200'), json('roles?size=200'), json('frameworks')]);
    state.credentials = credentials.items;
    state.roles = roles.items;
    state.frameworks = frameworks;
    renderCredentialList();
    renderGoalOptions();
    renderVersionOptions();
    renderStewardOptions();
  }

  // ================================================================ Learner
  function renderCredentialList() {
    const list = $('cred-list');
    const checked = new Set([...list.querySelectorAll('input:checked')].map((i) => i.value));
    const q = $('cred-filter').value.trim().toLowerCase();
    list.replaceChildren();
    state.credentials.forEach((c) => {
      const hay = [c.id, c.abbreviation, c.name && c.name.ja, c.name && c.name.en].filter(Boolean).join(' ').toLowerCase();
      const id = 'cred-' + c.id;
      const input = el('input', { type: 'checkbox', id, value: c.id });
      input.checked = checked.has(c.id);
      const li = el('li', {}, [input, ' ', el('label', { for: id, text: nm(c.name) + (c.abbreviation ? ' (' + c.abbreviation + ')' : '') })]);
      li.hidden = q !== '' && !hay.includes(q);
      list.append(li);
    });
  }

  /** The current-job picker: every role, narrowed by a ja/en search, with "none" first. */
  function renderCurrentRoles() {
    const sel = $('current-role');
    const value = sel.value;
    const q = $('current-role-filter').value.trim().toLowerCase();
    const hay = (r) => [r.id, r.name && r.name.ja, r.name && r.name.en].filter(Boolean).join(' ').toLowerCase();
    const roles = state.roles.filter((r) => !q || hay(r).includes(q) || r.id === value);
    sel.replaceChildren(el('option', { value: '', text: t('learner.currentJobNone') }),
      ...roles.map((r) => el('option', { value: r.id, text: nm(r.name, r.id) })));
    sel.value = value;
  }

  /** A change of current job re-reads the fit for the plan shown. */
  async function refreshFit() {
    if (!state.lastPlanRequest) { return; }
    try {
      state.fit = await json('role-fit', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fitRequest(state.lastPlanRequest)) });
      renderFit();
      announce($('fit-explain').textContent);
    } catch (p) {
      showError($('plan-error'), p);
    }
  }

  function renderGoalOptions() {
    const fill = (select, items, withFramework) => {
      const value = select.value;
      select.replaceChildren(...items.filter((x) => !withFramework || x.framework).map((x) => el('option', { value: x.id, text: nm(x.name) })));
      if (value) { select.value = value; }
    };
    fill($('goal-credential'), state.credentials, true);
    fill($('goal-role'), state.roles, false);
    renderCurrentRoles();
    // MIIS by default until the user picks a goal (a select always has a value, so "empty" is never the test).
    if ($('goal-credential').dataset.touched !== 'true' && state.credentials.some((c) => c.id === 'miis')) {
      $('goal-credential').value = 'miis';
    }
    fillStatisticsCredentials();
  }

  async function searchTargets() {
    const q = $('target-search').value.trim();
    const out = $('target-results');
    out.replaceChildren();
    if (!q) { return; }
    try {
      const hits = await json('search?' + new URLSearchParams({ q, type: 'target', lang: state.lang, size: '10' }));
      if (!hits.items.length) { out.append(el('li', { text: t('learner.noHits') })); }
      hits.items.forEach((h) => {
        const add = el('button', { type: 'button', className: 'small', 'data-target': h.id, text: t('learner.add') });
        add.setAttribute('aria-label', t('learner.add') + ': ' + nm(h.name));
        add.addEventListener('click', () => { state.mastered[h.id] = { name: h.name, level: 2 }; renderMastered(); });
        out.append(el('li', {}, [nm(h.name) + ' (' + h.id + ')', add]));
      });
    } catch (p) {
      out.append(el('li', { className: 'error', text: problemText(p) }));
    }
  }

  function renderMastered() {
    const out = $('mastered-list');
    out.replaceChildren();
    Object.entries(state.mastered).forEach(([id, m]) => {
      const selId = 'level-' + id.replace(/[^a-z0-9]/gi, '-');
      const sel = el('select', { id: selId }, [1, 2, 3, 4].map((n) => el('option', { value: String(n), text: String(n) })));
      sel.value = String(m.level);
      sel.addEventListener('change', () => { m.level = Number(sel.value); });
      const remove = el('button', { type: 'button', className: 'small', text: t('learner.remove') });
      remove.addEventListener('click', () => { delete state.mastered[id]; renderMastered(); });
      out.append(el('li', { 'data-mastered': id }, [nm(m.name) + ' ', el('label', { for: selId, className: 'inline-label', text: t('learner.level') }), sel, remove]));
    });
  }
  rerender.push(renderMastered);

  function planRequest() {
    const credentials = [...$('cred-list').querySelectorAll('input:checked')].map((i) => i.value);
    const mastered = {};
    Object.entries(state.mastered).forEach(([id, m]) => { mastered[id] = m.level; });
    const kind = document.querySelector('input[name=goal-kind]:checked').value;
    const goal = kind === 'role' ? { role: $('goal-role').value } : { credential: $('goal-credential').value };
    const hours = Number($('hours').value);
    return { profile: { credentials, mastered, hoursPerWeek: Number.isFinite(hours) ? hours : null }, goal };
  }

  /** The role-fit request: the learner's current job (if any) sent as secondCareer, so its family is not offered as a career. */
  function fitRequest(request) {
    const current = $('current-role').value;
    const body = { profile: request.profile, limit: 40 };
    if (current) { body.secondCareer = { currentRoles: [current] }; }
    return body;
  }

  function makePlan(ev) {
    ev.preventDefault();
    return busy($('plan-btn'), async () => {
      const request = planRequest();
      const seq = ++state.planSeq;
      $('plan-error').hidden = true;
      document.body.dataset.plan = 'loading';
      try {
        const [answer, fit] = await Promise.all([
          json('plans', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(Object.assign({ alternatives: 0 }, request)) }),
          json('role-fit', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fitRequest(request)) })
        ]);
        if (seq !== state.planSeq) { return; }
        state.lastPlanRequest = request;
        state.plan = answer;
        state.fit = fit;
        // A new plan: the previous plan's step is no longer shown.
        state.selectedStep = null;
        $('step-detail').replaceChildren(el('p', { 'data-i18n': 'learner.clickStep', text: t('learner.clickStep') }));
        delete $('step-detail').dataset.step;
        $('plan-result').hidden = false;
        $('md-preview').textContent = '';
        $('save-status').textContent = '';
        renderPlan();
        document.body.dataset.plan = 'done';
        announce($('plan-summary').textContent);
      } catch (p) {
        $('plan-result').hidden = true;
        showError($('plan-error'), p);
        document.body.dataset.plan = 'error';
      }
    });
  }

  // Okabe–Ito, readable for colour-blind people; one colour per domain.
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999', '#332288', '#88CCEE', '#117733', '#AA4499'];

  /** A step names its domain by id; the plan's hours by domain name each domain once. */
  function domainName(p, id) {
    const d = (p.hoursByDomain || []).find((x) => x.domain.id === id);
    return nm(d && d.domain.name, id);
  }

  function domainColours(steps) {
    const colours = {};
    steps.forEach((s) => {
      if (!(s.domain in colours)) { colours[s.domain] = PALETTE[Object.keys(colours).length % PALETTE.length]; }
    });
    return colours;
  }

  function renderPlan() {
    const p = state.plan;
    if (!p) { return; }
    const goalName = p.goal.items.map((i) => nm(i.name, i.id)).join(', ');
    // Study and waiting apart: the API's weeks run to the last exam, waiting periods for eligibility included.
    const perWeek = (state.lastPlanRequest && state.lastPlanRequest.profile.hoursPerWeek) || 0;
    const studyWeeks = perWeek > 0 ? Math.ceil(p.totalHours / perWeek) : 0;
    const waitYears = p.milestones.filter((m) => m.kind === 'wait').reduce((n, m) => Math.max(n, m.missingYears || 0), 0);
    const exams = p.milestones.filter((m) => m.kind === 'exam' && m.earliest).map((m) => m.earliest).sort();
    const parts = [t('learner.summaryText', { goal: goalName, steps: p.steps.length, hours: p.totalHours, weeks: studyWeeks, perWeek })];
    if (waitYears > 0) { parts.push(t('learner.summaryWait', { years: waitYears })); }
    if (exams.length) { parts.push(t('learner.summaryExam', { date: exams[exams.length - 1] })); }
    $('plan-summary').textContent = parts.join(' ');
    renderTimeline(p);
    renderGantt(p);
    renderStrategies(p);
    renderGraph(p);
    renderFit();
  }
  rerender.push(renderPlan);

  function renderTimeline(p) {
    const list = $('timeline');
    list.replaceChildren();
    p.milestones.forEach((m) => {
      const title = m.kind === 'wait'
        ? t('learner.wait', { name: nm(m.credential.name, m.credential.id), experience: t('exp.' + m.experience), years: m.missingYears })
        : t('learner.exam', { name: nm(m.credential.name, m.credential.id) });
      list.append(el('li', { className: m.kind, 'data-kind': m.kind }, [
        el('span', { className: 'date', text: m.earliest ? t(m.kind === 'wait' ? 'learner.eligibleFrom' : 'learner.earliest', { date: m.earliest }) : '' }), ' ',
        el('span', { text: title }), ' ',
        el('span', { className: 'hint', text: '(' + t('learner.afterSteps', { n: m.afterSteps }) + ')' })]));
    });
    // "Reached" only when nothing is left to learn; a role goal has steps but no exam on the way.
    if (!p.milestones.length) { list.append(el('li', { text: t(p.steps.length ? 'learner.noMilestones' : 'learner.done', { n: p.steps.length }) })); }
  }

  const SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, children) {
    const e = document.createElementNS(SVG, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    (children || []).forEach((c) => e.append(c));
    return e;
  }

  /** Weeks across, one row per domain, a bar per step over the weeks it is studied; exam days and deadlines as markers. */
  function renderGantt(p) {
    const g = $('gantt');
    g.replaceChildren();
    const weeks = p.schedule || [];
    if (!weeks.length) { g.setAttribute('width', '0'); g.setAttribute('height', '0'); g.dataset.bars = '0'; return; }
    const colours = domainColours(p.steps);
    const domains = [...new Set(p.steps.map((s) => s.domain))];
    const span = {};
    weeks.forEach((w) => w.blocks.forEach((b) => {
      const x = span[b.step] || (span[b.step] = { first: w.week, last: w.week });
      x.first = Math.min(x.first, w.week);
      x.last = Math.max(x.last, w.week);
    }));
    const start = new Date(weeks[0].start + 'T00:00:00Z');
    const weekOf = (date) => Math.floor((new Date(date + 'T00:00:00Z') - start) / (7 * 86400000)) + 1;
    const markers = [];
    p.milestones.filter((m) => m.kind === 'exam' && m.sitting).forEach((m) => {
      const name = nm(m.credential.name, m.credential.id);
      markers.push({ week: weekOf(m.sitting.examDay), kind: 'exam', label: t('learner.ganttExam', { name, date: m.sitting.examDay }) });
      if (m.sitting.applicationCloses) {
        markers.push({ week: weekOf(m.sitting.applicationCloses), kind: 'deadline', label: t('learner.ganttDeadline', { name, date: m.sitting.applicationCloses }) });
      }
    });
    const lastWeek = Math.max(weeks[weeks.length - 1].week, ...markers.map((m) => m.week));
    const W = 12;
    const ROW = 22;
    const LEFT = 8;
    const TOP = 26;
    const width = LEFT + lastWeek * W + 16;
    const height = TOP + domains.length * ROW + 8;
    g.setAttribute('width', String(width));
    g.setAttribute('height', String(height));
    g.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    for (let w = 1; w <= lastWeek; w += 4) {
      g.append(svg('text', { x: String(LEFT + (w - 1) * W), y: '12' }, [document.createTextNode(String(w))]));
      g.append(svg('line', { x1: String(LEFT + (w - 1) * W), x2: String(LEFT + (w - 1) * W), y1: '16', y2: String(height), stroke: '#e0e0e0' }));
    }
    let bars = 0;
    p.steps.forEach((s) => {
      const x = span[s.index];
      if (!x) { return; }
      const row = domains.indexOf(s.domain);
      const rect = svg('rect', { x: String(LEFT + (x.first - 1) * W), y: String(TOP + row * ROW), width: String((x.last - x.first + 1) * W - 1),
        height: String(ROW - 6), fill: colours[s.domain], 'data-step': String(s.index) }, [
        svg('title', {}, [document.createTextNode(s.index + '. ' + nm(s.target.name) + ' — ' + domainName(p, s.domain) + ', ' + t('learner.ganttWeek', { n: x.first })
          + (x.last > x.first ? '–' + x.last : '') + ', ' + t('learner.hoursN', { h: s.hours }))])]);
      g.append(rect);
      bars++;
    });
    markers.forEach((m) => {
      const cx = LEFT + (m.week - 0.5) * W;
      const shape = m.kind === 'exam'
        ? svg('path', { d: 'M' + (cx - 6) + ' ' + (TOP - 10) + ' L' + (cx + 6) + ' ' + (TOP - 10) + ' L' + cx + ' ' + (TOP - 1) + ' Z', fill: '#D55E00' })
        : svg('path', { d: 'M' + cx + ' ' + (TOP - 12) + ' L' + (cx + 5) + ' ' + (TOP - 6) + ' L' + cx + ' ' + TOP + ' L' + (cx - 5) + ' ' + (TOP - 6) + ' Z', fill: '#000' });
      shape.setAttribute('data-marker', m.kind);
      shape.append(svg('title', {}, [document.createTextNode(m.label)]));
      g.append(shape);
      g.append(svg('line', { x1: String(cx), x2: String(cx), y1: String(TOP), y2: String(height), stroke: m.kind === 'exam' ? '#D55E00' : '#000', 'stroke-dasharray': '3 3' }));
    });
    g.dataset.bars = String(bars);
    g.dataset.markers = String(markers.length);
    g.dataset.weeks = String(lastWeek);
  }

  /** The subject strategies of an exam, the earliest to complete chosen; switching shows another's sittings. */
  function renderStrategies(p) {
    const list = p.subjectStrategies || [];
    $('strategies').hidden = !list.length;
    const box = $('strategy-options');
    box.replaceChildren();
    if (!list.length) { $('strategy-parts').replaceChildren(); return; }
    const kind = (x) => (x.kind === 'all-at-once' ? t('strategy.all-at-once') : t('strategy.split', { n: x.sittings }));
    const show = (x) => {
      const parts = x.parts.map((part) => el('li', { text: t('strategy.part', { date: part.sitting ? part.sitting.examDay : '–',
        subjects: part.subjects.map((su) => nm(su.name, su.id)).join('、'), hours: part.hours }) }));
      if (x.banked && x.banked.length) {
        parts.unshift(el('li', { text: t('strategy.banked', { subjects: x.banked.map((b) => nm(b.subject.name, b.subject.id) + ' (' + b.year + ')').join('、') }) }));
      }
      $('strategy-parts').replaceChildren(...parts);
      $('strategies').dataset.strategy = x.kind + ':' + x.sittings;
    };
    list.forEach((x, i) => {
      const id = 'strategy-' + i;
      const input = el('input', { type: 'radio', name: 'strategy', id, value: String(i) });
      input.checked = x.chosen;
      input.addEventListener('change', () => { if (input.checked) { show(x); announce(kind(x)); } });
      box.append(el('label', { for: id }, [input, ' ' + t('strategy.summary', { kind: kind(x), completes: x.completes, hours: x.hours })
        + (x.chosen ? t('strategy.chosen') : '')]));
    });
    show(list.find((x) => x.chosen) || list[0]);
  }

  /** The plan as an iCalendar file (the API's text/calendar answer): weekly study blocks, exam days, deadlines with alarms. */
  async function downloadCalendar() {
    if (!state.lastPlanRequest) { return; }
    try {
      const res = await api('plans', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'text/calendar' },
        body: JSON.stringify(Object.assign({ alternatives: 0 }, state.lastPlanRequest)) });
      const text = await res.text();
      const events = (text.match(/BEGIN:VEVENT/g) || []).length;
      const link = $('calendar-link');
      if (link.href && link.href.startsWith('blob:')) { URL.revokeObjectURL(link.href); }
      link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      link.dataset.events = String(events);
      link.click();
      announce(t('learner.calendarDone', { n: events }));
    } catch (p) {
      showError($('plan-error'), p);
    }
  }

  /** Prerequisite edges between steps, read from each step's why chain: a target, then the prerequisite it needs first. */
  function prerequisiteEdges(steps) {
    const ids = new Set(steps.map((s) => s.target.id));
    const edges = new Map();
    steps.forEach((s) => {
      for (let i = 1; i < s.why.length; i++) {
        const w = s.why[i];
        const prev = s.why[i - 1];
        if (w.relation === 'prerequisite' && ids.has(w.id) && ids.has(prev.id) && w.id !== prev.id) {
          edges.set(w.id + '>' + prev.id, { source: w.id, target: prev.id });
        }
      }
    });
    return [...edges.values()];
  }

  /**
   * Columns by prerequisite depth (the longest chain of prerequisites before a step), each column ordered by the mean row
   * of a step's prerequisites (the barycentre heuristic of layered drawing, which shortens edges and uncrosses most), so
   * chains read left to right. Steps linked to no other step follow in columns of their own, by domain. Long columns wrap.
   */
  function layeredLayout(steps, edges) {
    const PER_COLUMN = 10;
    const incoming = {};
    const linked = new Set();
    edges.forEach((e) => { (incoming[e.target] = incoming[e.target] || []).push(e.source); linked.add(e.source); linked.add(e.target); });
    const depth = {};
    steps.forEach((s) => { // plan order puts prerequisites first
      depth[s.target.id] = Math.max(0, ...(incoming[s.target.id] || []).map((x) => (depth[x] === undefined ? 0 : depth[x] + 1)));
    });
    const layers = [];
    steps.filter((s) => linked.has(s.target.id)).forEach((s) => { (layers[depth[s.target.id]] = layers[depth[s.target.id]] || []).push(s.target.id); });
    const pos = {};
    let column = 0;
    const place = (ids) => {
      ids.forEach((id, i) => { pos[id] = { column: column + Math.floor(i / PER_COLUMN), row: i % PER_COLUMN }; });
      column += Math.ceil(ids.length / PER_COLUMN);
    };
    layers.filter(Boolean).forEach((layer) => {
      const centre = (id) => {
        const from = (incoming[id] || []).filter((x) => pos[x]);
        return from.length ? from.reduce((n, x) => n + pos[x].row + pos[x].column * PER_COLUMN, 0) / from.length : Infinity;
      };
      const order = new Map(layer.map((id, i) => [id, i]));
      place(layer.slice().sort((a, b) => (centre(a) - centre(b)) || (order.get(a) - order.get(b))));
    });
    const byDomain = {};
    steps.filter((s) => !linked.has(s.target.id)).forEach((s) => { (byDomain[s.domain] = byDomain[s.domain] || []).push(s.target.id); });
    Object.values(byDomain).forEach(place);
    return pos;
  }

  function renderGraph(p) {
    const colours = domainColours(p.steps);
    const edges = prerequisiteEdges(p.steps);
    const pos = layeredLayout(p.steps, edges);
    const nodes = p.steps.map((s) => ({ group: 'nodes', data: { id: s.target.id, label: s.index + '. ' + nm(s.target.name), colour: colours[s.domain], index: s.index },
      position: { x: pos[s.target.id].column * 220, y: pos[s.target.id].row * 70 } }));
    const elements = nodes.concat(edges.map((e) => ({ group: 'edges', data: { id: e.source + '>' + e.target, source: e.source, target: e.target } })));
    const container = $('plan-graph');
    container.dataset.nodes = String(nodes.length);
    container.dataset.edges = String(edges.length);
    // A layered drawing: every prerequisite edge runs left to right, a column further at least.
    container.dataset.backwardEdges = String(edges.filter((e) => pos[e.source].column >= pos[e.target].column).length);
    if (window.cytoscape) {
      if (state.cy) { state.cy.destroy(); }
      state.cy = window.cytoscape({
        container, elements, layout: { name: 'preset' }, wheelSensitivity: 0.3,
        style: [
          { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': 190,
            'text-valign': 'bottom', 'text-margin-y': 4, color: '#1a1a1a', width: 22, height: 22, 'border-width': 1, 'border-color': '#333' } },
          { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
          { selector: 'edge', style: { width: 1.5, 'line-color': '#777', 'target-arrow-color': '#777', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } }
        ]
      });
      state.cy.on('tap', 'node', (evt) => selectStep(evt.target.id()));
      state.cy.fit(undefined, 20);
    }
    const legend = $('legend');
    legend.replaceChildren();
    const seen = new Set();
    p.steps.forEach((s) => {
      if (seen.has(s.domain)) { return; }
      seen.add(s.domain);
      const sw = el('span', { className: 'swatch', 'aria-hidden': 'true' });
      sw.style.backgroundColor = colours[s.domain];
      legend.append(el('li', {}, [sw, domainName(p, s.domain)]));
    });
    const list = $('step-list');
    list.replaceChildren();
    p.steps.forEach((s) => {
      const b = el('button', { type: 'button', 'data-step': s.target.id, text: nm(s.target.name) + ' — ' + t('learner.hoursN', { h: s.hours }) });
      b.addEventListener('click', () => selectStep(s.target.id));
      list.append(el('li', {}, [b]));
    });
    if (state.selectedStep && p.steps.some((s) => s.target.id === state.selectedStep)) { selectStep(state.selectedStep); }
  }

  function selectStep(id) {
    const s = state.plan.steps.find((x) => x.target.id === id);
    if (!s) { return; }
    state.selectedStep = id;
    if (state.cy) { state.cy.nodes().unselect(); state.cy.getElementById(id).select(); }
    // A link without a name is the step's own target or the goal, named there.
    const named = (w) => w.name || (w.id === s.target.id ? s.target.name : ((state.plan.goal.items || []).find((i) => i.id === w.id) || {}).name);
    const chain = el('ol', { className: 'why' }, s.why.map((w) => el('li', { 'data-relation': w.relation, text: t('why.' + w.relation) + ': ' + nm(named(w), w.id) })));
    $('step-detail').replaceChildren(
      el('h4', { text: s.index + '. ' + nm(s.target.name) }),
      el('p', { text: domainName(state.plan, s.domain) + ' · ' + t('learner.levels', { from: s.fromLevel, to: s.toLevel }) + ' · ' }, [el('strong', { className: 'hours', text: t('learner.hoursN', { h: s.hours }) })]),
      el('p', { text: t('learner.why') }), chain, el('p', { text: t('learner.whereToLearn') }), whereToLearn(s));
    $('step-detail').dataset.step = id;
  }

  /** A step's places to learn: courses of public curricula and registered materials, a link where they are online. */
  function whereToLearn(s) {
    const places = new Map((state.plan.resources || []).map((r) => [r.id, r]));
    const items = (s.resources || []).filter((ref) => places.has(ref.id)).map((ref) => {
      const r = Object.assign({ fit: ref.fit }, places.get(ref.id));
      const title = nm(r.title, r.id);
      const what = r.url ? el('a', { href: r.url, rel: 'noopener', target: '_blank', text: title }) : el('span', { text: title });
      const where = r.kind === 'course' ? ' — ' + r.institution + ' · ' + r.curriculum + ' ' + r.course : '';
      const facts = [t('depth.' + r.depth), t('resource.fit.' + r.fit)];
      if (r.hours) { facts.push(t('learner.hoursN', { h: r.hours })); }
      if (r.cost) { facts.push(r.cost); }
      return el('li', { 'data-resource': r.id, 'data-kind': r.kind }, [el('strong', { text: t('resource.' + r.kind) + ': ' }), what,
        el('span', { text: where + ' (' + facts.join(' · ') + ')' })]);
    });
    return items.length ? el('ul', { className: 'resources' }, items) : el('p', { className: 'hint', text: t('learner.noResources') });
  }

  /** Roles offered as a career: not student roles unless asked for, and at most 12. */
  function careerRoles() {
    const students = $('fit-students').checked;
    return state.fit.roles.filter((r) => students || !/(^|-)students?($|-)/.test(r.role.id)).slice(0, 12);
  }

  /** What a score means and what was counted towards it: the credentials held and targets mastered that the request carried. */
  function fitExplanation() {
    const profile = state.lastPlanRequest ? state.lastPlanRequest.profile : { credentials: [], mastered: {} };
    const held = profile.credentials.map((id) => { const c = state.credentials.find((x) => x.id === id); return c ? nm(c.name, id) : id; });
    const current = state.roles.find((r) => r.id === $('current-role').value);
    return [t('learner.fitMeans'),
      held.length || Object.keys(profile.mastered).length
        ? t('learner.fitCredited', { held: held.join('、') || '–', n: Object.keys(profile.mastered).length })
        : t('learner.fitNothing'),
      current ? t('learner.fitSecondCareer', { role: nm(current.name, current.id) }) : ''].filter(Boolean).join(' ');
  }

  function renderFit() {
    if (!state.fit || !window.Chart) { return; }
    $('fit-explain').textContent = fitExplanation();
    const roles = careerRoles();
    const labels = roles.map((r) => nm(r.role.name, r.role.id));
    const data = roles.map((r) => Math.round(r.score * 1000) / 10);
    if (state.charts.fit) { state.charts.fit.destroy(); }
    state.charts.fit = new window.Chart($('fit-chart'), {
      type: 'bar',
      data: { labels, datasets: [{ label: t('learner.score') + ' (%)', data, backgroundColor: '#0072B2' }] },
      options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { min: 0, max: 100, title: { display: true, text: t('learner.score') + ' (%)' } },
          y: { ticks: { autoSkip: false, callback(v) { const l = String(this.getLabelForValue(v)); const max = window.innerWidth < 600 ? 9 : 16; return l.length > max ? l.slice(0, max - 1) + '…' : l; } } } } }
    });
    $('fit-chart').dataset.roles = String(roles.length);
    const body = $('fit-table').tBodies[0];
    body.replaceChildren(el('tr', {}, [el('th', { scope: 'col', text: t('learner.goalRole') }), el('th', { scope: 'col', text: t('learner.score') }),
      el('th', { scope: 'col', text: t('learner.hoursToClose') })]));
    roles.forEach((r) => body.append(el('tr', { 'data-role': r.role.id }, [el('td', { text: nm(r.role.name, r.role.id) }), el('td', { className: 'num', text: pct(r.score) }),
      el('td', { className: 'num', text: String(r.hoursToClose) })])));
  }

  async function downloadMarkdown() {
    if (!state.lastPlanRequest) { return; }
    try {
      const res = await api('plans', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'text/markdown' },
        body: JSON.stringify(Object.assign({ alternatives: 0 }, state.lastPlanRequest)) });
      const text = await res.text();
      $('md-preview').textContent = text;
      $('md-preview-box').open = true;
      download(new Blob([text], { type: 'text/markdown;charset=utf-8' }), 'michishirube-plan.md');
    } catch (p) {
      showError($('plan-error'), p);
    }
  }

  async function savePlan() {
    const token = $('learner-token').value.trim();
    const status = $('save-status');
    if (!token) { status.textContent = t('learner.needToken'); return; }
    if (!state.lastPlanRequest) { return; }
    try {
      const goalName = state.plan.goal.items.map((i) => nm(i.name, i.id)).join(', ');
      const saved = await json('me/plans', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
        body: JSON.stringify({ title: $('plan-title').value.trim() || goalName, profile: state.lastPlanRequest.profile, goal: state.lastPlanRequest.goal, alternatives: 0 }) });
      status.textContent = t('learner.saved', { id: saved.id });
      status.dataset.saved = saved.id;
    } catch (p) {
      status.textContent = problemText(p);
    }
  }

  // ================================================================ Educator
  function allVersions() {
    return state.frameworks.flatMap((f) => f.versions.map((v) => ({ framework: f, version: v })));
  }

  function renderVersionOptions() {
    const label = (x) => nm(x.framework.name, x.framework.id) + ' — ' + x.version.version + (x.version.current ? ' ★' : '');
    const fill = (select, pick) => {
      const value = select.value;
      select.replaceChildren(...allVersions().map((x) => el('option', { value: x.version.id, text: label(x) })));
      select.value = value || pick;
    };
    fill($('cov-version'), 'hit@fy2020');
    fill($('cmp-from'), 'hit@pre-fy2020');
    fill($('cmp-to'), 'hit@fy2020');
  }

  async function loadCurricula(select) {
    try {
      const token = $('edu-token').value.trim();
      const page = await json('curricula?size=200', { headers: token ? { Authorization: 'Bearer ' + token } : {} });
      const sel = $('cur-select');
      const value = select || sel.value;
      sel.replaceChildren(...page.items.map((c) => el('option', { value: c.id, text: nm(c.name, c.id) + ' (' + c.id + ')' })));
      if (!page.items.length) { sel.append(el('option', { value: '', text: t('educator.noCurricula') })); }
      if (value && page.items.some((c) => c.id === value)) { sel.value = value; }
    } catch (p) {
      /* a bad token: the list stays as it was */
    }
  }

  function eduHeaders(extra) {
    const token = $('edu-token').value.trim();
    return Object.assign(token ? { Authorization: 'Bearer ' + token } : {}, extra || {});
  }

  function csvReason(r) {
    const key = 'csvFault.' + r.code;
    if (r.code && I18N.ja[key]) {
      return el('td', { text: t(key, Object.assign({ column: r.column || '' }, r.params || {})) });
    }
    return el('td', { lang: 'en', text: r.reason });
  }

  async function upload(ev) {
    ev.preventDefault();
    const status = $('upload-status');
    const errors = $('csv-errors');
    errors.hidden = true;
    status.textContent = '';
    const id = $('cur-id').value.trim();
    const file = $('csv-file').files[0];
    if (!id || !$('edu-token').value.trim()) { status.textContent = t('educator.needIdToken'); return; }
    if (!file) { status.textContent = t('educator.needFile'); return; }
    document.body.dataset.upload = 'loading';
    try {
      // A new curriculum is created with its courses in one request (POST …/courses), so a refused file creates nothing;
      // an existing one has its courses replaced (PUT), all or nothing.
      const exists = await api('curricula/' + encodeURIComponent(id), { headers: eduHeaders() }).then(() => true, () => false);
      const ja = $('cur-name-ja').value.trim() || id;
      const en = $('cur-name-en').value.trim() || ja;
      const path = 'curricula/' + encodeURIComponent(id) + '/courses' + (exists ? '' : '?' + new URLSearchParams({ nameJa: ja, nameEn: en, visibility: 'private' }));
      const answer = await json(path, { method: exists ? 'PUT' : 'POST',
        headers: eduHeaders({ 'Content-Type': 'text/csv' }), body: await file.arrayBuffer() });
      status.textContent = answer.changed
        ? t('educator.uploaded', { rows: answer.rows, courses: answer.courses, mappings: answer.mappings, version: answer.version })
        : t('educator.unchanged', { courses: answer.courses });
      document.body.dataset.upload = 'done';
      await loadCurricula(id);
      await showCoverage();
    } catch (p) {
      document.body.dataset.upload = 'error';
      if (Array.isArray(p.rows)) {
        $('csv-errors-detail').textContent = problemText(p);
        $('csv-errors-body').replaceChildren(...p.rows.map((r) => el('tr', { 'data-row': String(r.row) }, [
          // The reason in the user's language from its stable code and values; the server's English sentence (marked as
          // English) only for a code the catalogue does not know.
          el('td', { className: 'num', text: String(r.row) }), el('td', { className: 'code', text: r.column || '' }), csvReason(r)])));
        errors.hidden = false;
      } else {
        status.textContent = problemText(p);
      }
    }
  }

  async function showCoverage(ev) {
    if (ev) { ev.preventDefault(); }
    const id = $('cur-select').value;
    $('coverage-error').hidden = true;
    if (!id) { return; }
    try {
      state.coverage = await json('curricula/' + encodeURIComponent(id) + '/coverage?' + new URLSearchParams({ version: $('cov-version').value }), { headers: eduHeaders() });
      $('coverage-result').hidden = false;
      $('drill').replaceChildren();
      renderCoverage();
      document.body.dataset.coverage = 'done';
      announce($('coverage-summary').textContent);
    } catch (p) {
      $('coverage-result').hidden = true;
      showError($('coverage-error'), p);
    }
  }

  const DEPTHS = ['introduces', 'reinforces', 'masters'];

  function heatClass(count, total, missing) {
    if (!count) { return 'heat-0'; }
    const r = count / total;
    return missing ? 'miss-' + Math.min(3, Math.ceil(r * 3)) : 'heat-' + Math.min(5, Math.ceil(r * 5));
  }

  function renderCoverage() {
    const c = state.coverage;
    if (!c) { return; }
    const o = c.overall;
    $('coverage-summary').textContent = t('educator.summary', { version: c.version, covered: o.covered, targets: o.targets, share: pct(o.share),
      ch: o.coveredHours, h: o.hours, hshare: pct(o.hourShare) });
    const count = (rows) => {
      const k = { introduces: 0, reinforces: 0, masters: 0, none: 0 };
      rows.forEach((r) => { k[r.covered ? r.depth : 'none']++; });
      return k;
    };
    const body = $('heatmap').tBodies[0];
    body.replaceChildren();
    const row = (cls, share, rows, label, key) => {
      const k = count(rows);
      const th = el('th', { scope: 'row' });
      const open = el('button', { type: 'button', className: 'small', 'data-drill': key, text: label });
      open.setAttribute('aria-label', t('educator.expand', { name: label }));
      open.addEventListener('click', () => openDrill(key));
      th.append(open);
      const tr = el('tr', { className: cls, 'data-id': key }, [th]);
      DEPTHS.forEach((d) => tr.append(el('td', { className: 'cell ' + heatClass(k[d], rows.length, false), text: String(k[d]) })));
      tr.append(el('td', { className: 'cell ' + heatClass(k.none, rows.length, true), text: String(k.none) }));
      tr.append(el('td', { className: 'num', text: pct(share.share) }));
      body.append(tr);
    };
    c.domains.forEach((d) => {
      row('domain', d, c.targets.filter((x) => x.domain === d.id), nm(d.name, d.id), d.id);
      c.areas.filter((a) => c.targets.some((x) => x.area === a.id && x.domain === d.id))
        .forEach((a) => row('area', a, c.targets.filter((x) => x.area === a.id), nm(a.name, a.id), a.id));
    });
    const names = {};
    c.targets.forEach((x) => { names[x.id] = x.name; });
    $('uncovered').replaceChildren(...(c.uncovered.length ? c.uncovered : []).map((id) => el('li', { 'data-target': id, text: nm(names[id], id) + ' (' + id + ')' })));
    if (!c.uncovered.length) { $('uncovered').append(el('li', { text: t('educator.none') })); }
    if ($('drill').dataset.key) { drill($('drill').dataset.key); }
  }
  rerender.push(renderCoverage);

  function drill(key) {
    const c = state.coverage;
    const share = c.domains.concat(c.areas).find((x) => x.id === key);
    const rows = c.targets.filter((x) => x.domain === key || x.area === key);
    const table = el('table', { className: 'data', id: 'drill-table' }, [
      el('caption', { text: t('educator.drill', { name: nm(share && share.name, key) }) }),
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: t('educator.target') }), el('th', { scope: 'col', text: t('educator.depth') }),
        el('th', { scope: 'col', text: t('learner.hoursN', { h: '' }).trim() }), el('th', { scope: 'col', text: t('educator.courses') })])]),
      el('tbody', {}, rows.map((r) => el('tr', { 'data-target': r.id }, [el('td', { text: nm(r.name, r.id) + ' (' + r.id + ')' }),
        el('td', { text: t('depth.' + (r.covered ? r.depth : 'none')) }), el('td', { className: 'num', text: String(r.hours) }),
        el('td', { text: r.courses.join(', ') })])))]);
    table.setAttribute('tabindex', '-1');
    $('drill').replaceChildren(scrollBox(table));
    $('drill').dataset.key = key;
    return table;
  }

  /** The drill-down asked for by a click: brought into view and given the focus, so the click visibly does something. */
  function openDrill(key) {
    const table = drill(key);
    table.scrollIntoView({ block: 'start' });
    table.focus({ preventScroll: true });
    announce(table.caption.textContent);
  }

  async function downloadXlsx() {
    const id = $('cur-select').value;
    const version = state.coverage ? state.coverage.version : $('cov-version').value;
    try {
      const res = await api('curricula/' + encodeURIComponent(id) + '/coverage?' + new URLSearchParams({ version }),
        { headers: eduHeaders({ Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }) });
      const blob = await res.blob();
      const file = id + '-' + version.replace('@', '_') + '.xlsx';
      download(blob, file);
      $('xlsx-status').textContent = t('educator.xlsxDone', { file, kb: Math.max(1, Math.round(blob.size / 1024)) });
      $('xlsx-status').dataset.bytes = String(blob.size);
      $('xlsx-status').dataset.type = blob.type;
    } catch (p) {
      $('xlsx-status').textContent = problemText(p);
    }
  }

  async function compare(ev) {
    ev.preventDefault();
    const id = $('cur-select').value;
    $('compare-error').hidden = true;
    try {
      state.comparison = await json('curricula/' + encodeURIComponent(id) + '/coverage/compare?' + new URLSearchParams({ from: $('cmp-from').value, to: $('cmp-to').value }),
        { headers: eduHeaders() });
      $('compare-result').hidden = false;
      renderComparison();
      announce(t('educator.compareCaption') + ': ' + state.comparison.from + ' → ' + state.comparison.to);
    } catch (p) {
      $('compare-result').hidden = true;
      showError($('compare-error'), p);
    }
  }

  function renderComparison() {
    const c = state.comparison;
    if (!c) { return; }
    $('cmp-h-from').textContent = c.from;
    $('cmp-h-to').textContent = c.to;
    const share = (s) => s ? s.covered + ' / ' + s.targets + ' (' + pct(s.share) + ')' : '–';
    const body = $('compare-table').tBodies[0];
    body.replaceChildren(el('tr', { 'data-domain': 'overall' }, [el('th', { scope: 'row', text: 'Σ' }), el('td', { className: 'num', text: share(c.overallBefore) }),
      el('td', { className: 'num', text: share(c.overallAfter) })]));
    c.domains.forEach((d) => body.append(el('tr', { 'data-domain': d.domain }, [el('th', { scope: 'row', text: nm(d.name, d.domain) }),
      el('td', { className: 'num', text: share(d.before) }), el('td', { className: 'num', text: share(d.after) })])));
    $('movers').replaceChildren(...c.movers.map((m) => el('li', { 'data-change': m.change, text: t('change.' + m.change) + ': ' + nm(m.name, m.target) + ' (' + m.target + ')' })));
    if (!c.movers.length) { $('movers').append(el('li', { text: t('educator.none') })); }
  }
  rerender.push(renderComparison);

  // ================================================================ Steward
  /** "追加 14, 廃止 1": change counts by kind, in the chosen language. */
  function kindCounts(byKind) {
    return Object.entries(byKind || {}).map(([k, n]) => t('kind.' + k) + ' ' + n).join(', ');
  }

  /**
   * A typed diff (GET /frameworks/{id}/diff or /drafts/{id}/diff) as one table per domain, ja and en side by side. Domain names
   * come from the published frameworks, or from the draft's own targets when given.
   */
  function renderChangesByDomain(out, diff, extraNames) {
    const f = state.frameworks.find((x) => x.id === diff.framework);
    const domainName = (id) => {
      const d = f && f.domains.find((x) => x.id === id);
      const name = d ? d.name : extraNames && extraNames[id];
      return name ? nm(name, id) + ' (' + id + ')' : (id || t('steward.noDomain'));
    };
    const groups = new Map();
    diff.changes.forEach((c) => {
      const key = c.domain || '';
      if (!groups.has(key)) { groups.set(key, []); }
      groups.get(key).push(c);
    });
    out.replaceChildren();
    if (!diff.changes.length) { out.append(el('p', { text: t('draft.noChanges') })); }
    [...groups.keys()].sort().forEach((key) => {
      // A change's note (written in one language, often shared by many changes) is taken out of both texts and said once
      // per domain below the table, in the language it is written in.
      const notes = new Map();
      const strip = (text, suffix) => (text && suffix && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text) || '';
      const rows = groups.get(key).map((c) => {
        const note = c.note && c.note.trim();
        if (note) { notes.set(note, (notes.get(note) || 0) + 1); }
        return el('tr', { 'data-kind': c.kind, 'data-subject': c.subject, 'data-note': note ? String([...notes.keys()].indexOf(note) + 1) : null }, [
          el('td', { text: t('kind.' + c.kind) + (note ? ' *' + ([...notes.keys()].indexOf(note) + 1) : '') }), el('td', { className: 'code', text: c.subject }),
          el('td', { lang: 'ja', text: strip(c.text && c.text.ja, note && ' — 注: ' + note) }),
          el('td', { lang: 'en', text: strip(c.text && c.text.en, note && ' — ' + note) })]);
      });
      out.append(scrollBox(el('table', { className: 'data diff', 'data-domain': key }, [
        el('caption', { text: domainName(key) + ' — ' + rows.length }),
        el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: t('steward.kind') }), el('th', { scope: 'col', text: t('steward.subject') }),
          el('th', { scope: 'col', lang: 'ja', text: '日本語' }), el('th', { scope: 'col', lang: 'en', text: 'English' })])]),
        el('tbody', {}, rows)])));
      if (notes.size) {
        out.append(el('ul', { className: 'notes', 'data-domain': key }, [...notes.entries()].map(([n, count], i) => el('li', {}, [
          t('steward.note', { i: i + 1, n: count }) + ' ',
          el('span', { lang: langOf(n), text: n })]))));
      }
    });
  }

  function renderStewardOptions() {
    const fw = $('st-framework');
    const value = fw.value || 'hit';
    fw.replaceChildren(...state.frameworks.map((f) => el('option', { value: f.id, text: nm(f.name, f.id) })));
    fw.value = state.frameworks.some((f) => f.id === value) ? value : (state.frameworks[0] || {}).id;
    fillStewardVersions();
  }

  function fillStewardVersions() {
    const f = state.frameworks.find((x) => x.id === $('st-framework').value);
    const versions = f ? f.versions : [];
    const fill = (select, pick) => {
      const value = select.value;
      select.replaceChildren(...versions.map((v) => el('option', { value: v.id, text: v.version + (v.current ? ' ★' : '') + ' (' + t('status.' + v.status) + ')' })));
      select.value = versions.some((v) => v.id === value) ? value : pick;
    };
    const current = versions.find((v) => v.current) || versions[versions.length - 1];
    fill($('st-to'), current && current.id);
    fill($('st-from'), (current && current.supersedes) || (versions[0] && versions[0].id));
  }

  async function showDiff(ev) {
    ev.preventDefault();
    const framework = $('st-framework').value;
    const range = new URLSearchParams({ from: $('st-from').value, to: $('st-to').value });
    const token = $('steward-token').value.trim();
    $('diff-error').hidden = true;
    document.body.dataset.diff = 'loading';
    try {
      const [diff, proposals] = await Promise.all([
        json('frameworks/' + encodeURIComponent(framework) + '/diff?' + range),
        json('frameworks/' + encodeURIComponent(framework) + '/proposals')]);
      let impact = null;
      if (token) {
        try {
          impact = await json('frameworks/' + encodeURIComponent(framework) + '/impact?' + range, { headers: { Authorization: 'Bearer ' + token } });
        } catch (p) {
          impact = { problem: p };
        }
      }
      state.diff = { diff, proposals, impact };
      $('diff-result').hidden = false;
      renderDiff();
      document.body.dataset.diff = 'done';
      announce($('diff-counts').textContent);
    } catch (p) {
      $('diff-result').hidden = true;
      showError($('diff-error'), p);
      document.body.dataset.diff = 'error';
    }
  }

  function renderDiff() {
    if (!state.diff) { return; }
    const { diff, proposals, impact } = state.diff;
    const kinds = kindCounts(diff.counts.byKind);
    $('diff-counts').textContent = t('steward.counts', { from: diff.from, to: diff.to, total: diff.counts.total, kinds: kinds || '–' });
    const box = $('impact');
    box.replaceChildren();
    if (!impact) {
      box.append(el('p', { className: 'hint', text: t('steward.impactNeedsToken') }));
    } else if (impact.problem) {
      box.append(el('p', { className: 'error', text: problemText(impact.problem) }));
    } else {
      const c = impact.counts || {};
      box.append(el('p', { id: 'impact-counts', text: t('steward.impactCounts', { changedTargets: c.changedTargets || 0, curricula: c.curricula || 0,
        plans: c.plans || 0, roles: c.roles || 0, paths: c.careerPaths || 0 }) }));
      box.append(el('ul', {}, (impact.curricula || []).map((k) => el('li', { 'data-curriculum': k.id, text: t('steward.coverage', {
        name: nm(k.name, k.id), before: k.overallBefore ? pct(k.overallBefore.share) : '–', after: k.overallAfter ? pct(k.overallAfter.share) : '–' }) }))));
    }
    renderChangesByDomain($('diff-domains'), diff);
    $('proposals-summary').textContent = t('steward.proposalsSummary', { n: proposals.proposals.length, version: proposals.version, curricula: proposals.curricula });
    $('proposals').tBodies[0].replaceChildren(...proposals.proposals.map((p) => el('tr', { 'data-proposal': p.id }, [
      el('td', { text: t('proposal.' + p.kind) }), el('td', { className: 'code', text: p.subject }), el('td', { className: 'num', text: String(p.score) }),
      el('td', { lang: 'ja', text: (p.evidence && p.evidence.ja) || '' }), el('td', { lang: 'en', text: (p.evidence && p.evidence.en) || '' })])));
  }
  rerender.push(renderDiff);

  // ---------------------------------------------------------------- Steward: import → draft → review → publication
  // A file becomes a draft (POST /interop/{case,ctdl,spreadsheet}/imports), is read with its diff (GET /drafts/{id},
  // /drafts/{id}/diff), submitted, approved by a second steward and published (POST /drafts/{id}/{submit,approve,publish}),
  // every write with If-Match: the draft's latest ETag.
  const IMPORTS = {
    case: { path: 'interop/case/imports', type: 'application/json' },
    ctdl: { path: 'interop/ctdl/imports', type: 'application/ld+json' },
    xlsx: { path: 'interop/spreadsheet/imports', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    csv: { path: 'interop/spreadsheet/imports', type: 'text/csv' }
  };

  /** Which import a file goes to: by its extension, and for .json by whether it reads as a CFPackage (CASE) or JSON-LD (CTDL). */
  async function importFormat(file) {
    const name = file.name.toLowerCase();
    if (name.endsWith('.xlsx')) { return 'xlsx'; }
    if (name.endsWith('.csv')) { return 'csv'; }
    if (name.endsWith('.jsonld')) { return 'ctdl'; }
    if (name.endsWith('.json')) {
      const head = await file.slice(0, 65536).text();
      return !/"CFDocument"\s*:/.test(head) && /"@(graph|context)"\s*:/.test(head) ? 'ctdl' : 'case';
    }
    return null;
  }

  const stewardToken = () => $('steward-token').value.trim();
  const bearer = (token, extra) => Object.assign(token ? { Authorization: 'Bearer ' + token } : {}, extra || {});
  const draftPath = (id) => 'drafts/' + id.split('@').map(encodeURIComponent).join('@');
  const pad = (n) => String(n).padStart(2, '0');
  const today = () => { const d = new Date(); return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); };

  // Messages kept as key and parameters, so that they follow a change of language; {i18n: key} parameters are translated too.
  const messages = {};
  function say(id, key, params, extra) {
    messages[id] = { key, params, extra };
    sayAgain(id);
  }
  function sayAgain(id) {
    const m = messages[id];
    const p = {};
    Object.entries(m.params || {}).forEach(([k, v]) => { p[k] = v && v.i18n ? t(v.i18n) : v; });
    $(id).textContent = [m.key ? t(m.key, p) : '', m.extra || ''].filter(Boolean).join(' ');
  }
  rerender.push(() => Object.keys(messages).forEach(sayAgain));

  /** The language a server-written text is in: Japanese when it has at least half as many Japanese characters as Latin letters. */
  function langOf(text) {
    const cjk = (text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) || []).length;
    const latin = (text.match(/[A-Za-z]/g) || []).length;
    return cjk * 2 >= latin ? 'ja' : 'en';
  }

  function evidenceText(p) {
    return Array.isArray(p.evidence) && p.evidence.length ? '[' + p.evidence.join(', ') + ']' : '';
  }

  async function importFile(ev) {
    ev.preventDefault();
    const token = stewardToken();
    const framework = $('im-framework').value.trim();
    const version = $('im-version').value.trim();
    const file = $('im-file').files[0];
    $('import-errors').hidden = true;
    if (!token) { say('import-status', 'import.needToken'); return; }
    if (!framework || !version) { say('import-status', 'import.needFields'); return; }
    if (!file) { say('import-status', 'import.needFile'); return; }
    const format = await importFormat(file);
    if (!format) { say('import-status', 'import.unknownType', { name: file.name }); return; }
    const query = new URLSearchParams({ framework, version });
    const ja = $('im-cred-ja').value.trim();
    const en = $('im-cred-en').value.trim();
    if (ja) { query.set('credentialNameJa', ja); }
    if (en) { query.set('credentialNameEn', en); }
    if (state.importing) { return; }
    say('import-status', 'import.sending', { name: file.name, format: { i18n: 'format.' + format } });
    document.body.dataset.import = 'loading';
    // Busy, not disabled: a disabled button would lose the keyboard focus.
    state.importing = true;
    $('import-btn').setAttribute('aria-busy', 'true');
    try {
      // The file goes as it is (streamed by the browser); the server reads it up to 50 MB.
      const res = await api(IMPORTS[format].path + '?' + query, { method: 'POST',
        headers: bearer(token, { 'Content-Type': IMPORTS[format].type }), body: file });
      const view = await res.json();
      say('import-status', res.status === 201 ? 'import.created' : 'import.same',
        { id: view.id, format: (view.imported && view.imported.format) || { i18n: 'format.' + format }, n: view.targetCount });
      await openDraft(view.id, res.headers.get('ETag'));
      document.body.dataset.import = 'done';
      $('draft-title').focus();
    } catch (p) {
      document.body.dataset.import = 'error';
      showImportProblem(p);
    } finally {
      state.importing = false;
      $('import-btn').removeAttribute('aria-busy');
    }
  }

  /** An import fault in the page's language: the code's Japanese text with the fault's values, or the API's English. */
  function importFaultCell(f) {
    const key = 'importFault.' + f.code;
    if (state.lang === 'ja' && f.code && I18N.ja[key]) {
      const params = {};
      (f.params || []).forEach((v, i) => { params[String(i)] = v; });
      return el('td', { text: t(key, params) });
    }
    return el('td', { lang: 'en', text: f.fault || '' });
  }

  /** Where a fault is, as the readers write it (sheet, row, column; parse position; byte), in Japanese words on the Japanese page. */
  function importWhere(where) {
    if (state.lang !== 'ja') { return where; }
    let m = /^(.+) row (\d+), column (.+)$/.exec(where);
    if (m) { return t('importWhere.sheetRowColumn', { sheet: m[1], row: m[2], column: m[3] }); }
    m = /^(.+) row (\d+)$/.exec(where);
    if (m) { return t('importWhere.sheetRow', { sheet: m[1], row: m[2] }); }
    m = /^line (\d+), column (\d+)$/.exec(where);
    if (m) { return t('importWhere.lineColumn', { line: m[1], column: m[2] }); }
    m = /^CSV byte (\d+) \(line (\d+)\)$/.exec(where);
    if (m) { return 'CSV ' + t('importWhere.byte', { byte: m[1], line: m[2] }); }
    if (where === 'workbook' || where === 'spreadsheet') { return t('importWhere.' + where); }
    return where;
  }

  /** A refused import: every fault one by one (422), or what else the problem says (400 offset, 409 code, 413 limit). */
  function showImportProblem(p) {
    say('import-status', null);
    const faults = Array.isArray(p.faults) ? p.faults : null;
    let key = null;
    let params = {};
    if (faults) {
      key = 'import.invalid';
      params = { n: faults.length };
    } else if (p.status === 400 && p.offset !== undefined) {
      key = 'import.notUtf8';
      params = { offset: p.offset };
    } else if (p.status === 413) {
      key = 'import.tooLarge';
      params = { mb: p.limit ? Math.round(p.limit / (1024 * 1024)) : 50 };
    } else if (p.status === 409 && p.code) {
      key = 'import.conflict';
      params = { code: p.code };
    }
    say('import-errors-detail', key, params, [problemText(p), evidenceText(p)].filter(Boolean).join(' '));
    $('import-faults').replaceChildren(...(faults || []).map((f, i) => el('tr', { 'data-fault': String(i + 1), 'data-code': f.code || null }, [
      el('td', { className: 'code', text: importWhere(f.where || '') }), importFaultCell(f)])));
    $('import-faults-table').hidden = !faults;
    $('import-errors').hidden = false;
  }

  /** Reads a draft with its targets (and its ETag) and its diff against the current version. */
  async function openDraft(id, etag) {
    const headers = bearer(stewardToken());
    const [res, diff] = await Promise.all([api(draftPath(id), { headers }), json(draftPath(id) + '/diff', { headers })]);
    const view = await res.json();
    state.draft = { view, etag: res.headers.get('ETag') || etag, diff, published: null };
    say('lifecycle-status', null);
    $('lifecycle-error').hidden = true;
    $('draft-result').hidden = false;
    renderDraft();
  }

  function missingBadge(lang) {
    return el('span', { className: 'badge missing', 'data-missing': lang, lang: state.lang, text: t('draft.missingBadge') });
  }

  function renderDraft() {
    const d = state.draft;
    if (!d) { return; }
    const v = d.view;
    const box = $('draft-result');
    box.dataset.draft = v.id;
    box.dataset.status = v.status;
    box.dataset.etag = d.etag || '';
    $('draft-title').textContent = t(v.status === 'published' ? 'draft.titlePublished' : 'draft.title', { id: v.id });
    const changes = kindCounts(v.changes) || t('draft.none');
    $('draft-summary').textContent = v.base
      ? t('draft.summaryNext', { base: v.base, n: v.targetCount, changes })
      : t('draft.summaryNew', { framework: v.framework, n: v.targetCount, changes });
    const missing = Object.entries(v.missingLanguages || {});
    $('draft-missing').replaceChildren(...(missing.length ? [missingBadge(missing.map(([l]) => l).join(' ')), ' ',
      t('draft.missingCount', { list: missing.map(([l, n]) => t('lang.' + l) + ' ' + n).join(', ') })] : []));
    $('draft-missing').hidden = !missing.length;

    const facts = [['status', t('status.' + v.status)], ['revision', v.revision + ' (' + (d.etag || '–') + ')'], ['author', v.author],
      ['approvedBy', v.approvedBy || t('draft.notYet')]];
    const imp = v.imported;
    if (imp) {
      facts.push(['format', imp.format], ['document', imp.document]);
      const creates = [imp.createsFramework && t('draft.createsFramework', { id: imp.createsFramework }),
        imp.createsCredential && t('draft.createsCredential', { id: imp.createsCredential })].filter(Boolean);
      if (creates.length) { facts.push(['creates', creates.join(', ')]); }
    }
    $('draft-facts').replaceChildren(...facts.flatMap(([k, x]) => [el('dt', { text: t('draft.' + k) }), el('dd', { 'data-fact': k, text: String(x) })]));

    $('submit-btn').disabled = v.status !== 'draft';
    $('approve-btn').disabled = v.status !== 'in-review' || Boolean(v.approvedBy);
    $('publish-btn').disabled = v.status !== 'in-review' || !v.approvedBy;
    renderPublished();

    $('draft-diff-counts').textContent = t('steward.counts', { from: v.base || '—', to: v.id, total: d.diff.counts.total,
      kinds: kindCounts(d.diff.counts.byKind) || '–' });
    renderChangesByDomain($('draft-diff-domains'), d.diff);

    const targets = v.targets || [];
    const parents = {};
    targets.forEach((x) => { parents[x.id] = x.parent; });
    const depth = (id) => { let n = 0; for (let p = parents[id]; p && n < 20; p = parents[p]) { n++; } return n; };
    $('draft-targets').tBodies[0].replaceChildren(...targets.map((x) => {
      const lacks = x.missingLanguages || [];
      const name = (lang) => el('td', { lang }, [lacks.includes(lang) || !(x.name && x.name[lang]) ? missingBadge(lang) : x.name[lang]]);
      const id = el('td', { className: 'code', text: x.id });
      id.style.paddingLeft = (0.5 + depth(x.id)) + 'em';
      return el('tr', { 'data-target': x.id, 'data-missing': lacks.join(' ') || null }, [id, name('ja'), name('en'),
        el('td', { text: t('targetKind.' + x.kind) }), el('td', { className: 'num', text: x.effortHours === undefined ? '–' : String(x.effortHours) })]);
    }));

    $('draft-import-summary').textContent = imp ? t('draft.importSummary', { format: imp.format, document: imp.document,
      items: (imp.items || []).length, skipped: (imp.skipped || []).length, by: imp.importedBy, at: imp.importedAt }) : t('draft.none');
    const skipped = (imp && imp.skipped) || [];
    $('draft-skipped').tBodies[0].replaceChildren(...(skipped.length
      ? skipped.map((x) => el('tr', { 'data-skipped': x.what }, [el('td', { lang: 'en', text: x.what }), el('td', { lang: 'en', text: x.reason })]))
      : [el('tr', {}, [el('td', { colspan: '2', text: t('draft.none') })])]));
    // Notes as written (the importers write English), each once, marked with the language they are in.
    const notes = [...new Set((imp && imp.notes) || [])];
    $('draft-notes').replaceChildren(...(notes.length ? notes.map((n) => el('li', { lang: langOf(n), text: n }))
      : [el('li', { text: t('draft.none') })]));
  }
  rerender.push(renderDraft);

  /** Submit, approve or publish, with If-Match: the latest ETag; the approval with the second steward's token when given. */
  async function lifecycle(action) {
    const d = state.draft;
    if (!d || d.busy) { return; }
    const token = action === 'approve' ? ($('second-token').value.trim() || stewardToken()) : stewardToken();
    $('lifecycle-error').hidden = true;
    if (!token) { say('lifecycle-status', 'import.needToken'); return; }
    const opts = { method: 'POST', headers: bearer(token, { 'If-Match': d.etag }) };
    const date = $('publish-date').value || today();
    if (action === 'publish') {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify({ effectiveDate: date });
    }
    say('lifecycle-status', 'loading');
    $('lifecycle-status').classList.remove('done');
    document.body.dataset.lifecycle = action + ':loading';
    d.busy = true;
    let next = null;
    try {
      const res = await api(draftPath(d.view.id) + '/' + action, opts);
      const answer = await res.json();
      // Writes answer the draft without its targets: keep the ones read.
      d.view = Object.assign({}, action === 'publish' ? answer.draft : answer, { targets: d.view.targets });
      d.etag = res.headers.get('ETag') || d.etag;
      if (action === 'submit') {
        say('lifecycle-status', 'draft.submitted', { etag: d.etag });
        next = 'second-token';
      } else if (action === 'approve') {
        say('lifecycle-status', 'draft.approved', { who: d.view.approvedBy, etag: d.etag });
        next = 'publish-btn';
      } else {
        say('lifecycle-status', 'draft.published', { id: d.view.id, date });
        $('lifecycle-status').classList.add('done');
        d.published = { date, report: answer.report || {} };
        await afterPublish(d);
        next = 'published-links';
      }
      document.body.dataset.lifecycle = action + ':done';
    } catch (p) {
      document.body.dataset.lifecycle = action + ':error';
      say('lifecycle-status', null);
      let key = null;
      let params = {};
      if (p.status === 409 && p.code === 'same-steward') {
        key = 'draft.sameSteward';
      } else if (p.status === 412) {
        try {
          const res = await api(draftPath(d.view.id), { headers: bearer(stewardToken()) });
          d.view = await res.json();
          d.etag = res.headers.get('ETag') || p.currentETag || d.etag;
        } catch (e) {
          d.etag = p.currentETag || d.etag;
        }
        key = 'draft.stale';
        params = { etag: d.etag };
      } else if (p.status === 409 && p.code) {
        key = 'draft.conflict';
        params = { code: p.code };
      }
      say('lifecycle-error', key, params, [problemText(p), evidenceText(p)].filter(Boolean).join(' '));
      $('lifecycle-error').dataset.code = p.code || String(p.status);
      $('lifecycle-error').hidden = false;
    } finally {
      d.busy = false;
      renderDraft();
      // The button pressed is disabled once its step is done: the keyboard focus goes on to the next step.
      const target = next === 'published-links' ? $('published-links').querySelector('a, button') : next && $(next);
      if (target) { target.focus(); }
    }
  }

  /** After publication: the new framework and credential are public, so the other views' lists are read again. */
  async function afterPublish(d) {
    try { await refreshReference(); } catch (e) { /* the lists stay as they were */ }
    const v = d.view;
    const framework = state.frameworks.find((f) => f.id === v.framework);
    const credentialId = (v.imported && v.imported.createsCredential) || (framework && framework.credential);
    if (credentialId) {
      try { d.published.credential = await json('credentials/' + encodeURIComponent(credentialId)); } catch (e) { /* not found: no link */ }
    }
  }

  function renderPublished() {
    const d = state.draft;
    const box = $('published-box');
    box.hidden = !d.published;
    if (!d.published) { return; }
    const v = d.view;
    const r = d.published.report;
    const c = d.published.credential;
    // "Published: …" itself is said in the live region (lifecycle-status); this box has what follows from it.
    const parts = [];
    if (r.retired) {
      // A next version: what moved from the retired one.
      parts.push(t('draft.retiredBase', { id: r.retired }),
        t('draft.publishReport', { roles: r.roleNeedsMoved || 0, curricula: r.curriculumMappingsMoved || 0, plans: r.planReferencesMoved || 0 }));
    }
    if (c) { parts.push(t('draft.publishedCredential', { name: nm(c.name, c.id), id: c.id })); }
    $('published-msg').textContent = parts.join(' ');
    $('published-msg').hidden = !parts.length;
    box.dataset.credential = c ? c.id : '';
    const links = [];
    if (c && state.credentials.some((x) => x.id === c.id && x.framework)) {
      const a = el('a', { href: '#learner', id: 'published-learner', text: t('draft.linkLearner') });
      a.addEventListener('click', () => { $('goal-credential').value = c.id; $('goal-credential').dataset.touched = 'true'; });
      links.push(a);
    }
    if (v.base) {
      const b = el('button', { type: 'button', id: 'published-diff', text: t('draft.linkDiff', { from: v.base, to: v.id }) });
      b.addEventListener('click', () => {
        $('st-framework').value = v.framework;
        fillStewardVersions();
        $('st-from').value = v.base;
        $('st-to').value = v.id;
        $('diff-form').requestSubmit();
        $('diff-form').scrollIntoView();
      });
      links.push(b);
    }
    if (c) { links.push(el('a', { href: API + '/credentials/' + encodeURIComponent(c.id), id: 'published-api', text: t('draft.linkApi') })); }
    const version = v.id.slice(v.id.indexOf('@') + 1);
    links.push(el('a', { href: API + '/frameworks/' + encodeURIComponent(v.framework) + '/versions/' + encodeURIComponent(version) + '/case',
      text: t('draft.linkCase') }));
    $('published-links').replaceChildren(...links.map((x) => el('li', {}, [x])));
  }

  // ================================================================ Statistics
  function fillStatisticsCredentials() {
    const sel = $('stat-credential');
    if (!state.statistics) { return; }
    const value = sel.value || 'hit';
    sel.replaceChildren(...state.statistics.map((s) => el('option', { value: s.credential.id, text: nm(s.credential.name, s.credential.id) })));
    sel.value = state.statistics.some((s) => s.credential.id === value) ? value : state.statistics[0].credential.id;
    fillStages();
  }

  function fillStages() {
    const entry = state.statistics.find((s) => s.credential.id === $('stat-credential').value);
    const sel = $('stat-stage');
    const value = sel.value;
    sel.replaceChildren(...(entry ? entry.series : []).map((s) => el('option', { value: s.stage, text: t('stage.' + s.stage) })));
    if (entry && entry.series.some((s) => s.stage === value)) { sel.value = value; }
  }

  // ---------------------------------------------------------------- career paths
  // GET /career-paths for the ladders, POST /career-paths/{id}/position with the learner view's credentials and hours, the
  // chosen curriculum and role: the stages reached, "you are here", the next stage and the plan to it.
  const career = { paths: [], curricula: [], position: null, loaded: false };

  async function loadCareerPaths() {
    if (career.loaded) { return; }
    try {
      const [paths, curricula] = await Promise.all([json('career-paths?size=200'), json('curricula?size=200')]);
      career.paths = paths.items;
      career.curricula = curricula.items;
      career.loaded = true;
      renderCareerOptions();
      document.body.dataset.careerReady = 'true';
    } catch (p) {
      showError($('career-error'), p);
    }
  }

  function renderCareerOptions() {
    const path = $('career-path');
    const chosen = path.value;
    path.replaceChildren(...career.paths.map((p) => el('option', { value: p.id, text: nm(p.name, p.id) })));
    if (chosen) { path.value = chosen; }
    const cur = $('career-curriculum');
    const curChosen = cur.value;
    cur.replaceChildren(el('option', { value: '', text: t('career.none') }),
      ...career.curricula.map((c) => el('option', { value: c.id, text: nm(c.name, c.id) })));
    cur.value = curChosen;
    const role = $('career-role');
    const roleChosen = role.value;
    role.replaceChildren(el('option', { value: '', text: t('career.none') }), ...state.roles.map((r) => el('option', { value: r.id, text: nm(r.name, r.id) })));
    role.value = roleChosen;
    renderLadder();
  }

  function renderLadder() {
    const path = career.paths.find((p) => p.id === $('career-path').value);
    if (!path) { return; }
    $('career-description').textContent = nm(path.description);
    const pos = career.position && career.position.path.id === path.id ? career.position : null;
    const reached = new Set(pos ? pos.stages.filter((s) => s.reached).map((s) => s.index) : []);
    $('career-ladder').replaceChildren(...path.stages.map((s) => {
      const here = pos && pos.reached && pos.reached.index === s.index;
      const next = pos && pos.next && pos.next.index === s.index;
      const li = el('li', { className: 'stage' + (reached.has(s.index) ? ' reached' : '') + (here ? ' here' : '') + (next ? ' next' : ''),
        'data-stage': String(s.index) }, [
        el('span', { className: 'stage-name', text: nm(s.name) }),
        el('span', { className: 'stage-year', text: s.typicalYear === 0 ? t('career.start') : t('career.year', { year: s.typicalYear }) })]);
      if (here) { li.setAttribute('aria-current', 'step'); li.append(el('strong', { className: 'stage-mark', text: t('career.here') })); }
      else if (next) { li.append(el('span', { className: 'stage-mark', text: t('career.next') })); }
      else if (reached.has(s.index)) { li.append(el('span', { className: 'stage-mark', text: t('career.reached') })); }
      return li;
    }));
    if (pos) {
      $('career-summary').textContent = nm(pos.summary);
      const plan = pos.plan;
      $('career-plan').hidden = !pos.next;
      $('career-plan-total').textContent = plan ? t('career.planTotal', { steps: plan.steps.length, hours: plan.totalHours }) : t('career.noPlan');
      $('career-steps').replaceChildren(...(plan ? plan.steps : []).map((st) => el('li', { text: nm(st.target.name, st.target.id) + ' — ' + st.hours + ' h' })));
    }
  }
  rerender.push(() => { if (career.loaded) { renderCareerOptions(); } });

  async function showPosition() {
    $('career-error').hidden = true;
    const held = [...$('cred-list').querySelectorAll('input:checked')].map((i) => i.value);
    const hours = Number($('hours').value) || 5;
    const profile = { credentials: held, hoursPerWeek: hours };
    const curriculum = $('career-curriculum').value;
    if (curriculum) { profile.curricula = [{ curriculum, completed: new Date().getFullYear() - 1 }]; }
    const role = $('career-role').value;
    const body = { profile, roles: role ? [role] : [] };
    try {
      career.position = await json('career-paths/' + encodeURIComponent($('career-path').value) + '/position',
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    } catch (p) {
      career.position = null;
      $('career-result').hidden = true;
      showError($('career-error'), p);
      return;
    }
    renderLadder();
    $('career-result').hidden = false;
    document.body.dataset.career = 'done';
    announce($('career-summary').textContent);
    $('career-summary').focus();
  }

  /** The career paths the chosen curriculum prepares for: per path, each stage's share covered and the hours a graduate saves. */
  async function showCurriculumPaths() {
    const id = $('cur-select').value;
    $('edu-paths-error').hidden = true;
    if (!id) { return; }
    let report;
    try {
      report = await json('curricula/' + encodeURIComponent(id) + '/career-paths', { headers: eduHeaders() });
    } catch (p) {
      showError($('edu-paths-error'), p);
      return;
    }
    const hours = (h) => (h === null || h === undefined) ? '–' : h + ' h';
    $('edu-paths').replaceChildren(...report.paths.map((p) => el('div', { 'data-path': p.path.id }, [
      el('h4', { text: nm(p.path.name, p.path.id) }),
      scrollBox(el('table', { className: 'data' }, [
        el('caption', { className: 'sr-only', text: nm(p.path.name, p.path.id) }),
        el('thead', {}, [el('tr', {}, ['educator.pathsStage', 'educator.pathsCovered', 'educator.pathsShare', 'educator.pathsSaved']
          .map((k) => el('th', { scope: 'col', text: t(k) })))]),
        el('tbody', {}, p.stages.map((s) => el('tr', {}, [el('td', { text: nm(s.name) }), el('td', { text: s.covered + ' / ' + s.targets }),
          el('td', { text: pct(s.share) }), el('td', { text: hours(s.hoursSaved) })])))]), nm(p.path.name, p.path.id)),
      el('p', { text: t('educator.pathsFirst', { hours: hours(p.firstStage.hours) }) })])));
    document.body.dataset.eduPaths = 'done';
    announce(t('educator.paths'));
  }

  // ---------------------------------------------------------------- provenance (steward view)
  // GET /provenance with the steward's token: counts per credential × version × level × kind of source, anachronisms and the
  // targets to verify first. Every code (levels, kinds of source, item types) is rendered through i18n.js.
  let provenance = null;

  async function showProvenance() {
    const token = stewardToken();
    $('prov-error').hidden = true;
    if (!token) { $('prov-error').textContent = t('prov.needToken'); $('prov-error').hidden = false; return; }
    try {
      provenance = await json('provenance?limit=20', { headers: bearer(token) });
    } catch (p) {
      provenance = null;
      $('prov-result').hidden = true;
      showError($('prov-error'), p);
      return;
    }
    renderProvenance();
    $('prov-result').hidden = false;
    document.body.dataset.provenance = 'done';
    announce($('prov-summary').textContent);
  }

  function credentialLabel(id) {
    const c = (state.credentials || []).find((x) => x.id === id);
    return c ? nm(c.name, id) : (id || '–');
  }

  function provTable(captionKey, headKeys, rows) {
    const table = el('table', { className: 'data' }, [
      el('caption', { className: 'sr-only', text: t(captionKey) }),
      el('thead', {}, [el('tr', {}, headKeys.map((k) => el('th', { scope: 'col', text: t(k) })))]),
      el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', { text: String(c) })))))]);
    return scrollBox(table, t(captionKey));
  }

  function renderProvenance() {
    if (!provenance) { return; }
    const byLevel = { official: 0, corroborated: 0, secondary: 0, inferred: 0 };
    provenance.counts.forEach((c) => { byLevel[c.level] = (byLevel[c.level] || 0) + c.items; });
    const items = Object.values(byLevel).reduce((a, b) => a + b, 0);
    $('prov-summary').textContent = t('prov.summary', Object.assign({ version: provenance.datasetVersion, items,
      anachronisms: provenance.anachronisms.length }, byLevel));
    $('prov-counts').replaceChildren(provTable('prov.counts', ['prov.credential', 'prov.version', 'prov.level', 'prov.kind', 'prov.items'],
      provenance.counts.map((c) => [credentialLabel(c.credential), c.version || '–', t('level.' + c.level),
        c.sourceKind ? t('sourceKind.' + c.sourceKind) : t('prov.noSource'), c.items])));
    $('prov-anachronisms').replaceChildren(provenance.anachronisms.length === 0 ? el('p', { text: t('prov.none') })
      : provTable('prov.anachronisms', ['prov.item', 'prov.type', 'prov.version', 'prov.ended', 'prov.source', 'prov.published', 'prov.level'],
        provenance.anachronisms.map((a) => [a.item, t('itemType.' + a.type), a.version, a.versionEnd, a.source, a.published, t('level.' + a.level)])));
    $('prov-verify').replaceChildren(provenance.verifyFirst.length === 0 ? el('p', { text: t('prov.none') })
      : provTable('prov.verifyFirst', ['prov.target', 'prov.version', 'prov.level', 'prov.roles', 'prov.curricula', 'prov.plans', 'prov.dependents'],
        provenance.verifyFirst.map((v) => [v.target, v.version, t('level.' + v.level), v.roles, v.curricula, v.savedPlans, v.dependents])));
  }
  rerender.push(renderProvenance);

  async function loadStatistics() {
    if (state.statistics) { return; }
    try {
      state.statistics = await json('statistics');
      fillStatisticsCredentials();
      renderStatistics();
    } catch (p) {
      /* shown as an empty chart */
    }
  }

  function renderStatistics() {
    if (!state.statistics || !window.Chart) { return; }
    const entry = state.statistics.find((s) => s.credential.id === $('stat-credential').value);
    const series = entry && entry.series.find((s) => s.stage === $('stat-stage').value);
    const known = series ? series.points : [];
    // Every year from the first to the last: a year without figures is a gap in the chart, not skipped over.
    const points = [];
    known.forEach((p, i) => {
      const prev = i > 0 ? known[i - 1].year : p.year;
      for (let y = prev + 1; y < p.year; y++) { points.push({ year: y, missing: true }); }
      points.push(p);
    });
    const labels = points.map((p) => String(p.year) + (points.filter((q) => q.year === p.year).length > 1 && p.examNo ? ' (' + p.examNo + ')' : ''));
    const value = (p, x) => (p.missing || p.cancelled || x === undefined ? null : x);
    if (state.charts.stats) { state.charts.stats.destroy(); }
    state.charts.stats = new window.Chart($('stat-chart'), {
      data: {
        labels,
        datasets: [
          { type: 'bar', label: t('stats.examinees'), data: points.map((p) => value(p, p.examinees)), backgroundColor: '#56B4E9', yAxisID: 'y' },
          { type: 'bar', label: t('stats.passed'), data: points.map((p) => value(p, p.passed)), backgroundColor: '#0072B2', yAxisID: 'y' },
          // No line across a cancelled or missing year.
          { type: 'line', label: t('stats.rate') + ' (%)', data: points.map((p) => (value(p, p.passRate) === null ? null : Math.round(p.passRate * 1000) / 10)),
            borderColor: '#D55E00', backgroundColor: '#D55E00', yAxisID: 'rate', spanGaps: false }
        ]
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: {
        x: { title: { display: true, text: t('stats.year') } },
        y: { beginAtZero: true, position: 'left', title: { display: true, text: t('stats.people') } },
        rate: { beginAtZero: true, max: 100, position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: t('stats.rate') + ' (%)' } } } }
    });
    $('stat-chart').dataset.points = String(known.length);
    const num = (x) => (x === null || x === undefined ? '–' : x.toLocaleString(state.lang === 'ja' ? 'ja-JP' : 'en-GB'));
    $('stat-table').tBodies[0].replaceChildren(...points.map((p) => el('tr', { 'data-year': String(p.year) }, [
      el('th', { scope: 'row', text: String(p.year) }), el('td', { className: 'num', text: num(p.examNo) }), el('td', { className: 'num', text: num(p.applicants) }),
      el('td', { className: 'num', text: num(p.examinees) }), el('td', { className: 'num', text: num(p.passed) }),
      el('td', { className: 'num', text: p.missing ? t('stats.noData') : p.cancelled ? t('stats.cancelled') : p.conflicting && p.passRate === null ? t('stats.conflicting') : pct(p.passRate) })])));
    // Each source's note once, with the years it speaks of: for MIIS these are all that is known beyond the first exam.
    const notes = new Map();
    known.forEach((p) => (p.entries || []).forEach((e) => {
      if (!e.note) { return; }
      const k = e.note;
      if (!notes.has(k)) { notes.set(k, { years: [], level: e.verification }); }
      if (!notes.get(k).years.includes(p.year)) { notes.get(k).years.push(p.year); }
    }));
    $('stat-notes').replaceChildren(...[...notes.entries()].map(([note, n]) => el('li', { 'data-years': n.years.join(' ') }, [
      el('span', { text: t('stats.noteYears', { years: n.years.join(', '), level: t('level.' + n.level) }) + ' ' }),
      el('span', { lang: 'en', text: note })])));
    $('stat-notes').hidden = notes.size === 0;
    $('stat-notes-title').hidden = notes.size === 0;
    const missingYears = points.filter((p) => p.missing).length;
    $('stat-known').textContent = points.length ? t('stats.known', { first: points[0].year, last: points[points.length - 1].year,
      n: known.filter((p) => !p.cancelled).length, missing: missingYears }) : t('stats.none');
  }
  rerender.push(() => { if (state.statistics) { fillStatisticsCredentials(); renderStatistics(); } });

  // ================================================================ start
  function start() {
    let lang = new URLSearchParams(location.search).get('lang');
    if (!lang) { try { lang = localStorage.getItem('michishirube.lang'); } catch (e) { /* private mode */ } }
    if (lang !== 'en') { lang = 'ja'; }
    document.querySelectorAll('.lang button').forEach((b) => b.addEventListener('click', () => applyLanguage(b.dataset.lang)));
    $('cred-filter').addEventListener('input', renderCredentialList);
    $('current-role-filter').addEventListener('input', renderCurrentRoles);
    $('current-role').addEventListener('change', refreshFit);
    $('fit-students').addEventListener('change', renderFit);
    wrapStaticTables();
    // Every action marks its button busy while it runs (see busy()).
    const action = (button, f) => (ev) => { if (ev && ev.type === 'submit') { ev.preventDefault(); } return busy($(button), () => f(ev)); };
    $('target-search-btn').addEventListener('click', action('target-search-btn', searchTargets));
    $('target-search').addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); busy($('target-search-btn'), searchTargets); } });
    document.querySelectorAll('input[name=goal-kind]').forEach((r) => r.addEventListener('change', () => {
      const role = document.querySelector('input[name=goal-kind]:checked').value === 'role';
      $('goal-role').disabled = !role;
      $('goal-credential').disabled = role;
    }));
    $('goal-credential').addEventListener('change', () => { $('goal-credential').dataset.touched = 'true'; });
    $('plan-form').addEventListener('submit', makePlan);
    $('md-btn').addEventListener('click', action('md-btn', downloadMarkdown));
    $('calendar-btn').addEventListener('click', action('calendar-btn', downloadCalendar));
    $('save-btn').addEventListener('click', action('save-btn', savePlan));
    $('upload-form').addEventListener('submit', action('upload-btn', upload));
    $('coverage-form').addEventListener('submit', action('coverage-btn', showCoverage));
    $('compare-form').addEventListener('submit', action('compare-btn', compare));
    $('xlsx-btn').addEventListener('click', action('xlsx-btn', downloadXlsx));
    $('edu-token').addEventListener('change', () => loadCurricula());
    $('diff-form').addEventListener('submit', action('diff-btn', showDiff));
    $('st-framework').addEventListener('change', fillStewardVersions);
    $('import-form').addEventListener('submit', importFile);
    $('prov-btn').addEventListener('click', action('prov-btn', showProvenance));
    $('career-form').addEventListener('submit', action('career-btn', showPosition));
    $('edu-paths-btn').addEventListener('click', action('edu-paths-btn', showCurriculumPaths));
    $('career-path').addEventListener('change', renderLadder);
    $('submit-btn').addEventListener('click', () => lifecycle('submit'));
    $('approve-btn').addEventListener('click', () => lifecycle('approve'));
    $('publish-btn').addEventListener('click', () => lifecycle('publish'));
    $('publish-date').value = today();
    $('stat-credential').addEventListener('change', () => { fillStages(); renderStatistics(); });
    $('stat-stage').addEventListener('change', renderStatistics);
    window.addEventListener('hashchange', showView);
    applyLanguage(lang);
    showView();
    loadReference().catch((p) => showError($('plan-error'), p));
  }

  document.addEventListener('DOMContentLoaded', start);
}());
