// The participant page's service worker: network first, the cache when the
// network fails, for the page (/f/<token>), its files and the participant
// JSON. The page asks it to keep them ("keep") as soon as it is installed,
// so a link opened once online opens again offline. Submissions are never
// cached: the page's outbox (storage.js) keeps them.
const CACHE = 'sonda-participant-v2';
const FILES = ['/static/main.js', '/static/i18n.js', '/static/dom.js', '/static/items.js',
  '/static/network_map.js', '/static/objectives.js', '/static/respondent_code.js',
  '/static/storage.js', '/static/participant.css'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// The participant JSON is kept per link (the cache key leaves out the
// Authorization header): under the token's id, never its secret.
function participantKey(authorization) {
  const token = (authorization || '').replace(/^Bearer\s+/i, '');
  return `/api/v1/participant?link=${encodeURIComponent(token.split('_')[1] || '')}`;
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const answer = await fetch(request);
    if (answer.ok) await cache.put(key, answer.clone());
    return answer;
  } catch (offline) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === '/api/v1/participant') {
    event.respondWith(networkFirst(request, participantKey(request.headers.get('Authorization'))));
  } else if (url.pathname.startsWith('/f/') || url.pathname.startsWith('/static/')) {
    event.respondWith(networkFirst(request, url.pathname));
  }
});

async function keep(page, token) {
  const cache = await caches.open(CACHE);
  await cache.addAll(FILES);
  const shell = await fetch(page, { cache: 'no-store' });
  if (shell.ok) await cache.put(page, shell);
  const authorization = `Bearer ${token}`;
  const data = await fetch('/api/v1/participant', { headers: { Authorization: authorization }, cache: 'no-store' });
  if (data.ok) await cache.put(participantKey(authorization), data);
  return shell.ok && data.ok;
}

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep') return;
  const port = event.ports[0];
  event.waitUntil(keep(event.data.page, event.data.token)
    .then((kept) => port?.postMessage({ kept }))
    .catch(() => port?.postMessage({ kept: false })));
});
