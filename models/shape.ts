/**
 * Helpers the body parts share: both sides from one, smooth key-frame tables, and placing a
 * muscle just under the skin.
 */
import { type Sdf, type Vec3, mirrorX, tube, union } from './sdf';

/** Both sides of a left-side shape builder, joined by a hard union. */
export function bilateral(make: (s: 1 | -1) => Sdf): Sdf {
  return union([[make(1), 0], [make(-1), 0]]);
}
/** A left-side point on side `s`. */
export const side = (p: Vec3, s: 1 | -1): Vec3 => (s === 1 ? p : mirrorX(p));
/** Left-side control points `[x, y, z, r, …]` on side `s`. */
export const ctrlSide = (c: number[][], s: 1 | -1) => c.map(([x, y, z, r]) => [x * s, y, z, r]);

// ---------------------------------------------------------------------------------------------
// Smooth key-frame interpolation (cubic Hermite with finite-difference tangents)

export function hermiteTable(rows: number[][]): (y: number) => number[] {
  const ys = rows.map((r) => r[0]);
  const n = rows.length;
  return (y: number) => {
    if (y <= ys[0]) return rows[0].slice(1);
    if (y >= ys[n - 1]) return rows[n - 1].slice(1);
    let i = 0;
    while (ys[i + 1] < y) i++;
    const y0 = ys[i], y1 = ys[i + 1], dy = y1 - y0;
    const t = (y - y0) / dy;
    const t2 = t * t, t3 = t2 * t;
    const out: number[] = [];
    for (let k = 1; k < rows[0].length; k++) {
      const p0 = rows[i][k], p1 = rows[i + 1][k];
      const m0 = i > 0 ? ((rows[i + 1][k] - rows[i - 1][k]) / (ys[i + 1] - ys[i - 1])) * dy : p1 - p0;
      const m1 = i + 2 < n ? ((rows[i + 2][k] - rows[i][k]) / (ys[i + 2] - ys[i])) * dy : p1 - p0;
      out.push((2 * t3 - 3 * t2 + 1) * p0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * p1 + (t3 - t2) * m1);
    }
    return out;
  };
}

// ---------------------------------------------------------------------------------------------
// Placing muscles just under the skin

/** z where the ray from (x, y, zStart) toward `dir` (±1) leaves `skin`. */
export function surfaceZ(skin: Sdf, x: number, y: number, zStart: number, dir: number): number {
  let z = zStart;
  if (skin.f(x, y, z) > 0) throw new Error(`surfaceZ: start outside the skin at ${x},${y},${z}`);
  let step = 0.002;
  while (skin.f(x, y, z + dir * step) < 0) z += dir * step;
  let a = z, b = z + dir * step;
  for (let i = 0; i < 30; i++) {
    const m = (a + b) / 2;
    if (skin.f(x, y, m) < 0) a = m; else b = m;
  }
  step = 0;
  return (a + b) / 2;
}

/**
 * Turn control points [x, y, zStart, r] into a tube lying under the back (dir -1) or front
 * (dir +1) skin, its outer surface `depth` below the skin.
 */
export function underSkin(skin: Sdf, ctrl: number[][], dir: number, depth: number, step = 0.007): Sdf {
  return tube(ctrl.map(([x, y, z0, r, extra]) => {
    const zs = surfaceZ(skin, x, y, z0, dir);
    return [x, y, zs - dir * (r + depth + (extra ?? 0)), r];
  }), step);
}
