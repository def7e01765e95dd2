// One progress bar per running filter, with Cancel for the updates this page started.

export function createProgressArea(area, store, send) {
  const bars = new Map();

  function bar(id, algorithm) {
    if (bars.has(id)) return bars.get(id);
    const name = store.nameOf(id) ?? algorithm;
    const item = document.createElement('div');
    item.className = 'progress-item';
    const label = document.createElement('span');
    label.id = `progress-label-${id}`;
    label.textContent = `${name} (${algorithm})`;
    const track = document.createElement('div');
    track.className = 'progress-track';
    track.setAttribute('role', 'progressbar');
    track.setAttribute('aria-labelledby', label.id);
    track.setAttribute('aria-valuemin', '0');
    track.setAttribute('aria-valuemax', '100');
    track.setAttribute('aria-valuenow', '0');
    const fill = document.createElement('div');
    fill.className = 'progress-fill';
    track.append(fill);
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Cancel';
    cancel.setAttribute('aria-describedby', label.id);
    cancel.hidden = true;
    cancel.addEventListener('click', () => { cancel.disabled = true; send({ type: 'cancel', id }); });
    item.append(label, track, cancel);
    area.append(item);
    const entry = { item, track, fill, cancel };
    bars.set(id, entry);
    return entry;
  }

  // A coalesced Progress event may arrive after its execution ended: only Started opens a bar again.
  const ended = new Set();

  return {
    onProgress(event) {
      if (event.kind === 'Completed' || event.kind === 'Cancelled' || event.kind === 'Failed') {
        this.finished(event.id);
        return;
      }
      if (event.kind === 'Started' || event.kind === 'Interrupted') ended.delete(event.id);
      else if (ended.has(event.id)) return;
      const entry = bar(event.id, event.algorithm);
      const percent = event.kind === 'Progress' ? Math.round(event.fraction * 100) : 0;
      entry.track.setAttribute('aria-valuenow', String(percent));
      entry.track.setAttribute('aria-valuetext', `${percent}% ${event.text ?? ''}`.trim());
      entry.fill.style.width = `${percent}%`;
      entry.cancel.hidden = !event.cancellable;
    },
    /** An update this page asked for ended (done, cancelled or failed): its bar goes. */
    finished(id) {
      ended.add(id);
      bars.get(id)?.item.remove();
      bars.delete(id);
    },
  };
}
