// The participant page: loads what the link gives (/api/v1/participant),
// builds the questionnaire from the form, keeps the draft as the person
// types, and submits through the outbox (storage.js) so that an answer given
// offline is sent when the network returns.
import { t, label, setLanguage, language, languages } from './i18n.js';
import { renderers, grouped, check, finalAnswer } from './items.js';
import { element, uid } from './dom.js';
import * as storage from './storage.js';
import { renderCodeParts, codeProblems } from './respondent_code.js';

const token = decodeURIComponent(location.pathname.split('/f/')[1] || '');
const app = document.getElementById('app');
const RESPONDENT = /^[A-Za-z0-9_.-]{1,64}$/;
let participant = null;
let draft = null;
let status = null; // {kind: 'sent'|'waiting'|'error', text}
let issues = {}; // item id (or 'respondent', 'role', '') -> message

function itemsOf() {
  return participant.form.items;
}

async function loadParticipant() {
  let answer;
  try {
    answer = await fetch('/api/v1/participant', { headers: { Authorization: `Bearer ${token}` } });
  } catch (offline) {
    return { problem: t('not_loaded') };
  }
  if (answer.status === 401) return { problem: t('link_refused') };
  if (!answer.ok) return { problem: t('refused', { status: answer.status, detail: answer.statusText }) };
  return { participant: await answer.json() };
}

function saveAnswer(item, value) {
  if (value === undefined) delete draft.answers[item.id];
  else draft.answers[item.id] = value;
  storage.saveDraft(token, draft);
  if (issues[item.id]) {
    delete issues[item.id];
    const shown = document.getElementById(`issue-${item.id}`);
    if (shown) { shown.textContent = ''; shown.hidden = true; }
  }
}

function issueLine(key) {
  return element('p', { class: 'issue', id: `issue-${key || 'form'}`, role: 'alert', hidden: !issues[key], text: issues[key] || '' });
}

function renderItem(item) {
  const inputId = uid(`input-${item.id}`);
  const control = renderers[item.type]
    ? renderers[item.type](item, draft.answers[item.id], (value) => saveAnswer(item, value), { participant, inputId })
    : element('p', { class: 'issue', text: `${item.type}?` });
  const title = [element('span', { text: label(item.label) })];
  if (item.required) title.push(element('span', { class: 'required', text: ` (${t('required')})` }));
  const described = { 'aria-describedby': `issue-${item.id}` };
  if (grouped.has(item.type))
    return element('fieldset', { class: `item item-${item.type}`, id: `item-${item.id}`, ...described },
      [element('legend', {}, title), control, issueLine(item.id)]);
  const input = control.id === inputId ? control : control.querySelector(`#${inputId}`);
  input?.setAttribute('aria-describedby', `issue-${item.id}`);
  return element('div', { class: `item item-${item.type}`, id: `item-${item.id}` },
    [element('label', { for: inputId, class: 'item-label' }, title), control, issueLine(item.id)]);
}

// The code field: one field per part of the study's recipe, else free text.
function renderCode() {
  const recipe = participant.respondent_code;
  if (recipe?.parts?.length) {
    return element('fieldset', { class: 'code' }, [
      element('legend', { text: t('respondent') }),
      renderCodeParts(recipe, draft.code_parts, (parts, code) => {
        draft.code_parts = parts;
        draft.respondent = code;
        storage.saveDraft(token, draft);
      }, issueLine),
      issueLine('respondent'),
    ]);
  }
  const codeId = uid('respondent');
  const code = element('input', {
    type: 'text', id: codeId, value: draft.respondent, autocomplete: 'off', autocapitalize: 'characters',
    spellcheck: 'false', maxlength: 64, 'aria-describedby': `hint-${codeId} issue-respondent`,
    oninput: () => { draft.respondent = code.value.trim(); storage.saveDraft(token, draft); },
  });
  return element('div', { class: 'field' }, [
    element('label', { for: codeId, text: t('respondent') }),
    element('p', { class: 'hint', id: `hint-${codeId}`, text: t('respondent_hint') }),
    code, issueLine('respondent'),
  ]);
}

function renderIdentity() {
  const roleId = uid('role');
  const role = element('select', {
    id: roleId, 'aria-describedby': 'issue-role',
    onchange: () => { draft.role = role.value; storage.saveDraft(token, draft); },
  });
  role.append(element('option', { value: '', text: t('choose') }));
  for (const entry of participant.roles)
    role.append(element('option', { value: entry.value, text: label(entry.label), selected: entry.value === draft.role }));
  return element('fieldset', { class: 'item identity' }, [
    element('legend', { text: t('identity') }),
    renderCode(),
    element('div', { class: 'field' }, [element('label', { for: roleId, text: t('role') }), role, issueLine('role')]),
  ]);
}

function renderHeader() {
  const switcher = element('nav', { class: 'languages', 'aria-label': t('language_switch') });
  for (const code of participant.languages.filter((l) => languages.includes(l))) {
    switcher.append(element('button', {
      type: 'button', lang: code, 'aria-pressed': String(code === language()), class: 'secondary',
      text: labelOf(code),
      onclick: () => { localStorage.setItem('sonda.language', code); setLanguage(code); render(); },
    }));
  }
  const link = participant.link;
  return element('header', {}, [
    switcher,
    element('p', { class: 'study', text: label(participant.study_title) }),
    element('h1', { text: label(participant.form.title) }),
    element('p', { class: 'where', text: `${t('territory')}: ${label(participant.territory_label) || link.territory} · ${t('wave')}: ${label(participant.wave_label) || link.wave}` }),
    participant.form.description ? element('p', { class: 'description', text: label(participant.form.description) }) : null,
    element('p', { class: 'offline-ready', id: 'offline-ready', hidden: !document.body.dataset.offlineReady, text: t('offline_ready') }),
  ]);
}

// A language's name in that language, whatever the page's language.
function labelOf(code) {
  const before = language();
  setLanguage(code);
  const name = t('language_name');
  setLanguage(before);
  return name;
}

function renderStatus() {
  const box = element('div', { class: `status${status ? ` status-${status.kind}` : ''}`, id: 'status', role: 'status' });
  if (!status) return box;
  box.append(element('p', { class: 'status-title', text: status.title }));
  if (status.text) box.append(element('p', { text: status.text }));
  if (status.kind === 'sent' || status.kind === 'error')
    box.append(element('button', { type: 'button', class: 'secondary', text: t('new_response'), onclick: startOver }));
  return box;
}

function render() {
  if (!participant) return;
  const locked = status?.kind === 'waiting';
  const form = element('form', { novalidate: true, onsubmit: submit });
  const body = element('fieldset', { class: 'body', disabled: locked });
  body.append(renderIdentity());
  for (const item of itemsOf()) body.append(renderItem(item));
  body.append(issueLine(''), element('button', { type: 'submit', class: 'primary', text: t('submit') }));
  form.append(body);
  const showForm = status?.kind !== 'sent';
  app.replaceChildren(renderHeader(), renderStatus(), showForm ? form : null);
}

function validate() {
  issues = {};
  const recipe = participant.respondent_code;
  if (recipe?.parts?.length) Object.assign(issues, codeProblems(recipe, draft.code_parts));
  else if (!RESPONDENT.test(draft.respondent || '')) issues.respondent = t('respondent_bad');
  if (!draft.role) issues.role = t('role_missing');
  for (const item of itemsOf()) {
    const problem = check(item, finalAnswer(item, draft.answers[item.id]), { participant });
    if (problem) issues[item.id] = problem;
  }
  return Object.keys(issues).length === 0;
}

function responseOf() {
  const answers = {};
  for (const item of itemsOf()) {
    const value = finalAnswer(item, draft.answers[item.id]);
    if (value !== undefined) answers[item.id] = value;
  }
  const link = participant.link;
  return {
    id: draft.id, form: link.form, form_version: link.form_version, wave: link.wave,
    territory: link.territory, role: draft.role, respondent: draft.respondent, answers,
  };
}

// The server's issues next to what they name: $.answers.<item>..., $.respondent, $.role.
function showServerIssues(problem) {
  issues = {};
  for (const issue of problem?.issues || []) {
    const path = issue.path || '';
    const match = /^\$\.answers\.([a-z0-9_]+)/.exec(path);
    const key = match ? match[1] : issue.item || (path === '$.respondent' ? 'respondent' : path === '$.role' ? 'role' : '');
    issues[key] = issues[key] ? `${issues[key]} ${issue.reason}` : issue.reason;
  }
  if (!Object.keys(issues).length) issues[''] = problem?.detail || '';
}

function focusFirstIssue() {
  const first = document.querySelector('.issue:not([hidden])');
  first?.closest('.item, .field, form')?.scrollIntoView({ block: 'center' });
  first?.closest('.item, .field')?.querySelector('input, select, textarea')?.focus();
}

function outcome(entry, result) {
  if (entry.id !== draft.id) return; // an older submission of this device: nothing to show
  if (result.status === 201 || result.status === 200) {
    storage.clearDraft(token);
    status = { kind: 'sent', title: t('sent'), text: t('sent_text') };
  } else if (result.status === 409) {
    status = { kind: 'error', title: t('conflict') };
  } else if (result.status === 400) {
    status = { kind: 'error', title: t('invalid') };
    showServerIssues(result.problem);
  } else if (result.status === 0 || result.status === 429 || result.status >= 500) {
    // Kept in the outbox and tried again by itself (flush): offline, or the
    // server is down or busy (a 503 stored nothing; a resend is safe).
    const away = result.status === 0 && !navigator.onLine;
    status = { kind: 'waiting', title: t('waiting'), text: t(away ? 'waiting_text' : 'busy_text') };
  } else {
    status = { kind: 'error', title: t('refused', { status: result.status, detail: result.problem?.detail || '' }) };
  }
  render();
  if (result.status === 400) focusFirstIssue();
  else document.getElementById('status')?.scrollIntoView({ block: 'center' });
}

// The 'online' event only tells of this device's network: a server that was
// down or busy while the phone stayed online is tried again on a timer, at
// growing intervals, for as long as something waits.
let retryTimer = null;
let retryDelay = 3000;

async function flush() {
  await storage.flushOutbox(token, outcome);
  const waiting = (await storage.outboxOf(token)).some((entry) => entry.state === 'waiting');
  if (!waiting) {
    retryDelay = 3000;
    return;
  }
  if (retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    flush();
  }, retryDelay);
  retryDelay = Math.min(retryDelay * 2, 30000);
}

async function submit(event) {
  event.preventDefault();
  if (!validate()) {
    render();
    focusFirstIssue();
    return;
  }
  issues = {};
  const response = responseOf();
  await storage.putOutbox({ id: response.id, link: storage.linkId(token), response, state: 'waiting' });
  status = { kind: 'waiting', title: t('waiting'), text: t('waiting_text') };
  render();
  await flush();
}

// The previous wave's objectives of the territory (docs/participant-form.md)
// fill each objective list once, in a new draft; the person then updates,
// removes or adds, and a list emptied on purpose stays empty.
function prefillObjectives() {
  const previous = participant.previous_objectives;
  if (!previous || draft.prefilled) return;
  for (const item of itemsOf()) {
    const listed = previous.items?.[item.id];
    if (item.type === 'objective_list' && listed && draft.answers[item.id] === undefined)
      draft.answers[item.id] = listed.map((objective) => ({ ...objective }));
  }
  draft.prefilled = true;
}

function startOver() {
  storage.clearDraft(token);
  draft = storage.loadDraft(token);
  prefillObjectives();
  storage.saveDraft(token, draft);
  status = null;
  issues = {};
  render();
  window.scrollTo(0, 0);
}

// The service worker keeps the page, its files and the participant JSON for
// offline use (sw.js); it says when they are kept.
async function keepOffline() {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/f/' });
    const worker = (await navigator.serviceWorker.ready).active;
    const channel = new MessageChannel();
    channel.port1.onmessage = (message) => {
      if (!message.data?.kept) return;
      document.body.dataset.offlineReady = '1';
      const note = document.getElementById('offline-ready');
      if (note) note.hidden = false;
    };
    worker.postMessage({ type: 'keep', page: location.pathname, token }, [channel.port2]);
  } catch (unavailable) {
    // Without a service worker (plain http on another host) the page still works online.
  }
}

async function start() {
  setLanguage(localStorage.getItem('sonda.language') || 'it');
  const loaded = await loadParticipant();
  if (!loaded.participant) {
    app.replaceChildren(element('p', { class: 'issue', role: 'alert', text: loaded.problem }));
    return;
  }
  participant = loaded.participant;
  const preferred = localStorage.getItem('sonda.language');
  const spoken = participant.languages.filter((code) => languages.includes(code));
  setLanguage(spoken.includes(preferred) ? preferred : spoken[0] || 'it');
  draft = storage.loadDraft(token);
  prefillObjectives();
  storage.saveDraft(token, draft);
  const mine = (await storage.outboxOf(token)).find((entry) => entry.id === draft.id);
  if (mine?.state === 'waiting') status = { kind: 'waiting', title: t('waiting'), text: t('waiting_text') };
  if (mine?.state === 'conflict') status = { kind: 'error', title: t('conflict') };
  render();
  window.addEventListener('online', flush);
  keepOffline();
  await flush();
}

start();
