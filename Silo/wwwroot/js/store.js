// What the page knows of the session: definitions, the pipeline proxies, data information, the selection.

export class Store extends EventTarget {
  definitions = new Map();   // "group/name" -> definition
  proxies = new Map();       // id -> proxy state (registered in "sources")
  dataInfo = new Map();      // id -> data information
  selectedId = null;
  clientId = null;

  setDefinitions(list) {
    for (const definition of list) this.definitions.set(`${definition.group}/${definition.name}`, definition);
  }

  definitionOf(proxy) { return this.definitions.get(`${proxy.group}/${proxy.xmlName}`); }

  setPipeline(list) {
    this.proxies = new Map(list.map((p) => [p.id, p]));
    if (this.selectedId !== null && !this.proxies.has(this.selectedId)) this.selectedId = null;
    for (const id of [...this.dataInfo.keys()]) if (!this.proxies.has(id)) this.dataInfo.delete(id);
    this.#changed('pipeline');
  }

  setDataInfo(info) {
    this.dataInfo.set(info.id, info);
    this.#changed('datainfo', info.id);
  }

  select(id) {
    if (this.selectedId === id) return;
    this.selectedId = id;
    this.#changed('selection');
  }

  get selected() { return this.selectedId === null ? null : this.proxies.get(this.selectedId) ?? null; }

  nameOf(id) { return this.proxies.get(id)?.name ?? null; }

  /** The arrays an array selection can offer: those of the proxy's first input. */
  inputArrays(proxy) {
    const input = proxy.inputs?.[0];
    const info = input === undefined ? null : this.dataInfo.get(input);
    if (!info) return [];
    return [
      ...info.pointArrays.map((a) => ({ association: 'POINTS', ...a })),
      ...info.cellArrays.map((a) => ({ association: 'CELLS', ...a })),
    ];
  }

  #changed(what, id) { this.dispatchEvent(new CustomEvent('change', { detail: { what, id } })); }
}
