// The page's words: one catalogue per language, and the study's localized
// labels ({"it": ..., "en": ...}) read in the language chosen.
const catalogues = {
  it: {
    language_name: 'Italiano',
    language_switch: 'Lingua',
    territory: 'Territorio',
    wave: 'Rilevazione',
    identity: 'Chi risponde',
    respondent: 'Il vostro codice',
    respondent_hint: 'Un codice pseudonimo (lettere, cifre, - _ .), mai il vostro nome. Usate lo stesso codice a ogni rilevazione.',
    code_hint: 'Il codice si compone da queste risposte, sempre uguali per voi: nessuno può risalire al vostro nome. Le risposte restano su questo dispositivo; si invia solo il codice.',
    code_letters: '{n} lettere',
    code_letters_one: '1 lettera',
    code_digits: '{n} cifre',
    code_digits_one: '1 cifra',
    code_composed: 'Il vostro codice',
    role: 'Ruolo professionale',
    choose: 'Scegliete...',
    required: 'Obbligatoria',
    submit: 'Invia le risposte',
    sent: 'Inviato',
    sent_text: 'Grazie: le risposte sono arrivate.',
    waiting: 'In attesa di invio',
    waiting_text: 'Le risposte sono salvate su questo dispositivo e partiranno appena torna la rete.',
    new_response: 'Nuova compilazione',
    conflict: 'Queste risposte non sono state accettate: una risposta con lo stesso identificativo è già stata registrata con un altro contenuto.',
    invalid: 'Alcune risposte vanno corrette: vedete i messaggi accanto alle domande.',
    refused: 'Il server ha rifiutato l\'invio ({status}): {detail}',
    not_loaded: 'Il questionario non si carica: siete senza rete e questo link non è mai stato aperto su questo dispositivo.',
    link_refused: 'Questo link non è valido.',
    offline_ready: 'Disponibile anche senza rete',
    missing: 'Questa domanda è obbligatoria.',
    respondent_bad: 'Il codice va da 1 a 64 caratteri tra lettere, cifre, - _ . (senza spazi).',
    role_missing: 'Scegliete il ruolo.',
    range: 'Inserite un numero tra {min} e {max}.',
    at_least: 'Inserite un numero non inferiore a {min}.',
    at_most: 'Inserite un numero non superiore a {max}.',
    whole: 'Inserite un numero intero.',
    too_long: 'Al massimo {max} caratteri.',
    too_many: 'Al massimo {max} voci.',
    add_entry: 'Aggiungi una voce',
    remove: 'Rimuovi',
    entry: 'Voce {n}',
    map_centre: 'Il vostro servizio (al centro)',
    map_help: 'Trascinate ogni servizio sul cerchio giusto (1 = il più vicino), oppure sceglietene il cerchio dall\'elenco.',
    map_ring: 'Cerchio',
    map_not_placed: 'Non collocato',
    map_intensity: 'Intensità',
    map_other: 'Un altro attore',
    map_add: 'Aggiungi attore',
    map_drag: 'Trascina {name} sulla mappa',
    map_title: 'Mappa di rete: {n} attori collocati',
    objectives_add: 'Aggiungi un obiettivo',
    objective: 'Obiettivo {n}',
    objective_id: 'Codice dell\'obiettivo',
    objective_id_hint: 'Lo stesso da una rilevazione all\'altra (lettere, cifre, - _ .).',
    objective_title: 'Obiettivo',
    objective_dimension: 'Dimensione',
    objective_owner: 'Chi lo porta avanti (un servizio o un ruolo, mai un nome)',
    objective_target: 'Data obiettivo',
    objective_status: 'Stato',
    objective_progress: 'Avanzamento (0-100)',
    objective_evidence: 'Evidenze',
    objective_achieved: 'Un obiettivo raggiunto ha avanzamento 100.',
    objective_id_bad: 'Il codice va da 1 a 64 caratteri tra lettere, cifre, - _ .',
    objective_duplicate: 'Due obiettivi hanno lo stesso codice.',
  },
  en: {
    language_name: 'English',
    language_switch: 'Language',
    territory: 'Territory',
    wave: 'Wave',
    identity: 'Who answers',
    respondent: 'Your code',
    respondent_hint: 'A pseudonymous code (letters, digits, - _ .), never your name. Use the same code at every wave.',
    code_hint: 'The code is made of these answers, always the same for you: nobody can trace it back to your name. The answers stay on this device; only the code is sent.',
    code_letters: '{n} letters',
    code_letters_one: '1 letter',
    code_digits: '{n} digits',
    code_digits_one: '1 digit',
    code_composed: 'Your code',
    role: 'Professional role',
    choose: 'Choose...',
    required: 'Required',
    submit: 'Send the answers',
    sent: 'Sent',
    sent_text: 'Thank you: the answers have arrived.',
    waiting: 'Waiting to send',
    waiting_text: 'The answers are kept on this device and will be sent as soon as the network is back.',
    new_response: 'New response',
    conflict: 'These answers were not accepted: a response with the same id was already stored with other content.',
    invalid: 'Some answers need correcting: see the messages next to the questions.',
    refused: 'The server refused the submission ({status}): {detail}',
    not_loaded: 'The questionnaire does not load: you are offline and this link was never opened on this device.',
    link_refused: 'This link is not valid.',
    offline_ready: 'Available offline too',
    missing: 'This question is required.',
    respondent_bad: 'The code is 1 to 64 letters, digits, - _ . (no spaces).',
    role_missing: 'Choose the role.',
    range: 'Enter a number from {min} to {max}.',
    at_least: 'Enter a number of at least {min}.',
    at_most: 'Enter a number of at most {max}.',
    whole: 'Enter a whole number.',
    too_long: 'At most {max} characters.',
    too_many: 'At most {max} entries.',
    add_entry: 'Add an entry',
    remove: 'Remove',
    entry: 'Entry {n}',
    map_centre: 'Your service (at the centre)',
    map_help: 'Drag each service onto the right circle (1 = closest), or choose its circle in the list.',
    map_ring: 'Circle',
    map_not_placed: 'Not placed',
    map_intensity: 'Intensity',
    map_other: 'Another actor',
    map_add: 'Add actor',
    map_drag: 'Drag {name} onto the map',
    map_title: 'Network map: {n} actors placed',
    objectives_add: 'Add an objective',
    objective: 'Objective {n}',
    objective_id: 'Objective code',
    objective_id_hint: 'The same from one wave to the next (letters, digits, - _ .).',
    objective_title: 'Objective',
    objective_dimension: 'Dimension',
    objective_owner: 'Who carries it (a service or a role, never a name)',
    objective_target: 'Target date',
    objective_status: 'Status',
    objective_progress: 'Progress (0-100)',
    objective_evidence: 'Evidence',
    objective_achieved: 'An achieved objective has progress 100.',
    objective_id_bad: 'The code is 1 to 64 letters, digits, - _ .',
    objective_duplicate: 'Two objectives have the same code.',
  },
};

let current = 'it';

export const languages = Object.keys(catalogues);

export function setLanguage(language) {
  if (catalogues[language]) current = language;
  document.documentElement.lang = current;
}

export function language() {
  return current;
}

// The catalogue's text for `key` with {name} parts filled from `values`.
export function t(key, values = {}) {
  const text = catalogues[current][key] ?? catalogues.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// A localized text of the study or form: the chosen language, else English,
// else Italian, else the first one given (as core's LocalizedText).
export function label(text) {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[current] ?? text.en ?? text.it ?? Object.values(text)[0] ?? '';
}
