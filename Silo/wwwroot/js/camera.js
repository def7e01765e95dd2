// ParaView's camera moves (vtkCamera Azimuth, Elevation, Dolly, Pan) on a plain {position, focalPoint, viewUp} camera.

const sub = (a, b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const add = (a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const scale = (a, s) => [a[0] * s, a[1] * s, a[2] * s];
const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const length = (a) => Math.hypot(a[0], a[1], a[2]);
const normalize = (a) => { const l = length(a) || 1; return scale(a, 1 / l); };

// Rodrigues' rotation of v about a unit axis by angle (radians).
function rotate(v, axis, angle) {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return add(add(scale(v, c), scale(cross(axis, v), s)), scale(axis, dot(axis, v) * (1 - c)));
}

export function copyCamera(camera) {
  return {
    position: [...camera.position], focalPoint: [...camera.focalPoint], viewUp: [...camera.viewUp],
    viewAngle: camera.viewAngle ?? 30, parallel: camera.parallel ?? false, parallelScale: camera.parallelScale ?? 1,
  };
}

/** Trackball rotation: azimuth about the view up, then elevation about the right axis, through the focal point. */
export function orbit(camera, azimuthDegrees, elevationDegrees) {
  const result = copyCamera(camera);
  const up = normalize(result.viewUp);
  let offset = sub(result.position, result.focalPoint);
  offset = rotate(offset, up, (azimuthDegrees * Math.PI) / 180);
  const right = normalize(cross(scale(offset, -1), up));
  offset = rotate(offset, right, (elevationDegrees * Math.PI) / 180);
  result.position = add(result.focalPoint, offset);
  // OrthogonalizeViewUp: keep the up vector perpendicular to the direction of projection.
  const direction = normalize(scale(offset, -1));
  result.viewUp = normalize(cross(right, direction));
  return result;
}

/** Dolly towards the focal point (factor > 1 moves closer); parallel projection scales instead. */
export function dolly(camera, factor) {
  const result = copyCamera(camera);
  if (result.parallel) {
    result.parallelScale /= factor;
    return result;
  }
  const offset = sub(result.position, result.focalPoint);
  result.position = add(result.focalPoint, scale(offset, 1 / factor));
  return result;
}

/** Moves camera and focal point in the view plane by (dx, dy) pixels of a view height of heightPixels. */
export function pan(camera, dx, dy, heightPixels) {
  const result = copyCamera(camera);
  const offset = sub(result.position, result.focalPoint);
  const distance = length(offset);
  const worldPerPixel = result.parallel
    ? (2 * result.parallelScale) / heightPixels
    : (2 * distance * Math.tan(((result.viewAngle || 30) * Math.PI) / 360)) / heightPixels;
  const up = normalize(result.viewUp);
  const right = normalize(cross(scale(offset, -1), up));
  const move = add(scale(right, -dx * worldPerPixel), scale(up, dy * worldPerPixel));
  result.position = add(result.position, move);
  result.focalPoint = add(result.focalPoint, move);
  return result;
}
