// The network map: the respondent's service at the centre, the other actors
// dragged onto concentric rings (1 = closest). Every actor also has a select
// of rings, the keyboard-and-list way to the same answer. The answer is
// {"centre": id, "actors": [{"service": id, "ring": n, "intensity": m}, {"name": ..., "ring": n}]}.
import { t, label } from './i18n.js';
import { element, uid, options } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
// The rings fill a radius of 100 units; the margin leaves room for the names
// of the actors on the outer ring.
const HALF_WIDTH = 122;
const HALF_HEIGHT = 104;

function svg(tag, attributes = {}, text = '') {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

// A name as the map writes it: without its bracketed part ("Sportello unico
// (One Stop Shop, OSS)" -> "Sportello unico"), in at most two lines of about
// LINE characters, cut with an ellipsis beyond. The full name is in the
// map's accessible name, in the list below and shown when a dot is tapped.
const LINE = 13;
export function mapLines(name) {
  const short = name.replace(/\s*\([^)]*\)?\s*$/, '').trim() || name;
  const lines = [''];
  for (const word of short.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (!last) lines[lines.length - 1] = word;
    else if (`${last} ${word}`.length <= LINE) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const out = lines.slice(0, 2).map((line) => (line.length > LINE + 2 ? `${line.slice(0, LINE)}…` : line));
  if (lines.length > 2 && !out[1].endsWith('…')) out[1] = `${out[1]}…`;
  return out;
}

// A label of one or two lines whose last line ends at `y`, moved in from
// the map's sides when the dot is near one (a character is about 0.6 em).
function mapLabel(atX, y, name, attributes = {}) {
  const lines = mapLines(name);
  const half = (Math.max(...lines.map((line) => line.length)) * 0.6 * 8.5) / 2 + 1;
  const x = Math.max(-HALF_WIDTH + half, Math.min(HALF_WIDTH - half, atX));
  const text = svg('text', { x, y, ...attributes });
  lines.forEach((line, index) => {
    const span = svg('tspan', { x, dy: index === 0 ? `${-(lines.length - 1) * 1.05}em` : '1.05em' }, line);
    text.append(span);
  });
  return text;
}

function actorKey(actor) {
  return actor.service ? `service:${actor.service}` : `name:${actor.name}`;
}

// The actors to place: the catalogue's services and the names added, with
// what the saved answer says of each.
function actorsOf(catalogue, value) {
  const saved = new Map((value?.actors || []).map((actor) => [actorKey(actor), actor]));
  const actors = catalogue.map((entry) => ({ service: entry.value, label: entry.label, ring: null, intensity: null }));
  for (const actor of actors) Object.assign(actor, saved.get(actorKey(actor)) || {});
  for (const actor of value?.actors || [])
    if (actor.name && !actors.some((known) => actorKey(known) === actorKey(actor))) actors.push({ ...actor });
  return actors;
}

// A select of whole numbers: `shown` on the page, `name` for assistive technology.
function selectOf(shown, name, values, chosen, onchange, blank) {
  const id = uid('select');
  const select = element('select', { id, 'aria-label': name, onchange: () => onchange(select.value === '' ? null : Number(select.value)) });
  select.append(element('option', { value: '', text: blank }));
  for (const value of values) select.append(element('option', { value: String(value), text: String(value), selected: chosen === value }));
  return element('div', { class: 'field-inline' }, [element('label', { for: id, text: shown }), select]);
}

function range(low, high) {
  const values = [];
  for (let value = low; value <= high; value += 1) values.push(value);
  return values;
}

export function renderNetworkMap(item, value, change, context) {
  const rings = item.rings ?? 4;
  const catalogue = options(item.services, context);
  const actors = actorsOf(catalogue, value);
  let centre = value?.centre ?? '';
  const box = element('div', { class: 'network-map' });
  const nameOf = (actor) => (actor.service ? label(actor.label) || actor.service : actor.name);

  const report = () => {
    const placed = actors.filter((actor) => actor.ring && actorKey(actor) !== `service:${centre}`).map((actor) => {
      const out = actor.service ? { service: actor.service } : { name: actor.name };
      out.ring = actor.ring;
      if (item.intensity && actor.intensity) out.intensity = actor.intensity;
      return out;
    });
    const answer = {};
    if (centre) answer.centre = centre;
    if (placed.length) answer.actors = placed;
    change(placed.length || centre ? answer : undefined);
  };

  // The full name of the dot last tapped (the map's labels are shortened).
  const caption = element('p', { class: 'map-caption', 'aria-hidden': 'true' });
  const map = svg('svg', { viewBox: `${-HALF_WIDTH} ${-HALF_HEIGHT} ${2 * HALF_WIDTH} ${2 * HALF_HEIGHT}`, class: 'map', role: 'img' });
  const drawMap = () => {
    map.replaceChildren();
    const placed = actors.filter((actor) => actor.ring && actorKey(actor) !== `service:${centre}`);
    const where = placed.map((actor) => `${nameOf(actor)}: ${t('map_ring')} ${actor.ring}`);
    map.setAttribute('aria-label', [t('map_title', { n: placed.length }), ...where].join('; '));
    for (let ring = rings; ring >= 1; ring -= 1) {
      map.append(svg('circle', { r: (100 * ring) / rings - 1, class: `ring ring-${ring % 2}` }));
      map.append(svg('text', { x: 0, y: -((100 * ring) / rings) + 7, class: 'ring-number' }, String(ring)));
    }
    const centreEntry = catalogue.find((entry) => entry.value === centre);
    map.append(svg('circle', { r: 6, class: 'centre' }));
    if (centreEntry) {
      const centreLabel = mapLabel(0, 15, label(centreEntry.label), { class: 'centre-label' });
      // Below the centre: the first line at 15, a second one under it.
      centreLabel.querySelector('tspan').setAttribute('dy', '0');
      map.append(centreLabel);
    }
    for (let ring = 1; ring <= rings; ring += 1) {
      const here = placed.filter((actor) => actor.ring === ring);
      const radius = ((ring - 0.5) * 100) / rings;
      here.forEach((actor, index) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * index) / here.length + ring * 0.4; // the first above the centre
        const x = Math.cos(angle) * radius;
        const y = Math.sin(angle) * radius;
        const group = svg('g', { class: 'placed', 'data-actor': actorKey(actor) });
        group.append(svg('title', {}, `${nameOf(actor)} · ${actor.ring}`));
        group.append(svg('circle', { cx: x, cy: y, r: 3.5 }));
        group.append(svg('circle', { cx: x, cy: y, r: 9, class: 'hit' })); // a finger-sized target
        group.append(mapLabel(x, y - 5.5, nameOf(actor)));
        group.addEventListener('pointerup', () => { caption.textContent = `${nameOf(actor)} · ${t('map_ring')} ${actor.ring}`; });
        map.append(group);
      });
    }
  };

  const list = element('ul', { class: 'actors' });
  const rows = new Map(); // actor key -> {chip, select}: updated in place, so focus stays
  const chipText = (actor) => (actor.ring ? `${nameOf(actor)} · ${actor.ring}` : nameOf(actor));
  const place = (actor, ring) => {
    actor.ring = ring;
    const row = rows.get(actorKey(actor));
    if (row) {
      row.chip.textContent = chipText(actor);
      row.chip.classList.toggle('chip-placed', Boolean(ring));
      row.select.value = ring ? String(ring) : '';
    }
    report();
    drawMap();
  };

  // Dragging with pointer events (mouse, touch and pen alike): a copy of the
  // chip follows the pointer; where it is let go decides the ring.
  const drag = (actor, chip) => (down) => {
    down.preventDefault();
    const ghost = chip.cloneNode(true);
    ghost.classList.add('ghost');
    document.body.append(ghost);
    const follow = (event) => {
      ghost.style.left = `${event.clientX}px`;
      ghost.style.top = `${event.clientY}px`;
    };
    follow(down);
    chip.setPointerCapture?.(down.pointerId);
    const move = (event) => follow(event);
    const up = (event) => {
      chip.removeEventListener('pointermove', move);
      chip.removeEventListener('pointerup', up);
      chip.removeEventListener('pointercancel', up);
      ghost.remove();
      if (event.type !== 'pointerup') return;
      // Where it was let go, in the map's own units (the centre is 0, 0).
      const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(map.getScreenCTM().inverse());
      const ring = Math.max(1, Math.ceil((Math.hypot(at.x, at.y) * rings) / 100));
      if (ring <= rings) place(actor, ring);
    };
    chip.addEventListener('pointermove', move);
    chip.addEventListener('pointerup', up);
    chip.addEventListener('pointercancel', up);
  };

  const drawList = () => {
    list.replaceChildren();
    rows.clear();
    for (const actor of actors) {
      if (actorKey(actor) === `service:${centre}`) continue;
      const name = nameOf(actor);
      const chip = element('span', { class: `chip${actor.ring ? ' chip-placed' : ''}`, title: t('map_drag', { name }), 'aria-hidden': 'true', text: chipText(actor) });
      chip.addEventListener('pointerdown', drag(actor, chip));
      const ring = selectOf(t('map_ring'), `${t('map_ring')}: ${name}`, range(1, rings), actor.ring, (chosen) => place(actor, chosen), t('map_not_placed'));
      ring.classList.add('ring-select');
      rows.set(actorKey(actor), { chip, select: ring.querySelector('select') });
      const parts = [chip, ring];
      if (item.intensity)
        parts.push(selectOf(t('map_intensity'), `${t('map_intensity')}: ${name}`, range(item.intensity.min, item.intensity.max), actor.intensity, (chosen) => {
          actor.intensity = chosen;
          report();
        }, '-'));
      list.append(element('li', { class: 'actor', 'data-actor': actorKey(actor) }, parts));
    }
  };

  const centreId = uid('centre');
  const centreSelect = element('select', {
    id: centreId,
    onchange: () => { centre = centreSelect.value; report(); drawMap(); drawList(); },
  });
  centreSelect.append(element('option', { value: '', text: t('choose') }));
  for (const entry of catalogue)
    centreSelect.append(element('option', { value: entry.value, text: label(entry.label), selected: entry.value === centre }));

  const otherId = uid('other');
  const other = element('input', { type: 'text', id: otherId, maxlength: 200 });
  const add = element('button', {
    type: 'button', class: 'secondary', text: t('map_add'),
    onclick: () => {
      const name = other.value.trim();
      if (!name || actors.some((actor) => actor.name === name)) return;
      actors.push({ name, ring: null, intensity: null });
      other.value = '';
      drawList();
    },
  });

  box.append(
    element('div', { class: 'field' }, [element('label', { for: centreId, text: t('map_centre') }), centreSelect]),
    element('p', { class: 'hint', text: t('map_help') }),
    map,
    caption,
    list,
    element('div', { class: 'field other-actor' }, [element('label', { for: otherId, text: t('map_other') }), element('div', { class: 'entry' }, [other, add])]),
  );
  drawMap();
  drawList();
  return box;
}
