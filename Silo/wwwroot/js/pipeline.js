// The pipeline browser: a tree of registration names (inputs above their filters) with eye toggles.

export function createPipelineBrowser(tree, store, send) {
  const orderedItems = () => [...tree.querySelectorAll('[role="treeitem"]')];

  function render() {
    const proxies = [...store.proxies.values()];
    const ids = new Set(proxies.map((p) => p.id));
    const children = new Map();
    for (const proxy of proxies) {
      const parent = proxy.inputs.find((i) => ids.has(i)) ?? null;
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(proxy);
    }
    const rows = [];
    const visit = (parent, level) => {
      for (const proxy of children.get(parent) ?? []) {
        rows.push(row(proxy, level));
        visit(proxy.id, level + 1);
      }
    };
    visit(null, 1);
    const focused = document.activeElement?.closest?.('[role="treeitem"]')?.dataset.id;
    tree.replaceChildren(...rows);
    if (rows.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'hint';
      empty.textContent = 'Empty: add a source.';
      tree.append(empty);
    }
    const selectedRow = rows.find((r) => Number(r.dataset.id) === store.selectedId) ?? rows[0];
    for (const r of rows) r.tabIndex = r === selectedRow ? 0 : -1;
    tree.tabIndex = rows.length ? -1 : 0;
    if (focused) rows.find((r) => r.dataset.id === focused)?.focus();
  }

  function row(proxy, level) {
    const item = document.createElement('li');
    item.setAttribute('role', 'treeitem');
    item.setAttribute('aria-level', String(level));
    item.setAttribute('aria-label', proxy.name);
    item.setAttribute('aria-selected', String(proxy.id === store.selectedId));
    item.dataset.id = String(proxy.id);
    // The pipeline version of its newest data information (frames name the version they show).
    item.dataset.version = String(store.dataInfo.get(proxy.id)?.version ?? 0);
    item.style.paddingLeft = `${4 + (level - 1) * 16}px`;
    item.title = `${proxy.label} (${proxy.xmlName})`;

    const eye = document.createElement('button');
    eye.type = 'button';
    eye.className = 'eye';
    eye.tabIndex = -1;
    const visible = proxy.display !== null && proxy.display.values.Visibility?.[0] !== 0;
    eye.setAttribute('aria-pressed', String(visible));
    eye.setAttribute('aria-label', `Visibility of ${proxy.name}`);
    eye.innerHTML = '<svg viewBox="0 0 24 16" width="18" height="12" aria-hidden="true"><path d="M1 8c3-5 7-7 11-7s8 2 11 7c-3 5-7 7-11 7S4 13 1 8z" fill="none" stroke="currentColor" stroke-width="1.6"/><circle cx="12" cy="8" r="3.2" fill="currentColor"/></svg>';
    eye.disabled = proxy.display === null;
    eye.addEventListener('click', (event) => { event.stopPropagation(); toggle(proxy); });

    const name = document.createElement('span');
    name.textContent = proxy.name;
    item.append(eye, name);
    if (proxy.display === null) {
      const pending = document.createElement('span');
      pending.className = 'pending';
      pending.textContent = '(not applied)';
      item.append(pending);
    }
    item.addEventListener('click', () => store.select(proxy.id));
    return item;
  }

  function toggle(proxy) {
    if (proxy.display === null) return;
    send({ type: 'visibility', id: proxy.id, visible: proxy.display.values.Visibility?.[0] === 0 });
  }

  tree.addEventListener('keydown', (event) => {
    const items = orderedItems();
    const current = items.findIndex((i) => Number(i.dataset.id) === store.selectedId);
    const go = (index) => {
      event.preventDefault();
      const target = items[Math.max(0, Math.min(items.length - 1, index))];
      if (!target) return;
      store.select(Number(target.dataset.id));
      orderedItems().find((i) => i.dataset.id === target.dataset.id)?.focus();
    };
    switch (event.key) {
      case 'ArrowDown': go(current + 1); break;
      case 'ArrowUp': go(current - 1); break;
      case 'Home': go(0); break;
      case 'End': go(items.length - 1); break;
      case ' ': {
        event.preventDefault();
        const proxy = store.selected;
        if (proxy) toggle(proxy);
        break;
      }
      default:
    }
  });

  store.addEventListener('change', (event) => {
    if (event.detail.what !== 'datainfo') {
      render();
      return;
    }
    const row = tree.querySelector(`[role="treeitem"][data-id="${event.detail.id}"]`);
    if (row) row.dataset.version = String(store.dataInfo.get(event.detail.id)?.version ?? 0);
  });
  render();
}
