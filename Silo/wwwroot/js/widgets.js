// One field per property, chosen from its domains: range -> slider + number, enumeration or string
// list -> select, boolean -> checkbox, array selection -> select of the input's arrays, proxy list ->
// select, vectors -> several numbers, repeatable values -> one list field. Documentation is the tooltip.

let fieldCounter = 0;

export function createField(property, ownerId, values, context) {
  const id = `field-${++fieldCounter}`;
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  wrapper.dataset.property = property.name;
  const tooltip = property.documentation || property.label;
  wrapper.title = tooltip;
  const control = document.createElement('div');
  control.className = 'control';
  const error = document.createElement('p');
  error.className = 'error';
  error.id = `${id}-error`;
  error.hidden = true;

  const type = property.widget.type;
  const numeric = type === 'number' || type === 'range';
  const build = numeric && property.repeat ? builders.list
    : numeric && property.elements > 1 ? vector
      : builders[type] ?? builders.text;
  const field = build(property, id, control, context);

  if (build === vector) {
    wrapper.classList.add('vector');
    const legend = document.createElement('span');
    legend.id = `${id}-label`;
    legend.textContent = property.label;
    control.setAttribute('role', 'group');
    control.setAttribute('aria-labelledby', legend.id);
    wrapper.append(legend, control, error);
  } else {
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = property.label;
    wrapper.append(label, control, error);
  }

  for (const input of control.querySelectorAll('input, select')) {
    input.addEventListener('input', () => { field.clearError(); context.onEdit(); });
    input.addEventListener('change', () => context.onEdit());
  }

  Object.assign(field, {
    name: property.name,
    ownerId,
    element: wrapper,
    showError(message) {
      error.textContent = message;
      error.hidden = false;
      error.setAttribute('role', 'alert');
      for (const input of control.querySelectorAll('input, select')) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id);
      }
    },
    clearError() {
      error.hidden = true;
      error.textContent = '';
      for (const input of control.querySelectorAll('input, select')) {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    },
  });
  field.set(values);
  return field;
}

function input(type, id, control, attributes = {}) {
  const element = document.createElement('input');
  element.type = type;
  if (id) element.id = id;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  control.append(element);
  return element;
}

function select(id, control, options) {
  const element = document.createElement('select');
  element.id = id;
  fillSelect(element, options);
  control.append(element);
  return element;
}

function fillSelect(element, options) {
  element.replaceChildren(...options.map(([value, text]) => {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    return option;
  }));
}

const numberText = (v) => (typeof v === 'number' ? String(v) : String(v ?? ''));

const builders = {
  bool(property, id, control) {
    const box = input('checkbox', id, control);
    return { get: () => [box.checked ? 1 : 0], set: (v) => { box.checked = Number(v?.[0]) !== 0; } };
  },
  enum(property, id, control) {
    const element = select(id, control, property.widget.entries.map((e) => [String(e.value), e.text]));
    return { get: () => [Number(element.value)], set: (v) => { element.value = String(v?.[0]); } };
  },
  strings(property, id, control) {
    const element = select(id, control, property.widget.values.map((s) => [s, s]));
    return { get: () => [element.value], set: (v) => { element.value = String(v?.[0] ?? ''); } };
  },
  array(property, id, control, context) {
    const element = select(id, control, []);
    let current = ['POINTS', ''];
    const options = () => {
      const arrays = context.inputArrays();
      const list = arrays.map((a) => [`${a.association}|${a.name}`, `${a.name} (${a.association === 'POINTS' ? 'points' : 'cells'})`]);
      const key = `${current[0]}|${current[1]}`;
      if (current[1] && !list.some(([value]) => value === key)) list.push([key, `${current[1]} (not in the input)`]);
      if (list.length === 0) list.push(['|', '(input not computed yet)']);
      fillSelect(element, list);
      element.value = key;
    };
    return {
      get: () => element.value.split('|'),
      set: (v) => {
        // Stored as ParaView's five elements (idx, port, connection, association, name) or the short form.
        const values = v ?? [];
        const association = values.length === 5 ? (values[3] === '1' ? 'CELLS' : 'POINTS') : values[0] ?? 'POINTS';
        current = [association, values.length === 5 ? values[4] : values[1] ?? ''];
        options();
      },
      refresh: options,
    };
  },
  proxylist(property, id, control) {
    const element = select(id, control, property.widget.entries.map((e) => [e.name, e.name]));
    return { get: () => ({ selected: element.value }), set: (v) => { if (v?.selected) element.value = v.selected; }, select: element };
  },
  range(property, id, control) {
    const { min, max } = property.widget;
    const integer = property.kind === 'int' || property.kind === 'idtype';
    const step = integer ? '1' : String((max - min) / 100 || 'any');
    const slider = input('range', `${id}-slider`, control, { min, max, step, 'aria-label': `${property.label} slider`, tabindex: '-1' });
    const number = input('number', id, control, { step: integer ? '1' : 'any' });
    slider.addEventListener('input', () => { number.value = slider.value; number.dispatchEvent(new Event('input')); });
    number.addEventListener('input', () => { slider.value = number.value; });
    return {
      get: () => [number.value === '' ? '' : Number(number.value)],
      set: (v) => { number.value = numberText(v?.[0]); slider.value = number.value; },
    };
  },
  number(property, id, control) {
    const number = input('number', id, control, { step: property.kind === 'double' ? 'any' : '1' });
    return { get: () => [number.value === '' ? '' : Number(number.value)], set: (v) => { number.value = numberText(v?.[0]); } };
  },
  list(property, id, control) {
    const text = input('text', id, control, { inputmode: 'decimal', placeholder: 'values separated by spaces' });
    return {
      get: () => text.value.trim().split(/[\s,;]+/).filter((s) => s !== '').map((s) => (Number.isNaN(Number(s)) ? s : Number(s))),
      set: (v) => { text.value = (v ?? []).map(numberText).join(' '); },
    };
  },
  text(property, id, control) {
    const text = input('text', id, control);
    return {
      get: () => (property.elements > 1 ? text.value.split(/\s+/) : [text.value]),
      set: (v) => { text.value = Array.isArray(v) ? v.join(' ') : ''; },
    };
  },
};

function vector(property, id, control) {
  const inputs = [];
  for (let i = 0; i < property.elements; i++) {
    inputs.push(input('number', i === 0 ? id : `${id}-${i}`, control, {
      step: property.kind === 'double' ? 'any' : '1',
      'aria-label': `${property.label} ${i + 1}`,
    }));
  }
  return {
    get: () => inputs.map((i) => (i.value === '' ? '' : Number(i.value))),
    set: (v) => inputs.forEach((i, k) => { i.value = numberText(v?.[k]); }),
  };
}
