// What the page keeps on the device: the draft (localStorage, saved as the
// person types, so a reload loses nothing) and the outbox (IndexedDB): a
// submission waits there under its client-made id until the server has it.
// A resend is safe: the server answers 200 for the same id and content.

const DB_NAME = 'sonda-participant';
const STORE = 'outbox';

// A token reads sonda_<id>_<secret>: the id names the link without the secret.
export function linkId(token) {
  return token.split('_')[1] || 'link';
}

export function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function draftKey(token) {
  return `sonda.draft.${linkId(token)}`;
}

// The draft of this link: {id, respondent, role, answers} and, with a code
// recipe, code_parts {part id: text} (kept here only, never sent), and
// prefilled once the previous wave's objectives were put in; a new one with a
// fresh id when there is none.
export function loadDraft(token) {
  try {
    const saved = JSON.parse(localStorage.getItem(draftKey(token)));
    if (saved && saved.id && saved.answers) return saved;
  } catch (ignored) {
    // a damaged draft is replaced below
  }
  return { id: newId(), respondent: '', role: '', answers: {} };
}

export function saveDraft(token, draft) {
  localStorage.setItem(draftKey(token), JSON.stringify(draft));
}

export function clearDraft(token) {
  localStorage.removeItem(draftKey(token));
}

function openOutbox() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore(mode, act) {
  const db = await openOutbox();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const result = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

// An outbox entry: {id, link, response, state: 'waiting'|'conflict'|'refused'}.
export function putOutbox(entry) {
  return withStore('readwrite', (store) => store.put(entry));
}

export function removeOutbox(id) {
  return withStore('readwrite', (store) => store.delete(id));
}

export async function outboxOf(token) {
  const all = await withStore('readonly', (store) => store.getAll());
  return all.filter((entry) => entry.link === linkId(token));
}

// Sends one response. {status, problem}; status 0 when the network failed.
export async function send(token, response) {
  let answer;
  try {
    answer = await fetch('/api/v1/responses', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(response),
      cache: 'no-store',
    });
  } catch (offline) {
    return { status: 0, problem: null };
  }
  let problem = null;
  if (!answer.ok) {
    try {
      problem = await answer.json();
    } catch (ignored) {
      problem = { detail: answer.statusText };
    }
  }
  return { status: answer.status, problem };
}

// Sends every waiting entry of the link; 201 or 200 removes it, 409 keeps it
// as a conflict, 400 drops it (its issues go back to the page), a network
// failure leaves it waiting. `report(entry, result)` hears each outcome.
export async function flushOutbox(token, report) {
  for (const entry of await outboxOf(token)) {
    if (entry.state !== 'waiting') continue;
    const result = await send(token, entry.response);
    if (result.status === 201 || result.status === 200 || result.status === 400) {
      await removeOutbox(entry.id);
    } else if (result.status === 409) {
      await putOutbox({ ...entry, state: 'conflict' });
    } else if (result.status === 401 || result.status === 403) {
      await putOutbox({ ...entry, state: 'refused' });
    }
    report(entry, result);
  }
}
