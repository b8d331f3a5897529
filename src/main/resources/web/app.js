'use strict';
// Claimwatch dashboard. Everything from the index is untrusted: it is only ever put into the page as
// text (textContent, text nodes); no HTML is built from data. Every view has its own address
// (#entity/ID, #search?q=..., ...), so views can be bookmarked and back/forward move between them.

const $ = (id) => document.getElementById(id);

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

/** Text with highlight markers (\u0001 ... \u0002 from the API) as text nodes and <mark> elements. */
function highlighted(text) {
  const span = document.createElement('span');
  const parts = String(text).split(/([\u0001\u0002])/);
  let inMark = false;
  for (const part of parts) {
    if (part === '\u0001') { inMark = true; continue; }
    if (part === '\u0002') { inMark = false; continue; }
    if (!part) continue;
    span.appendChild(inMark ? el('mark', part) : document.createTextNode(part));
  }
  return span;
}

/** A link to one of the dashboard's own views; ids only ever appear in the address. */
function viewLink(text, view, id) {
  const a = el('a', text);
  a.href = '#' + view + '/' + encodeURIComponent(id);
  return a;
}

function entityLink(e) {
  return viewLink(e.name || e.id, 'entity', e.id);
}

/** A link out to the article's page, only for http(s) addresses. */
function externalLink(url, text) {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const a = el('a', text);
  a.href = url;
  a.rel = 'noopener noreferrer';
  return a;
}

/** "2026-03-02 07:40" (UTC): every time in the index is UTC. */
function when(iso) {
  return iso ? String(iso).substring(0, 16).replace('T', ' ') : '';
}

/** Builds a node from strings and {code: '...'} parts: for empty states that show a command. */
function rich(parts, className) {
  const p = el('span', null, className);
  for (const part of parts) p.appendChild(typeof part === 'string' ? document.createTextNode(part) : el('code', part.code));
  return p;
}

async function api(path) {
  const res = await fetch(path, { headers: { 'Accept': 'application/json' } });
  const body = await res.json().catch(() => ({ error: 'unreadable answer (HTTP ' + res.status + ')' }));
  if (!res.ok) {
    const err = new Error(body.error || ('HTTP ' + res.status));
    err.status = res.status;
    throw err;
  }
  return body;
}

/** One statement (or article hit): its text, then who, where, when, and links to its views. */
function statementCard(src, hl, className, onItsArticle) {
  const d = el('div', null, className);
  d.appendChild(highlighted(hl || src.text || src.title || ''));
  const meta = el('div', null, 'meta');
  if (src.label) meta.appendChild(el('span', src.label + ' ', 'label-' + src.label));
  if (src.claimer && src.claimer !== 'article') {
    meta.appendChild(document.createTextNode('— '));
    meta.appendChild(src.claimer_id ? entityLink({ id: src.claimer_id, name: src.claimer }) : el('span', src.claimer));
    meta.appendChild(document.createTextNode(' '));
  }
  const parts = [];
  if (src.source) parts.push(src.source);
  if (src.published_at) parts.push(when(src.published_at));
  if (typeof src.score === 'number') parts.push('score ' + src.score.toFixed(2));
  meta.appendChild(document.createTextNode((meta.childNodes.length ? '· ' : '') + parts.join(' · ')));
  const articleId = src.article_id || (src.title && src.id);
  if (articleId && !onItsArticle) meta.appendChild(viewLink('article', 'article', articleId));
  const out = externalLink(src.url, 'original');
  if (out) meta.appendChild(out);
  d.appendChild(meta);
  if (src.entities && src.entities.length) d.appendChild(aboutLine(src.entities, 'names '));
  return d;
}

/** "names Karvisk, Kestrian Defence Ministry" with each name a link. */
function aboutLine(entities, lead) {
  const d = el('div', lead, 'about');
  entities.slice(0, 8).forEach((e, i) => {
    if (i > 0) d.appendChild(document.createTextNode(', '));
    d.appendChild(entityLink(e));
  });
  return d;
}

/** Replaces a list's items; an empty list gets a line that says what to do. */
function fill(list, items, render, empty) {
  list.replaceChildren();
  if (!items || items.length === 0) {
    const li = el('li', null, 'status');
    li.appendChild(typeof empty === 'string' ? document.createTextNode(empty) : empty || document.createTextNode('nothing yet'));
    list.appendChild(li);
    return;
  }
  for (const item of items) {
    const li = el('li');
    li.appendChild(render(item));
    list.appendChild(li);
  }
}

function failed(list, e) {
  list.replaceChildren(el('li', e.message, 'error'));
}

const charts = {};
function chart(canvasId, config) {
  if (charts[canvasId]) charts[canvasId].destroy();
  if (!window.Chart) return;
  charts[canvasId] = new window.Chart($(canvasId), config);
}
/** Article counts are whole numbers: no 0.5 on an axis. */
const countAxis = { beginAtZero: true, ticks: { precision: 0 } };

// ---- front page

const RISING_WINDOWS = [24, 72, 168];

async function showNews() {
  const [latest, contested, alerts] = await Promise.allSettled([
    api('/api/latest?size=8'), api('/api/contested?sort=recent&size=4'), api('/api/alerts?size=6')]);
  const noArticles = latest.status === 'fulfilled' && latest.value.total === 0;
  $('news-empty').hidden = !noArticles;
  if (noArticles) {
    $('news-empty').replaceChildren(rich(['No articles are indexed yet. Send some with ', { code: './claimwatch ingest FILE…' },
      ' (JSON, JSON Lines or plain text), or run ', { code: './claimwatch demo' },
      ' for the sample corpus; this page fills in as the job indexes them.']));
  }
  if (latest.status === 'fulfilled') {
    fill($('front-latest'), latest.value.hits, articleRow, 'No articles yet.');
  } else failed($('front-latest'), latest.reason);
  if (contested.status === 'fulfilled') {
    fill($('front-contested'), contested.value.contested, contestedPair, rich([
      'No contested claim yet. A claim is contested when another outlet publishes a counterclaim that disputes it ',
      '(shared names and words, different claimers, within the link window); the pairs appear here as they are found.']));
  } else failed($('front-contested'), contested.reason);
  if (alerts.status === 'fulfilled') {
    fill($('front-alerts'), alerts.value.hits, alertRow, rich(['No alerts yet. Subscribe with ',
      { code: './claimwatch subscribe --id desk --entity "NAME"' }, '; alerts show here and on ', { code: './claimwatch alerts' }, '.']));
  } else failed($('front-alerts'), alerts.reason);
  await showRising();
}

/** Rising over the last day; when nothing rises there, over 3 days, then a week (and say so). */
async function showRising() {
  try {
    let r;
    for (const hours of RISING_WINDOWS) {
      r = await api('/api/trends?hours=' + hours + '&size=8');
      if (r.rising.length > 0) break;
    }
    const span = r.hours % 24 === 0 ? (r.hours / 24) + (r.hours === 24 ? ' day' : ' days') : r.hours + ' hours';
    $('rising-window').textContent = r.rising.length
      ? 'Named in more articles in the last ' + span + ' (to ' + when(r.until) + ') than in the ' + span + ' before.'
      : 'Nothing is rising: no entity is ' + r.rule + '.';
    fill($('front-rising'), r.rising, (x) => {
      const d = el('div');
      d.appendChild(entityLink(x));
      d.appendChild(el('span', x.earlier + ' → ' + x.recent + ' articles', 'count'));
      return d;
    }, 'Entities appear here when the news names them much more than before.');
    chart('rising-chart', {
      type: 'bar',
      data: {
        labels: r.rising.map((x) => x.name),
        datasets: [
          { label: 'before', data: r.rising.map((x) => x.earlier), backgroundColor: '#c3cad6' },
          { label: 'now', data: r.rising.map((x) => x.recent), backgroundColor: '#4a6fa5' }]
      },
      options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, scales: { x: countAxis },
        plugins: { legend: { display: r.rising.length > 0, position: 'bottom' } } }
    });
  } catch (e) {
    failed($('front-rising'), e);
  }
}

function articleRow(h) {
  const s = h.source;
  const d = el('div');
  d.appendChild(viewLink(s.title || s.id, 'article', s.id));
  const meta = el('div', [s.source, when(s.published_at)].filter(Boolean).join(' · '), 'meta');
  const counts = [];
  if (s.claim_count) counts.push(s.claim_count + ' claim' + (s.claim_count === 1 ? '' : 's'));
  if (s.counterclaim_count) counts.push(s.counterclaim_count + ' counterclaim' + (s.counterclaim_count === 1 ? '' : 's'));
  if (counts.length) meta.appendChild(document.createTextNode(' · ' + counts.join(', ')));
  d.appendChild(meta);
  if (s.entities && s.entities.length) d.appendChild(aboutLine(s.entities, 'names '));
  return d;
}

function alertRow(h) {
  const a = h.source;
  const d = el('div');
  d.appendChild(el('div', a.summary || ''));
  const types = Array.isArray(a.types) ? a.types.join(', ') : (a.type || '');
  const meta = el('div', when(a.time) + ' · ' + types + ' · for ' + (a.subscription_id || ''), 'meta');
  const articles = a.article_ids || [];
  if (articles.length) meta.appendChild(viewLink('article', 'article', articles[articles.length - 1]));
  const out = externalLink((a.urls || [])[(a.urls || []).length - 1], 'original');
  if (out) meta.appendChild(out);
  d.appendChild(meta);
  if (a.entities && a.entities.length) d.appendChild(aboutLine(a.entities, 'about '));
  return d;
}

/** A contested claim: the claim on the left, the counterclaims that dispute it on the right. */
function contestedPair(c) {
  const d = el('div');
  const pair = el('div', null, 'pair');
  const left = el('div');
  left.appendChild(el('h4', 'Claim'));
  left.appendChild(statementCard(c.claim, null, 'claim'));
  const right = el('div');
  right.appendChild(el('h4', c.counterclaim_count === 1 ? '1 counterclaim' : c.counterclaim_count + ' counterclaims'));
  for (const cc of c.counterclaims) {
    const card = statementCard(cc, null, 'counter');
    if (cc.reason) card.appendChild(el('div', 'linked: ' + cc.reason, 'meta'));
    right.appendChild(card);
  }
  pair.appendChild(left);
  pair.appendChild(right);
  d.appendChild(pair);
  if (c.entities && c.entities.length) d.appendChild(aboutLine(c.entities, 'about '));
  return d;
}

// ---- search

const SEARCH_FIELDS = ['q', 'kind', 'entity', 'claimer', 'outlet', 'label', 'min_score', 'max_score', 'from', 'to'];

function formParams() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($('search-form')).entries()) {
    const value = String(v).trim();
    if (value !== '' && !(k === 'kind' && value === 'statements')) params.set(k, value);
  }
  return params;
}

async function showSearch(params) {
  for (const name of SEARCH_FIELDS) {
    const field = $('search-form').elements[name];
    if (field) field.value = params.get(name) || (name === 'kind' ? 'statements' : '');
  }
  const status = $('search-status');
  status.className = 'status';
  if (![...params.keys()].length) {
    status.textContent = 'Type words or a name, or use the filters. Every search has its own address: bookmark it or send it.';
    $('results').replaceChildren();
    return;
  }
  status.textContent = 'searching…';
  try {
    const r = await api('/api/search?' + params.toString());
    const about = r.entity ? ' naming ' + r.entity.name : '';
    status.textContent = r.total + ' ' + (r.total === 1 ? r.kind.replace(/s$/, '') : r.kind) + about + ' found';
    fill($('results'), r.hits, (h) => statementCard(h.source, h.highlight.text || h.highlight.content),
      'No match. Try fewer words, search articles instead of statements, or remove a filter.');
  } catch (e) {
    status.className = 'error';
    status.textContent = e.message;
    $('results').replaceChildren();
  }
}

// ---- entity page

async function showEntity(id) {
  $('entity-name').textContent = '…';
  $('entity-meta').className = 'status';
  $('entity-meta').textContent = '';
  $('entity-links').replaceChildren();
  for (const list of ['claims-by', 'claims-about', 'counter-by', 'counter-against', 'co-occurring']) $(list).replaceChildren();
  let r;
  try {
    r = await api('/api/entities/' + encodeURIComponent(id));
  } catch (e) {
    $('entity-name').textContent = e.status === 404 ? 'Unknown entity' : 'Entity';
    $('entity-meta').className = 'error';
    $('entity-meta').textContent = e.status === 404
      ? 'No indexed article names this entity. Search for a name instead.' : e.message;
    chart('entity-chart', { type: 'bar', data: { labels: [], datasets: [] } });
    return;
  }
  $('entity-name').textContent = r.name + (r.type ? ' (' + r.type + ')' : '');
  $('entity-meta').textContent = 'named in ' + r.articles + (r.articles === 1 ? ' article' : ' articles')
    + (r.first ? ', ' + when(r.first).substring(0, 10) + ' to ' + when(r.last).substring(0, 10) : '');
  const links = $('entity-links');
  const search = el('a', 'its statements');
  search.href = '#search?' + new URLSearchParams({ entity: id }).toString();
  const contested = el('a', 'contested claims naming it');
  contested.href = '#contested?' + new URLSearchParams({ entity: id }).toString();
  links.append(document.createTextNode('See '), search, document.createTextNode(' · '), contested);
  chart('entity-chart', {
    type: 'bar',
    data: { labels: r.mentions_per_day.map((d) => d.day), datasets: [{ label: 'articles per day', data: r.mentions_per_day.map((d) => d.articles), backgroundColor: '#4a6fa5' }] },
    options: { animation: false, maintainAspectRatio: false, scales: { y: countAxis }, plugins: { legend: { display: false } } }
  });
  const render = (h) => statementCard(h.source);
  fill($('claims-by'), r.claims_by, render, 'No claim by it.');
  fill($('claims-about'), r.claims_about, render, 'No claim by others names it.');
  fill($('counter-by'), r.counterclaims_by, render, 'No counterclaim by it.');
  fill($('counter-against'), r.counterclaims_against, render, 'No counterclaim by others names it.');
  const chips = $('co-occurring');
  chips.replaceChildren();
  if (!r.co_occurring.length) chips.appendChild(el('li', 'no other entity', 'status'));
  for (const c of r.co_occurring) {
    const li = el('li');
    li.appendChild(entityLink(c));
    li.appendChild(el('span', '×' + c.articles, 'count'));
    chips.appendChild(li);
  }
}

// ---- article page

async function showArticle(id) {
  $('article-title').textContent = '…';
  $('article-meta').className = 'status';
  $('article-meta').replaceChildren();
  $('article-carried').textContent = '';
  $('article-entities').replaceChildren();
  let r;
  try {
    r = await api('/api/articles/' + encodeURIComponent(id));
  } catch (e) {
    $('article-title').textContent = e.status === 404 ? 'Unknown article' : 'Article';
    $('article-meta').className = 'error';
    $('article-meta').textContent = e.status === 404 ? 'No indexed article has this id.' : e.message;
    $('article-statements').replaceChildren();
    return;
  }
  $('article-title').textContent = r.title || '(no title)';
  $('article-meta').appendChild(document.createTextNode([r.source, when(r.published_at)].filter(Boolean).join(' · ')));
  const out = externalLink(r.url, 'original');
  if (out) $('article-meta').appendChild(out);
  const carried = (r.also_carried_by || []).map((c) => c.source + ' (' + when(c.published_at) + ')');
  $('article-carried').textContent = carried.length ? 'Also carried by ' + carried.join(', ') : '';
  const chips = $('article-entities');
  const named = (r.entities || []).slice().sort((a, b) => (b.mention_count || 0) - (a.mention_count || 0));
  if (!named.length) chips.appendChild(el('li', 'no names found', 'status'));
  for (const e of named) {
    const li = el('li');
    li.appendChild(entityLink(e));
    li.appendChild(el('span', e.type, 'count'));
    chips.appendChild(li);
  }
  fill($('article-statements'), r.statements, (h) => statementCard(h.source, null, null, true), 'No claim or counterclaim in this article.');
}

// ---- contested claims

async function showContested(params) {
  const sort = params.get('sort') || 'recent';
  $('contested-sort').value = sort;
  $('contested-filter').textContent = '';
  try {
    const r = await api('/api/contested?' + params.toString());
    if (r.entity) $('contested-filter').textContent = 'Claims and counterclaims naming ' + r.entity.name + '.';
    fill($('contested'), r.contested, contestedPair,
      'No contested claim yet: a claim is contested when another outlet publishes a counterclaim that disputes it.');
  } catch (e) {
    failed($('contested'), e);
  }
}

// ---- header ticker

let newestId = null;
async function pollLatest() {
  try {
    const r = await api('/api/latest?size=5');
    const live = $('live');
    live.replaceChildren(document.createTextNode(r.hits.length ? 'Newest: ' : 'No articles yet'));
    r.hits.forEach((h, i) => {
      if (i > 0) live.appendChild(document.createTextNode(' · '));
      live.appendChild(document.createTextNode((h.source.source || '') + ': '));
      live.appendChild(viewLink(h.source.title || h.source.id, 'article', h.source.id));
    });
    const newest = r.hits.length ? r.hits[0].id : null;
    if (newestId !== null && newest !== newestId && currentView() === 'news') showNews();
    newestId = newest;
  } catch (e) {
    $('live').textContent = 'live updates paused: ' + e.message;
  }
}

// ---- routing: the address is the state

/** "#entity/ID" → {view: 'entity', arg: 'ID'}; "#search?q=x" → {view: 'search', params}. */
function parseHash() {
  const hash = location.hash.replace(/^#/, '');
  const q = hash.indexOf('?');
  const path = q < 0 ? hash : hash.substring(0, q);
  const params = new URLSearchParams(q < 0 ? '' : hash.substring(q + 1));
  const slash = path.indexOf('/');
  const view = slash < 0 ? path : path.substring(0, slash);
  let arg = '';
  try { arg = slash < 0 ? '' : decodeURIComponent(path.substring(slash + 1)); } catch (e) { arg = ''; }
  return { view: view || 'news', arg, params };
}

function currentView() {
  const v = parseHash().view;
  return ['search', 'entity', 'article', 'contested'].includes(v) ? v : 'news';
}

function route() {
  const { view, arg, params } = parseHash();
  const shown = currentView();
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + shown;
  for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('current', a.id === 'nav-' + shown);
  document.title = 'Claimwatch · ' + { news: 'front page', search: 'search', entity: 'entity', article: 'article', contested: 'contested claims' }[shown];
  if (view === 'entity' && arg) showEntity(arg);
  else if (view === 'article' && arg) showArticle(arg);
  else if (view === 'search') showSearch(params);
  else if (view === 'contested') showContested(params);
  else showNews();
}

$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const target = '#search?' + formParams().toString();
  if (location.hash === target) showSearch(formParams()); // the same search again: no new history entry
  else location.hash = target;
});
$('contested-sort').addEventListener('change', () => {
  const params = parseHash().params;
  params.set('sort', $('contested-sort').value);
  location.hash = '#contested?' + params.toString();
});
window.addEventListener('hashchange', route);
route();
pollLatest();
setInterval(pollLatest, 10000);
