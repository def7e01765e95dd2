// The render view: streamed frames (interactive JPEG while the camera moves, a PNG still after),
// mouse and keyboard camera moves pushed as the view's camera, and the view's size following the element.
import { copyCamera, dolly, orbit, pan } from './camera.js';

export function createRenderView(container, image, send) {
  let camera = null;
  let dragging = null;
  let pendingCamera = null;
  let objectUrl = null;
  const stats = { frames: 0, stills: 0, interactive: 0, dragFrames: 0, dragFirst: 0, dragLast: 0, lastFrame: 0, lastStillVersion: 0 };
  window.opvStats = stats;

  function showFrame({ header, image: blob }) {
    const url = URL.createObjectURL(blob);
    const previous = objectUrl;
    objectUrl = url;
    image.src = url;
    image.dataset.frame = String(header.number);
    image.dataset.still = String(header.still);
    image.dataset.version = String(header.version);
    if (previous) setTimeout(() => URL.revokeObjectURL(previous), 1000);
    stats.frames++;
    stats.lastFrame = header.number;
    if (header.still) stats.stills++; else stats.interactive++;
    if (dragging) {
      const now = performance.now();
      if (stats.dragFrames === 0) stats.dragFirst = now;
      stats.dragFrames++;
      stats.dragLast = now;
    }
    if (!dragging && !pendingCamera) camera = copyCamera(header.camera);
  }

  // One camera message per animation frame: the render service collapses bursts anyway.
  function push(next) {
    camera = next;
    if (pendingCamera) { pendingCamera = next; return; }
    pendingCamera = next;
    requestAnimationFrame(() => {
      const c = pendingCamera;
      pendingCamera = null;
      send({ type: 'camera', position: c.position, focalPoint: c.focalPoint, viewUp: c.viewUp, parallelScale: c.parallelScale });
    });
  }

  container.addEventListener('pointerdown', (event) => {
    if (!camera) return;
    container.focus();
    const mode = event.button === 1 || event.shiftKey ? 'pan' : event.button === 2 || event.ctrlKey ? 'zoom' : 'rotate';
    dragging = { mode, x: event.clientX, y: event.clientY, start: copyCamera(camera) };
    stats.dragFrames = 0;
    try {
      container.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer (scripted input) has nothing to capture.
    }
    container.classList.add('dragging');
    event.preventDefault();
  });
  container.addEventListener('pointermove', (event) => {
    if (!dragging) return;
    const dx = event.clientX - dragging.x;
    const dy = event.clientY - dragging.y;
    const { width, height } = container.getBoundingClientRect();
    if (dragging.mode === 'rotate') push(orbit(dragging.start, (-dx * 180) / width, (dy * 180) / height));
    else if (dragging.mode === 'pan') push(pan(dragging.start, dx, dy, height));
    else push(dolly(dragging.start, Math.pow(1.01, -dy)));
  });
  const endDrag = (event) => {
    if (!dragging) return;
    dragging = null;
    container.classList.remove('dragging');
    if (container.hasPointerCapture(event.pointerId)) container.releasePointerCapture(event.pointerId);
  };
  container.addEventListener('pointerup', endDrag);
  container.addEventListener('pointercancel', endDrag);
  container.addEventListener('contextmenu', (event) => event.preventDefault());
  container.addEventListener('wheel', (event) => {
    if (!camera) return;
    event.preventDefault();
    push(dolly(camera, Math.pow(1.1, -Math.sign(event.deltaY))));
  }, { passive: false });
  container.addEventListener('keydown', (event) => {
    if (!camera) return;
    const step = 10;
    const { height } = container.getBoundingClientRect();
    const moves = {
      ArrowLeft: () => (event.shiftKey ? pan(camera, -20, 0, height) : orbit(camera, step, 0)),
      ArrowRight: () => (event.shiftKey ? pan(camera, 20, 0, height) : orbit(camera, -step, 0)),
      ArrowUp: () => (event.shiftKey ? pan(camera, 0, -20, height) : orbit(camera, 0, -step)),
      ArrowDown: () => (event.shiftKey ? pan(camera, 0, 20, height) : orbit(camera, 0, step)),
      '+': () => dolly(camera, 1.1),
      '=': () => dolly(camera, 1.1),
      '-': () => dolly(camera, 1 / 1.1),
    };
    if (moves[event.key]) { event.preventDefault(); push(moves[event.key]()); }
    if (event.key === 'r' || event.key === 'R') { event.preventDefault(); send({ type: 'resetCamera' }); }
  });

  let resizeTimer = 0;
  new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      const { width, height } = container.getBoundingClientRect();
      if (width > 0 && height > 0) send({ type: 'resize', width: Math.round(width), height: Math.round(height) });
    }, 150);
  }).observe(container);

  return {
    showFrame,
    sendSize() {
      const { width, height } = container.getBoundingClientRect();
      if (width > 0 && height > 0) send({ type: 'resize', width: Math.round(width), height: Math.round(height) });
    },
  };
}
