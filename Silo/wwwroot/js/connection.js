// The page's session connection: one WebSocket carrying the session's state as JSON text messages
// and images as binary messages ([4-byte big-endian header length][JSON header][PNG/JPEG bytes]).

export class SessionConnection extends EventTarget {
  #socket;

  constructor(sessionId, userName) {
    super();
    const url = new URL('session', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    url.search = '';
    if (sessionId) url.searchParams.set('session', sessionId);
    url.searchParams.set('user', userName);
    this.#socket = new WebSocket(url);
    this.#socket.binaryType = 'arraybuffer';
    this.#socket.addEventListener('message', (event) => this.#receive(event.data));
    this.#socket.addEventListener('close', (event) => {
      console.info(`session socket closed (${event.code} ${event.reason})`);
      this.dispatchEvent(new CustomEvent('closed', { detail: { code: event.code, reason: event.reason } }));
    });
    this.#socket.addEventListener('open', () => this.dispatchEvent(new CustomEvent('opened')));
  }

  get isOpen() { return this.#socket.readyState === WebSocket.OPEN; }

  send(message) {
    if (this.isOpen) this.#socket.send(JSON.stringify(message));
  }

  #receive(data) {
    if (typeof data === 'string') {
      const message = JSON.parse(data);
      this.dispatchEvent(new CustomEvent(message.type, { detail: message }));
      return;
    }
    const view = new DataView(data);
    const headerLength = view.getUint32(0, false);
    const header = JSON.parse(new TextDecoder().decode(new Uint8Array(data, 4, headerLength)));
    const image = new Blob([new Uint8Array(data, 4 + headerLength)], { type: header.format });
    this.dispatchEvent(new CustomEvent(header.kind, { detail: { header, image } }));
  }
}
