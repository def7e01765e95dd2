// The properties panel: generated from the selected proxy's definition (and its proxy-list entry's),
// with ParaView's Apply / Reset / Delete, and the display section (representation, colouring).
import { createField } from './widgets.js';

export function createPropertiesPanel(form, buttons, store, send) {
  let fields = [];
  let structure = '';
  let dirty = false;
  let showAdvanced = false;
  let panelError = null;

  const context = (proxy) => ({
    inputArrays: () => store.inputArrays(proxy),
    onEdit: () => { dirty = true; update(); },
  });

  function update() {
    const proxy = store.selected;
    buttons.apply.disabled = !proxy || !(dirty || proxy.display === null);
    buttons.reset.disabled = !proxy || !dirty;
    buttons.delete.disabled = !proxy;
  }

  function render(force = false) {
    const proxy = store.selected;
    const key = proxy ? `${proxy.id}|${Object.values(proxy.children).map((c) => c.id).join(',')}|${showAdvanced}` : '';
    if (!force && key === structure && proxy) {
      if (!dirty) {
        for (const field of fields) {
          field.set(valueOf(proxy, field));
          field.initial = JSON.stringify(field.get());
        }
      }
      for (const field of fields) field.refresh?.();
      renderDisplay(proxy);
      update();
      return;
    }
    structure = key;
    dirty = false;
    fields = [];
    form.replaceChildren();
    if (!proxy) {
      form.append(hint('Select a proxy in the pipeline browser, or add a source from the Sources menu.'));
      update();
      return;
    }
    const definition = store.definitionOf(proxy);
    panelError = document.createElement('p');
    panelError.className = 'field error';
    panelError.hidden = true;
    form.append(panelError);
    if (definition?.documentation) form.append(hint(definition.documentation));
    appendFields(form, definition, proxy, proxy.id);
    if (definition?.properties.some((p) => p.advanced)) {
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'advanced-toggle';
      toggle.textContent = 'Advanced properties';
      toggle.setAttribute('aria-pressed', String(showAdvanced));
      toggle.addEventListener('click', () => { showAdvanced = !showAdvanced; render(true); form.querySelector('.advanced-toggle')?.focus(); });
      form.append(toggle);
    }
    const display = document.createElement('div');
    display.className = 'display-section';
    form.append(display);
    renderDisplay(proxy);
    update();
  }

  function appendFields(parent, definition, state, ownerId) {
    for (const property of definition?.properties ?? []) {
      if (property.advanced && !showAdvanced) continue;
      const field = createField(property, ownerId, state.values[property.name], context(store.selected));
      field.initial = JSON.stringify(field.get());
      fields.push(field);
      parent.append(field.element);
      const child = state.children?.[property.name];
      if (property.widget.type === 'proxylist' && child) {
        const group = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = `${property.label}: ${child.xmlName}`;
        group.append(legend);
        appendFields(group, store.definitions.get(`${child.group}/${child.xmlName}`), child, child.id);
        parent.append(group);
      }
    }
  }

  function valueOf(proxy, field) {
    if (field.ownerId === proxy.id) return proxy.values[field.name];
    const child = Object.values(proxy.children).find((c) => c.id === field.ownerId);
    return child?.values[field.name];
  }

  function renderDisplay(proxy) {
    const section = form.querySelector('.display-section');
    if (!section) return;
    if (!proxy.display) { section.replaceChildren(); return; }
    const representation = store.definitions.get('representations/GeometryRepresentation');
    const types = representation?.properties.find((p) => p.name === 'Representation')?.widget.values ?? ['Outline', 'Points', 'Wireframe', 'Surface', 'Surface With Edges'];
    const info = store.dataInfo.get(proxy.id);
    const arrays = info ? [...info.pointArrays.map((a) => ['POINTS', a.name]), ...info.cellArrays.map((a) => ['CELLS', a.name])] : [];
    const colour = proxy.display.values.ColorArrayName ?? [];
    const colourKey = colour.length === 5 && colour[4] ? `${colour[3] === '1' ? 'CELLS' : 'POINTS'}|${colour[4]}` : '|';
    const key = JSON.stringify([types, arrays, proxy.display.values.Representation, colourKey]);
    if (section.dataset.key === key) return;
    section.dataset.key = key;
    const title = document.createElement('p');
    title.className = 'section-title';
    title.textContent = 'Display';
    section.replaceChildren(title,
      selectField('Representation', types.map((t) => [t, t]), proxy.display.values.Representation?.[0],
        (value) => send({ type: 'display', id: proxy.id, representation: value })),
      selectField('Coloring', [['|', 'Solid Color'], ...arrays.map(([a, n]) => [`${a}|${n}`, `${n} (${a === 'POINTS' ? 'points' : 'cells'})`])], colourKey,
        (value) => send({ type: 'display', id: proxy.id, color: value.split('|') })));
  }

  function selectField(labelText, options, value, onChange) {
    const wrapper = document.createElement('div');
    wrapper.className = 'field';
    const label = document.createElement('label');
    const select = document.createElement('select');
    select.id = `display-${labelText.toLowerCase()}`;
    label.htmlFor = select.id;
    label.textContent = labelText;
    for (const [optionValue, text] of options) select.append(new Option(text, optionValue));
    if (value !== undefined) select.value = value;
    select.addEventListener('change', () => onChange(select.value));
    const control = document.createElement('div');
    control.className = 'control';
    control.append(select);
    wrapper.append(label, control);
    return wrapper;
  }

  function apply() {
    const proxy = store.selected;
    if (!proxy) return;
    const values = {};
    const children = {};
    const selectionChanged = fields.some((f) => f.ownerId === proxy.id && f.select && JSON.stringify(f.get()) !== f.initial);
    for (const field of fields) {
      const value = field.get();
      if (JSON.stringify(value) === field.initial) continue;
      if (field.ownerId === proxy.id) {
        values[field.name] = value;
      } else if (!selectionChanged) {
        const [propertyName, child] = Object.entries(proxy.children).find(([, c]) => c.id === field.ownerId) ?? [];
        if (!propertyName) continue;
        children[propertyName] ??= { id: child.id, values: {} };
        children[propertyName].values[field.name] = value;
      }
    }
    for (const field of fields) field.clearError();
    panelError.hidden = true;
    dirty = false;
    update();
    // The fields' initial values follow the session (the next pipeline message), not this send: a
    // rejected Apply leaves every edit pending, so correcting one field sends the others again too.
    send({ type: 'apply', id: proxy.id, values, children });
  }

  function reset() {
    dirty = false;
    render(true);
  }

  buttons.apply.addEventListener('click', apply);
  buttons.reset.addEventListener('click', reset);
  buttons.delete.addEventListener('click', () => { const proxy = store.selected; if (proxy) send({ type: 'delete', id: proxy.id }); });
  form.addEventListener('submit', (event) => { event.preventDefault(); apply(); });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); apply(); }
  });

  store.addEventListener('change', (event) => {
    const { what, id } = event.detail;
    if (what === 'selection') render(true);
    else if (what === 'pipeline') render();
    else if (what === 'datainfo' && store.selected && (id === store.selected.id || store.selected.inputs.includes(id))) render();
  });
  render(true);

  return {
    /** An error the server reported: at the property's field when there is one, else at the top of the panel. */
    showError(error) {
      const field = fields.find((f) => f.ownerId === error.id && f.name === error.property);
      if (field) {
        field.showError(error.message);
        dirty = true;
        update();
        return true;
      }
      if (error.id !== null && error.id === store.selectedId && panelError) {
        panelError.textContent = error.message;
        panelError.hidden = false;
        panelError.setAttribute('role', 'alert');
        return true;
      }
      return false;
    },
  };
}

function hint(text) {
  const p = document.createElement('p');
  p.className = 'hint';
  p.textContent = text;
  return p;
}
