// The OrleansPV page: a session client over one WebSocket. Opening it without ?session= creates a
// session and puts its id in the address; with one, it joins that session as one more collaborator.
import { SessionConnection } from './connection.js';
import { Store } from './store.js';
import { createMenu } from './menus.js';
import { createPipelineBrowser } from './pipeline.js';
import { createPropertiesPanel } from './properties.js';
import { createRenderView } from './renderView.js';
import { createInformationPanel, createLegend } from './information.js';
import { createCollaboration } from './collaboration.js';
import { createProgressArea } from './progress.js';

const $ = (id) => document.getElementById(id);
const parameters = new URLSearchParams(location.search);
const userName = parameters.get('user') || localStorage.getItem('orleanspv-user') || `guest-${Math.floor(Math.random() * 9000 + 1000)}`;
localStorage.setItem('orleanspv-user', userName);

const connection = new SessionConnection(parameters.get('session'), userName);
const send = (message) => connection.send(message);
const store = new Store();

const status = $('status');
const messages = $('messages');
function log(text, kind = 'info') {
  const item = document.createElement('li');
  item.className = kind;
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  messages.append(item);
  item.scrollIntoView({ block: 'nearest' });
}

const sourcesMenu = createMenu($('sources-button'), $('sources-menu'), create);
const filtersMenu = createMenu($('filters-button'), $('filters-menu'), create);
function create(group, name) {
  send({ type: 'create', group, name, input: group === 'filters' ? store.selectedId : null });
}

createPipelineBrowser($('pipeline'), store, send);
const properties = createPropertiesPanel($('properties'), {
  apply: $('apply-button'), reset: $('reset-button'), delete: $('delete-button'),
}, store, send);
createInformationPanel($('information'), store);
createLegend($('legend'), store);
const view = createRenderView($('view'), $('view-image'), send);
const progress = createProgressArea($('progress'), store, send);
const collaboration = createCollaboration($('clients'), $('chat'), $('chat-form'), $('chat-input'), send);

$('undo-button').addEventListener('click', () => send({ type: 'undo' }));
$('redo-button').addEventListener('click', () => send({ type: 'redo' }));
$('reset-camera-button').addEventListener('click', () => send({ type: 'resetCamera' }));
$('screenshot-button').addEventListener('click', () => send({ type: 'screenshot' }));
document.addEventListener('keydown', (event) => {
  const editing = event.target.closest?.('input, select, textarea');
  if (!(event.ctrlKey || event.metaKey) || editing) return;
  if (event.key === 'z') { event.preventDefault(); send({ type: 'undo' }); }
  if (event.key === 'y') { event.preventDefault(); send({ type: 'redo' }); }
});
store.addEventListener('change', () => filtersMenu.setDisabled(store.selectedId === null));

const on = (type, handler) => connection.addEventListener(type, (event) => handler(event.detail));
on('opened', () => { console.info('session socket open'); status.textContent = 'Connected'; });
let joined = false;
on('closed', () => {
  log('The connection to the silo closed.', 'error');
  if (joined) {
    status.textContent = 'Disconnected: reload the page to join again';
    return;
  }
  // The session in the address does not exist (any more): offer a new one.
  const link = document.createElement('a');
  link.href = location.pathname;
  link.textContent = 'start a new session';
  link.style.color = 'inherit';
  status.replaceChildren('Could not open this session: ', link);
});
on('hello', (hello) => {
  console.info(`joined session ${hello.session} as client ${hello.client}`);
  joined = true;
  store.clientId = hello.client;
  store.setDefinitions(hello.definitions);
  sourcesMenu.fill(hello.definitions.filter((d) => d.group === 'sources'));
  filtersMenu.fill(hello.definitions.filter((d) => d.group === 'filters'));
  filtersMenu.setDisabled(true);
  const address = new URL(location.href);
  address.searchParams.set('session', hello.session);
  address.searchParams.delete('user');
  history.replaceState(null, '', address);
  const link = $('session-link');
  link.href = address.href;
  link.textContent = hello.session;
  status.textContent = `Session ${hello.session.slice(0, 8)} as ${hello.user}`;
  document.body.dataset.session = hello.session;
  view.sendSize();
});
on('pipeline', (message) => store.setPipeline(message.proxies));
on('created', (message) => {
  // Select the new proxy as soon as the pipeline lists it (ParaView makes it active).
  const select = () => {
    if (!store.proxies.has(message.id)) return false;
    store.select(message.id);
    document.querySelector(`[role="treeitem"][data-id="${message.id}"]`)?.focus();
    return true;
  };
  if (!select()) {
    const waiter = () => { if (select()) store.removeEventListener('change', waiter); };
    store.addEventListener('change', waiter);
  }
  log(`Created ${message.name}.`);
});
on('datainfo', (info) => store.setDataInfo(info));
on('progress', (event) => progress.onProgress(event));
on('cancelled', (message) => { progress.finished(message.id); log(message.message); });
on('error', (error) => {
  progress.finished(error.id);
  properties.showError(error);
  log(error.message, 'error');
});
on('history', (message) => log(message.done ? `${message.action === 'undo' ? 'Undone' : 'Redone'}.` : `Nothing to ${message.action}.`));
on('clients', (message) => collaboration.setClients(message));
on('chat', (message) => collaboration.addMessage(message));
on('frame', (frame) => view.showFrame(frame));
on('screenshot', ({ image }) => {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(image);
  link.download = `orleanspv-${new Date().toISOString().replace(/[:.]/g, '-')}.png`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  log('Screenshot saved.');
});
