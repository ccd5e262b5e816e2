// The objective list: the territory's improvement objectives, each with its
// fields (objective.hpp in the objectives-monitoring plugin): id (kept from
// one wave to the next), title, dimension, owner, target date, status,
// progress and evidence. The form lists the dimensions and statuses.
import { t, label } from './i18n.js';
import { element, uid } from './dom.js';

const ID = /^[A-Za-z0-9_.-]{1,64}$/;

// An id from the title, until the person writes one: "Tavolo mensile" -> "tavolo-mensile".
function slug(title) {
  return title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
}

function field(labelText, control, hint) {
  const id = uid('objective');
  control.id = id;
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return element('div', { class: 'field' }, [
    element('label', { for: id, text: labelText }),
    hint ? element('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null,
    control,
  ]);
}

function select(list, chosen, onchange) {
  const node = element('select', { onchange: () => onchange(node.value) });
  node.append(element('option', { value: '', text: t('choose') }));
  for (const entry of list) node.append(element('option', { value: entry.value, text: label(entry.label), selected: entry.value === chosen }));
  return node;
}

function blank() {
  return { id: '', title: '', dimension: '', owner: '', status: 'planned', progress: 0 };
}

// The objective as sent: empty optional fields left out.
function cleaned(objective) {
  const out = {};
  for (const [key, value] of Object.entries(objective)) {
    if (key === 'auto') continue;
    if ((key === 'target_date' || key === 'evidence') && !value) continue;
    out[key] = value;
  }
  return out;
}

// "Laboratorio 2: lavoro di rete" -> "Laboratorio 2", as core's short wave title.
function shortWave(previous) {
  const text = label(previous.wave_label) || previous.wave;
  return text.includes(':') ? text.slice(0, text.indexOf(':')) : text;
}

export function renderObjectives(item, value, change, context) {
  const form = context.participant.form;
  const previous = context.participant.previous_objectives;
  const earlier = new Set((previous?.items?.[item.id] || []).map((objective) => objective.id));
  const objectives = Array.isArray(value) ? value.map((objective) => ({ ...objective })) : [];
  // An objective of the previous wave keeps its id whatever its new title:
  // the id is what follows it from one wave to the next.
  for (const objective of objectives) if (earlier.has(objective.id)) objective.auto = false;
  const most = item.max_entries ?? 50;
  const box = element('div', { class: 'objectives' });
  const report = () => change(objectives.length ? objectives.map(cleaned) : undefined);

  const editor = (objective, index) => {
    const set = (key) => (newValue) => { objective[key] = newValue; report(); };
    const id = element('input', { type: 'text', maxlength: 64, value: objective.id, class: 'objective-id' });
    const title = element('input', { type: 'text', maxlength: item.max_length ?? 1000, value: objective.title, class: 'objective-title' });
    id.addEventListener('input', () => { objective.id = id.value.trim(); objective.auto = false; report(); });
    title.addEventListener('input', () => {
      objective.title = title.value;
      if (objective.auto !== false) { objective.id = slug(title.value); id.value = objective.id; }
      report();
    });
    const owner = element('input', { type: 'text', maxlength: 200, value: objective.owner, oninput: () => set('owner')(owner.value) });
    const target = element('input', { type: 'date', value: objective.target_date || '', oninput: () => set('target_date')(target.value) });
    const progress = element('input', {
      type: 'number', min: 0, max: 100, step: 'any', inputmode: 'decimal', value: objective.progress,
      oninput: () => set('progress')(progress.value === '' ? null : progress.valueAsNumber),
    });
    const evidence = element('textarea', { rows: 3, maxlength: item.max_length ?? 1000, oninput: () => set('evidence')(evidence.value) });
    evidence.value = objective.evidence || '';
    const remove = element('button', {
      type: 'button', class: 'secondary', text: `${t('remove')}: ${t('objective', { n: index + 1 })}`,
      onclick: () => { objectives.splice(index, 1); report(); draw(); },
    });
    const carried = earlier.has(objective.id);
    return element('fieldset', { class: `objective${carried ? ' objective-previous' : ''}` }, [
      element('legend', { text: t('objective', { n: index + 1 }) }),
      carried ? element('p', { class: 'hint from-previous', text: t('objective_from_previous', { wave: shortWave(previous) }) }) : null,
      field(t('objective_title'), title),
      field(t('objective_id'), id, t('objective_id_hint')),
      field(t('objective_dimension'), select(form.dimensions || [], objective.dimension, set('dimension'))),
      field(t('objective_owner'), owner),
      field(t('objective_target'), target),
      field(t('objective_status'), select(form.statuses || [], objective.status, set('status'))),
      field(t('objective_progress'), progress),
      field(t('objective_evidence'), evidence),
      remove,
    ]);
  };

  const draw = () => {
    box.replaceChildren();
    if (objectives.some((objective) => earlier.has(objective.id)))
      box.append(element('p', { class: 'hint', text: t('objectives_previous', { wave: shortWave(previous) }) }));
    objectives.forEach((objective, index) => box.append(editor(objective, index)));
    if (objectives.length < most)
      box.append(element('button', {
        type: 'button', class: 'secondary add', text: t('objectives_add'),
        onclick: () => { objectives.push(blank()); report(); draw(); box.querySelectorAll('.objective-title')[objectives.length - 1].focus(); },
      }));
  };
  draw();
  return box;
}

// The first problem the page can see: ids, required fields, progress.
export function checkObjectives(item, value) {
  if (value.length > (item.max_entries ?? 50)) return t('too_many', { max: item.max_entries ?? 50 });
  const seen = new Set();
  for (const objective of value) {
    if (!objective.title?.trim() || !objective.dimension || !objective.owner?.trim() || !objective.status || objective.progress == null)
      return t('missing');
    if (!ID.test(objective.id || '')) return t('objective_id_bad');
    if (seen.has(objective.id)) return t('objective_duplicate');
    seen.add(objective.id);
    if (!(objective.progress >= 0 && objective.progress <= 100)) return t('range', { min: 0, max: 100 });
    if (objective.status === 'achieved' && objective.progress < 100) return t('objective_achieved');
  }
  return null;
}
