// The self-generated respondent code (docs/study.md, "respondent_code"): when
// the study declares a recipe the page asks one short field per part and
// composes the code as the server splits it (RespondentCodeRecipe::split in
// core): the parts one after the other, no separator, letters A-Z in upper
// case, digits 0-9, each exactly its length. The parts stay in the draft on
// this device; only the composed code is sent.
import { t, label } from './i18n.js';
import { element, uid } from './dom.js';

// "è" -> "E": what the person means, in the only letters the code takes.
function lettersOf(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
}

function lengthOf(part) {
  return part.digits ?? part.letters;
}

function hintOf(part) {
  const n = lengthOf(part);
  const kind = part.digits ? 'digits' : 'letters';
  return t(n === 1 ? `code_${kind}_one` : `code_${kind}`, { n });
}

// The part's problem as the server would see it, or null.
export function partProblem(part, value) {
  const n = lengthOf(part);
  const shape = part.digits ? new RegExp(`^[0-9]{${n}}$`) : new RegExp(`^[A-Z]{${n}}$`);
  if (shape.test(value || '')) return null;
  return `${label(part.label) || part.id}: ${hintOf(part)}`;
}

export function composeCode(recipe, parts) {
  return recipe.parts.map((part) => (parts?.[part.id] || '')).join('');
}

// Every part's problem, keyed `code-<part id>` as the page's issue lines.
export function codeProblems(recipe, parts) {
  const problems = {};
  for (const part of recipe.parts) {
    const problem = partProblem(part, parts?.[part.id]);
    if (problem) problems[`code-${part.id}`] = problem;
  }
  return problems;
}

// One field per part and the code as composed so far. `change(parts, code)`
// hears every keystroke; `issueLine(key)` draws the issue line of a key.
export function renderCodeParts(recipe, parts, change, issueLine) {
  const values = { ...(parts || {}) };
  const shownId = uid('code-composed');
  const shown = element('output', { id: shownId, class: 'code-composed-value', text: composeCode(recipe, values) || '—' });
  const fields = recipe.parts.map((part) => {
    const id = uid(`code-${part.id}`);
    const input = element('input', {
      type: 'text', id, value: values[part.id] || '', maxlength: lengthOf(part), size: lengthOf(part) + 2,
      class: 'code-part', autocomplete: 'off', spellcheck: 'false',
      inputmode: part.digits ? 'numeric' : 'text', autocapitalize: part.digits ? 'off' : 'characters',
      'aria-describedby': `hint-${id} issue-code-${part.id}`,
    });
    input.addEventListener('input', () => {
      if (!part.digits) {
        const upper = lettersOf(input.value);
        if (upper !== input.value) input.value = upper;
      }
      values[part.id] = input.value.trim();
      shown.textContent = composeCode(recipe, values) || '—';
      change({ ...values }, composeCode(recipe, values));
    });
    return element('div', { class: 'field code-field' }, [
      element('label', { for: id, text: label(part.label) || part.id }),
      element('p', { class: 'hint', id: `hint-${id}`, text: hintOf(part) }),
      input, issueLine(`code-${part.id}`),
    ]);
  });
  return element('div', { class: 'code-parts' }, [
    element('p', { class: 'hint', text: t('code_hint') }),
    ...fields,
    element('p', { class: 'code-composed' }, [element('span', { text: `${t('code_composed')}: ` }), shown]),
  ]);
}
