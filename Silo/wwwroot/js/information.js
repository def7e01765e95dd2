// Data information of the selected proxy (counts, bounds, arrays and ranges) and the colour legend.

const number = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en') : v.toPrecision(6)) : String(v));

export function createInformationPanel(panel, store) {
  function render() {
    const proxy = store.selected;
    const info = proxy ? store.dataInfo.get(proxy.id) : null;
    if (!proxy) { panel.replaceChildren(text('Nothing selected.')); return; }
    if (!info) { panel.replaceChildren(text(proxy.display ? 'Computing…' : 'Apply to compute this proxy’s data.')); return; }
    const list = document.createElement('dl');
    const row = (term, value) => {
      const dt = document.createElement('dt'); dt.textContent = term;
      const dd = document.createElement('dd'); dd.textContent = value;
      list.append(dt, dd);
    };
    row('Type', info.dataSetType);
    row('Points', number(info.points));
    row('Cells', number(info.cells));
    row('Memory', `${(info.memory / 1024).toFixed(1)} KB`);
    const b = info.bounds;
    if (b.length === 6) {
      row('X range', `${number(b[0])} to ${number(b[1])}`);
      row('Y range', `${number(b[2])} to ${number(b[3])}`);
      row('Z range', `${number(b[4])} to ${number(b[5])}`);
    }
    const table = document.createElement('table');
    table.setAttribute('aria-label', 'Data arrays');
    table.innerHTML = '<thead><tr><th scope="col">Array</th><th scope="col">Type</th><th scope="col">Range</th></tr></thead>';
    const body = document.createElement('tbody');
    for (const [association, arrays] of [['points', info.pointArrays], ['cells', info.cellArrays]]) {
      for (const a of arrays) {
        const tr = document.createElement('tr');
        for (const value of [`${a.name} (${association})`, `${a.dataType}${a.components > 1 ? ` ×${a.components}` : ''}`, `[${number(a.min)}, ${number(a.max)}]`]) {
          const td = document.createElement('td'); td.textContent = value; tr.append(td);
        }
        body.append(tr);
      }
    }
    table.append(body);
    panel.replaceChildren(list, table);
  }

  store.addEventListener('change', (event) => {
    const { what, id } = event.detail;
    if (what !== 'datainfo' || id === store.selectedId) render();
  });
  render();
}

/** The legend of the selected proxy's colouring, else of the first visible coloured proxy. */
export function createLegend(figure, store) {
  const title = figure.querySelector('figcaption');
  const min = figure.querySelector('#legend-min');
  const max = figure.querySelector('#legend-max');

  function coloured(proxy) {
    const colour = proxy?.display?.values.ColorArrayName;
    if (!colour || colour.length !== 5 || !colour[4] || proxy.display.values.Visibility?.[0] === 0) return null;
    const info = store.dataInfo.get(proxy.id);
    const arrays = colour[3] === '1' ? info?.cellArrays : info?.pointArrays;
    const array = arrays?.find((a) => a.name === colour[4]);
    return array ? { name: colour[4], array } : null;
  }

  function render() {
    const shown = coloured(store.selected) ?? [...store.proxies.values()].map(coloured).find((c) => c);
    figure.hidden = !shown;
    if (!shown) return;
    // The colour map is shared per array and spans every visible proxy coloured by it (as the server fits it).
    const all = [...store.proxies.values()].map(coloured).filter((c) => c && c.name === shown.name);
    const low = Math.min(...all.map((c) => c.array.min));
    const high = Math.max(...all.map((c) => c.array.max));
    title.textContent = shown.name;
    min.textContent = number(low);
    max.textContent = number(high);
    figure.setAttribute('aria-label', `Color legend: ${shown.name} from ${number(low)} to ${number(high)}`);
  }

  store.addEventListener('change', render);
  render();
}

function text(message) {
  const p = document.createElement('p');
  p.className = 'hint';
  p.textContent = message;
  return p;
}
