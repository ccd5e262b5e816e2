// One renderer per item type: each builds the item's controls from its
// definition and reports the answer through `change(value)` (undefined when
// unanswered). Plugin types live in their own files (network_map.js,
// objectives.js). `check(item, value)` mirrors the server's cheap checks.
import { t, label } from './i18n.js';
import { renderNetworkMap } from './network_map.js';
import { renderObjectives, checkObjectives } from './objectives.js';
import { element, uid, options } from './dom.js';

function likertPoints(item) {
  const points = [];
  const named = {};
  if (item.labels) Object.assign(named, item.labels);
  for (const entry of item.scale || []) named[entry.value] = entry.label;
  for (let value = item.min; value <= item.max; value += 1) points.push({ value, label: named[String(value)] });
  return points;
}

function radios(name, points, chosen, change, describe) {
  const group = element('div', { class: 'options' });
  for (const point of points) {
    const id = uid(name);
    const input = element('input', {
      type: 'radio', id, name, value: String(point.value), checked: chosen === point.value,
      onchange: () => change(point.value),
    });
    group.append(element('label', { for: id, class: 'option' }, [input, element('span', { text: describe(point) })]));
  }
  return group;
}

function renderLikert(item, value, change) {
  const describe = (point) => (point.label ? `${point.value} · ${label(point.label)}` : String(point.value));
  return radios(uid('likert'), likertPoints(item), value, change, describe);
}

function renderChoice(item, value, change, context) {
  const choices = options(item.choices, context);
  if (!item.multiple)
    return radios(uid('choice'), choices, value, change, (choice) => label(choice.label));
  const chosen = new Set(Array.isArray(value) ? value : []);
  const group = element('div', { class: 'options options-column' });
  for (const choice of choices) {
    const id = uid('choice');
    const input = element('input', {
      type: 'checkbox', id, value: choice.value, checked: chosen.has(choice.value),
      onchange: () => {
        if (input.checked) chosen.add(choice.value);
        else chosen.delete(choice.value);
        // Keep the form's order, not the order of clicks.
        const list = choices.map((c) => c.value).filter((v) => chosen.has(v));
        change(list.length ? list : undefined);
      },
    });
    group.append(element('label', { for: id, class: 'option' }, [input, element('span', { text: label(choice.label) })]));
  }
  return group;
}

function renderNumber(item, value, change, context) {
  const input = element('input', {
    type: 'number', id: context.inputId, inputmode: item.integer ? 'numeric' : 'decimal',
    min: item.min, max: item.max, step: item.integer ? '1' : 'any', value: value ?? '',
    oninput: () => change(input.value === '' || Number.isNaN(input.valueAsNumber) ? undefined : input.valueAsNumber),
  });
  return input;
}

function renderText(item, value, change, context) {
  const area = element('textarea', {
    id: context.inputId, rows: 4, maxlength: item.max_length ?? 2000,
    oninput: () => change(area.value.trim() === '' ? undefined : area.value),
  });
  area.value = value ?? '';
  return area;
}

function renderTextList(item, value, change, context) {
  const entries = Array.isArray(value) && value.length ? [...value] : [''];
  const most = item.max_entries ?? 50;
  const box = element('div', { class: 'text-list' });
  const report = () => {
    const kept = entries.filter((entry) => entry.trim() !== '');
    change(kept.length ? entries.slice() : undefined);
  };
  const draw = () => {
    box.replaceChildren();
    entries.forEach((entry, index) => {
      const id = index === 0 ? context.inputId : uid('entry');
      const input = element('input', {
        type: 'text', id, value: entry, maxlength: item.max_length ?? 2000,
        'aria-label': t('entry', { n: index + 1 }),
        oninput: () => { entries[index] = input.value; report(); },
      });
      const remove = element('button', {
        type: 'button', class: 'secondary', text: t('remove'), 'aria-label': `${t('remove')}: ${t('entry', { n: index + 1 })}`,
        onclick: () => { entries.splice(index, 1); if (!entries.length) entries.push(''); report(); draw(); },
      });
      box.append(element('div', { class: 'entry' }, [input, remove]));
    });
    if (entries.length < most)
      box.append(element('button', {
        type: 'button', class: 'secondary add', text: t('add_entry'),
        onclick: () => { entries.push(''); draw(); box.querySelectorAll('input')[entries.length - 1].focus(); },
      }));
  };
  draw();
  return box;
}

// A matrix cell is an item of the cell's type: its keys from `cell` or from
// the item itself (the flat form).
function cellItem(item) {
  if (item.cell) return { ...item.cell, id: item.id };
  return { ...item, type: item.cell_type };
}

function renderMatrix(item, value, change, context) {
  const answer = value && typeof value === 'object' ? structuredClone(value) : {};
  const cell = cellItem(item);
  const box = element('div', { class: 'matrix' });
  for (const row of options(item.rows, context)) {
    const group = element('fieldset', { class: 'matrix-row' }, [element('legend', { text: label(row.label) })]);
    for (const column of options(item.columns, context)) {
      const inputId = uid('cell');
      const control = renderers[cell.type](cell, answer[row.value]?.[column.value], (cellValue) => {
        answer[row.value] = answer[row.value] || {};
        if (cellValue === undefined) delete answer[row.value][column.value];
        else answer[row.value][column.value] = cellValue;
        if (!Object.keys(answer[row.value]).length) delete answer[row.value];
        change(Object.keys(answer).length ? structuredClone(answer) : undefined);
      }, { ...context, inputId });
      const caption = cell.type === 'likert' || cell.type === 'choice'
        ? element('span', { class: 'cell-label', text: label(column.label) })
        : element('label', { for: inputId, class: 'cell-label', text: label(column.label) });
      group.append(element('div', { class: 'cell' }, [caption, control]));
    }
    box.append(group);
  }
  return box;
}

export const renderers = {
  likert: renderLikert,
  choice: renderChoice,
  number: renderNumber,
  text: renderText,
  text_list: renderTextList,
  matrix: renderMatrix,
  network_map: renderNetworkMap,
  objective_list: renderObjectives,
};

// Types whose controls are a group (a fieldset with a legend) rather than one
// input a <label> names.
export const grouped = new Set(['likert', 'choice', 'matrix', 'network_map', 'objective_list']);

function characters(text) {
  return Array.from(text).length;
}

function checkNumber(item, value) {
  if (item.integer && !Number.isInteger(value)) return t('whole');
  const low = item.min;
  const high = item.max;
  if (low != null && high != null && (value < low || value > high)) return t('range', { min: low, max: high });
  if (low != null && value < low) return t('at_least', { min: low });
  if (high != null && value > high) return t('at_most', { max: high });
  return null;
}

// The answer as sent (blank list entries dropped), or undefined when unanswered.
export function finalAnswer(item, value) {
  if (value === undefined || value === null) return undefined;
  if (item.type === 'text_list') {
    const kept = value.map((entry) => entry.trim()).filter((entry) => entry !== '');
    return kept.length ? kept : undefined;
  }
  if (item.type === 'matrix' && cellItem(item).type === 'text_list') {
    const out = {};
    for (const [row, cells] of Object.entries(value))
      for (const [column, cell] of Object.entries(cells)) {
        const kept = finalAnswer({ type: 'text_list' }, cell);
        if (kept) (out[row] = out[row] || {})[column] = kept;
      }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

// The first problem of an answer the page can see without the server, or null.
export function check(item, value, context) {
  if (value === undefined) return item.required ? t('missing') : null;
  switch (item.type) {
    case 'number': return checkNumber(item, value);
    case 'text': return characters(value) > (item.max_length ?? 2000) ? t('too_long', { max: item.max_length ?? 2000 }) : null;
    case 'text_list':
      if (value.length > (item.max_entries ?? 50)) return t('too_many', { max: item.max_entries ?? 50 });
      return value.some((entry) => characters(entry) > (item.max_length ?? 2000)) ? t('too_long', { max: item.max_length ?? 2000 }) : null;
    case 'objective_list': return checkObjectives(item, value, context);
    default: return null;
  }
}
