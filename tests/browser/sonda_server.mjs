// The real sonda binaries for the browser tests: the CLI on a fresh demo
// database, sonda-server on 127.0.0.1 (port 0 or a given one), and the API
// read back with an evaluator's token.
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const binary = process.env.SONDA_BINARY_DIR;
if (!binary) throw new Error('SONDA_BINARY_DIR is not set: run this test through ctest');
const bin = (name) => join(binary, 'bin', name);
const formsPath = [join(binary, 'share', 'sonda', 'forms'), new URL('./forms', import.meta.url).pathname].join(':');

export function cli(args) {
  return execFileSync(bin('sonda'), args, {
    encoding: 'utf8', env: { ...process.env, SONDA_FORMS_PATH: formsPath }, stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

// A fresh demo database (with the test form of every item type) in its own folder.
export function demoDatabase() {
  const folder = mkdtempSync(join(tmpdir(), 'sonda-browser-'));
  const db = join(folder, 'demo.db');
  cli(['demo', '--db', db]);
  return { folder, db };
}

// A database of the demo's study with a self-generated code recipe
// (docs/study.md) and the test form of every item type.
export function codedDatabase(demoDb, folder) {
  const study = JSON.parse(cli(['study', 'show', '--db', demoDb, '--format', 'json']));
  study.respondent_code = { parts: [
    { id: 'mother', label: { it: 'Prime due lettere del nome della madre', en: "First two letters of your mother's first name" }, letters: 2 },
    { id: 'day', label: { it: 'Giorno di nascita', en: 'Day of birth' }, digits: 2 },
    { id: 'phone', label: { it: 'Ultima cifra del telefono', en: 'Last digit of your phone number' }, digits: 1 },
  ] };
  const file = join(folder, 'coded-study.json');
  writeFileSync(file, JSON.stringify(study));
  const db = join(folder, 'coded.db');
  cli(['init', '--db', db, '--study', file, '--forms', new URL('./forms', import.meta.url).pathname]);
  return db;
}

// A participant link's path /f/<token>.
export function link(db, form, wave, territory) {
  const printed = cli(['links', 'create', '--db', db, '--form', form, '--wave', wave, '--territory', territory]);
  const path = printed.split('\n')[0];
  if (!path.startsWith('/f/')) throw new Error(`sonda links create printed '${printed}'`);
  return path;
}

export function token(db, name, role) {
  return cli(['users', 'add', '--db', db, '--name', name, '--role', role]).split('\n')[0];
}

// Starts sonda-server and resolves once it prints where it listens.
export function startServer(db, port = 0) {
  return new Promise((resolve, reject) => {
    const server = spawn(bin('sonda-server'), ['--db', db, '--listen', `127.0.0.1:${port}`], {
      stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SONDA_FORMS_PATH: formsPath },
    });
    let errors = '';
    server.stderr.on('data', (chunk) => { errors += chunk; });
    server.on('exit', (code) => reject(new Error(`sonda-server exited with ${code}: ${errors}`)));
    const lines = createInterface({ input: server.stdout });
    lines.once('line', (line) => {
      const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(line);
      if (!match) return reject(new Error(`sonda-server printed '${line}'`));
      const origin = `http://127.0.0.1:${match[1]}`;
      resolve({
        origin,
        port: Number(match[1]),
        errors: () => errors,
        stop: () => new Promise((done) => {
          server.removeAllListeners('exit');
          server.once('exit', done);
          server.kill('SIGTERM');
        }),
      });
    });
  });
}

// The stored responses of a form (NDJSON through GET /api/v1/responses).
export async function responses(origin, evaluator, query) {
  const answer = await fetch(`${origin}/api/v1/responses?${new URLSearchParams(query)}&limit=1000`, {
    headers: { Authorization: `Bearer ${evaluator}` },
  });
  if (answer.status !== 200) throw new Error(`GET /api/v1/responses: ${answer.status} ${await answer.text()}`);
  return (await answer.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line));
}
