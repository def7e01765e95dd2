// Sources and Filters menus (WAI-ARIA menu button), generated from the loaded definitions.

export function createMenu(button, menu, onChoose) {
  const items = () => [...menu.querySelectorAll('[role="menuitem"]')];
  const open = (focusLast = false) => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const list = items();
    (focusLast ? list.at(-1) : list[0])?.focus();
  };
  const close = (refocus = true) => {
    if (menu.hidden) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };
  const choose = (item) => {
    if (item.getAttribute('aria-disabled') === 'true') return;
    close();
    onChoose(item.dataset.group, item.dataset.name);
  };

  button.addEventListener('click', () => (menu.hidden ? open() : close()));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); open(true); }
  });
  menu.addEventListener('click', (event) => {
    const item = event.target.closest('[role="menuitem"]');
    if (item) choose(item);
  });
  menu.addEventListener('keydown', (event) => {
    const list = items();
    const index = list.indexOf(document.activeElement);
    const move = (to) => { event.preventDefault(); list[(to + list.length) % list.length]?.focus(); };
    switch (event.key) {
      case 'ArrowDown': move(index + 1); break;
      case 'ArrowUp': move(index - 1); break;
      case 'Home': move(0); break;
      case 'End': move(list.length - 1); break;
      case 'Escape': event.preventDefault(); close(); break;
      case 'Tab': close(false); break;
      case 'Enter': case ' ': event.preventDefault(); if (list[index]) choose(list[index]); break;
      default:
        if (event.key.length === 1) {
          const next = list.find((item, i) => i > index && item.textContent.toLowerCase().startsWith(event.key.toLowerCase()))
            ?? list.find((item) => item.textContent.toLowerCase().startsWith(event.key.toLowerCase()));
          next?.focus();
        }
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!menu.hidden && !menu.contains(event.target) && event.target !== button) close(false);
  });

  return {
    fill(definitions) {
      menu.replaceChildren(...[...definitions].sort((a, b) => a.label.localeCompare(b.label)).map((definition) => {
        const item = document.createElement('li');
        item.setAttribute('role', 'menuitem');
        item.tabIndex = -1;
        item.textContent = definition.label;
        item.title = definition.documentation || definition.label;
        item.dataset.group = definition.group;
        item.dataset.name = definition.name;
        return item;
      }));
    },
    setDisabled(disabled) {
      for (const item of items()) item.setAttribute('aria-disabled', String(disabled));
    },
  };
}
