'use strict';
// Claimwatch dashboard. Everything from the index is untrusted: it is only ever put into the page as
// text (textContent, text nodes); no HTML is built from data.

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

function entityLink(id, label) {
  const a = el('a', label || id);
  a.href = '#entity/' + encodeURIComponent(id);
  return a;
}

async function api(path) {
  const res = await fetch(path, { headers: { 'Accept': 'application/json' } });
  const body = await res.json().catch(() => ({ error: 'unreadable answer' }));
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

function statementItem(src, hl) {
  const li = el('li');
  li.appendChild(highlighted(hl || src.text || src.title || ''));
  const meta = el('div', null, 'meta');
  if (src.label) meta.appendChild(el('span', src.label + ' ', 'label-' + src.label));
  if (src.claimer) {
    meta.appendChild(document.createTextNode('— '));
    meta.appendChild(src.claimer_id ? entityLink(src.claimer_id, src.claimer) : el('span', src.claimer));
  }
  const parts = [];
  if (src.source) parts.push(src.source);
  if (src.published_at) parts.push(src.published_at.substring(0, 16).replace('T', ' '));
  if (typeof src.score === 'number') parts.push('score ' + src.score.toFixed(2));
  meta.appendChild(document.createTextNode(' · ' + parts.join(' · ') + ' '));
  if (src.url && /^https?:\/\//.test(src.url)) {
    const a = el('a', 'article');
    a.href = src.url;
    a.rel = 'noopener noreferrer';
    meta.appendChild(a);
  }
  li.appendChild(meta);
  return li;
}

function fill(list, items, render, empty) {
  list.replaceChildren();
  if (!items || items.length === 0) { list.appendChild(el('li', empty || 'nothing yet', 'status')); return; }
  for (const item of items) list.appendChild(render(item));
}

// ---- views

async function runSearch() {
  const form = new FormData($('search-form'));
  const params = new URLSearchParams();
  for (const [k, v] of form.entries()) if (String(v).trim() !== '') params.set(k, String(v).trim());
  $('search-status').className = 'status';
  $('search-status').textContent = 'searching…';
  try {
    const r = await api('/api/search?' + params.toString());
    $('search-status').textContent = r.total + ' ' + r.kind + ' found';
    fill($('results'), r.hits, (h) => statementItem(h.source, h.highlight.text || h.highlight.content), 'no match');
  } catch (e) {
    $('search-status').className = 'error';
    $('search-status').textContent = e.message;
    $('results').replaceChildren();
  }
}

let chart;
async function showEntity(id) {
  $('entity-name').textContent = id;
  try {
    const r = await api('/api/entities/' + encodeURIComponent(id));
    $('entity-name').textContent = r.name.name + (r.name.type ? ' (' + r.name.type + ')' : '');
    $('entity-meta').textContent = 'named in ' + r.articles + ' article(s) · id ' + r.id;
    const days = r.mentions_per_day.map((d) => d.day.substring(0, 10));
    const counts = r.mentions_per_day.map((d) => d.articles);
    if (chart) chart.destroy();
    if (window.Chart) {
      chart = new window.Chart($('entity-chart'), {
        type: 'bar',
        data: { labels: days, datasets: [{ label: 'articles per day', data: counts, backgroundColor: '#4a6fa5' }] },
        options: { animation: false, plugins: { legend: { display: false } } }
      });
    }
    const render = (h) => statementItem(h.source);
    fill($('claims-by'), r.claims_by, render);
    fill($('claims-about'), r.claims_about, render);
    fill($('counter-by'), r.counterclaims_by, render);
    fill($('counter-against'), r.counterclaims_against, render);
    fill($('co-occurring'), r.co_occurring, (c) => { const li = el('li'); li.appendChild(entityLink(c.id)); li.appendChild(document.createTextNode(' ×' + c.articles)); return li; });
  } catch (e) {
    $('entity-meta').className = 'error';
    $('entity-meta').textContent = e.message;
  }
}

async function showContested() {
  try {
    const r = await api('/api/contested?sort=' + encodeURIComponent($('contested-sort').value));
    fill($('contested'), r.contested, (c) => {
      const li = el('li', null, 'contested');
      const pair = el('div', null, 'pair');
      const left = el('div');
      left.appendChild(el('h4', 'Claim'));
      left.appendChild(statementItem(c.claim));
      const right = el('div');
      right.appendChild(el('h4', c.counterclaim_count + ' counterclaim(s)'));
      for (const cc of c.counterclaims) {
        const d = el('div', null, 'counter');
        d.appendChild(statementItem(cc));
        d.appendChild(el('div', cc.reason, 'meta'));
        right.appendChild(d);
      }
      pair.appendChild(left);
      pair.appendChild(right);
      li.appendChild(pair);
      return li;
    }, 'no contested claim yet');
  } catch (e) {
    $('contested').replaceChildren(el('li', e.message, 'error'));
  }
}

async function showTrends() {
  try {
    const r = await api('/api/trends');
    fill($('rising'), r.rising, (x) => { const li = el('li'); li.appendChild(entityLink(x.id)); li.appendChild(document.createTextNode(' ' + x.earlier + ' → ' + x.recent + ' articles')); return li; }, 'nothing rising');
    fill($('alerts'), r.alerts, (h) => el('li', (h.source.time || '').substring(0, 16).replace('T', ' ') + ' [' + h.source.type + '] ' + h.source.subscription_id + ': ' + h.source.summary), 'no alerts');
  } catch (e) {
    $('rising').replaceChildren(el('li', e.message, 'error'));
  }
}

async function pollLatest() {
  try {
    const r = await api('/api/latest?size=5');
    $('live').textContent = 'Newest: ' + r.hits.map((h) => (h.source.source || '') + ': ' + (h.source.title || '')).join(' · ');
  } catch (e) {
    $('live').textContent = 'live updates paused: ' + e.message;
  }
}

function route() {
  const hash = location.hash || '#search';
  for (const v of document.querySelectorAll('.view')) v.hidden = true;
  if (hash.startsWith('#entity/')) {
    $('view-entity').hidden = false;
    showEntity(decodeURIComponent(hash.substring('#entity/'.length)));
  } else if (hash === '#contested') {
    $('view-contested').hidden = false;
    showContested();
  } else if (hash === '#trends') {
    $('view-trends').hidden = false;
    showTrends();
  } else {
    $('view-search').hidden = false;
  }
}

$('search-form').addEventListener('submit', (e) => { e.preventDefault(); runSearch(); });
$('contested-sort').addEventListener('change', showContested);
window.addEventListener('hashchange', route);
route();
pollLatest();
setInterval(pollLatest, 5000);
