/**
 * Signed distance functions for the procedural body.
 *
 * A shape is an `Sdf`: an axis-aligned bounding box plus a field function (negative inside,
 * roughly the Euclidean distance outside). Every node can `restrict` itself to a box, returning
 * a cheaper node that is only valid near that box (children and tube segments that are far away
 * are dropped) or `null` when nothing of the shape comes near. The mesher calls `restrict` once
 * per block of voxels, which is what keeps a body of ~200 primitives fast to evaluate.
 *
 * One file past 400 lines because the node kinds (primitives, tubes, smooth unions, lofts) share
 * `restrict` and the box arithmetic; split it by node kind if it grows further.
 */

export type Vec3 = [number, number, number];

export interface Box {
  min: Vec3;
  max: Vec3;
}

export interface Sdf {
  box: Box;
  f(x: number, y: number, z: number): number;
  /** A node valid within `margin` of `box`, or null if the shape is farther than `margin`. */
  restrict(box: Box, margin: number): Sdf | null;
}

// ---------------------------------------------------------------------------------------------
// Small vector helpers

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const len = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const norm = (a: Vec3): Vec3 => scale(a, 1 / (len(a) || 1));
export const lerp3 = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]];

export function boxOf(min: Vec3, max: Vec3): Box {
  return { min, max };
}

export function growBox(b: Box, m: number): Box {
  return {
    min: [b.min[0] - m, b.min[1] - m, b.min[2] - m],
    max: [b.max[0] + m, b.max[1] + m, b.max[2] + m],
  };
}

export function unionBox(a: Box, b: Box): Box {
  return {
    min: [Math.min(a.min[0], b.min[0]), Math.min(a.min[1], b.min[1]), Math.min(a.min[2], b.min[2])],
    max: [Math.max(a.max[0], b.max[0]), Math.max(a.max[1], b.max[1]), Math.max(a.max[2], b.max[2])],
  };
}

export function intersectBox(a: Box, b: Box): Box {
  return {
    min: [Math.max(a.min[0], b.min[0]), Math.max(a.min[1], b.min[1]), Math.max(a.min[2], b.min[2])],
    max: [Math.min(a.max[0], b.max[0]), Math.min(a.max[1], b.max[1]), Math.min(a.max[2], b.max[2])],
  };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return (
    a.min[0] <= b.max[0] && a.max[0] >= b.min[0] &&
    a.min[1] <= b.max[1] && a.max[1] >= b.min[1] &&
    a.min[2] <= b.max[2] && a.max[2] >= b.min[2]
  );
}

function restrictByBox(self: Sdf) {
  return (box: Box, margin: number): Sdf | null => (boxesOverlap(growBox(self.box, margin), box) ? self : null);
}

// ---------------------------------------------------------------------------------------------
// Smooth booleans (polynomial, Inigo Quilez)

export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

export const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

// ---------------------------------------------------------------------------------------------
// Primitives

/**
 * Ellipsoid with radii `r`, optionally rotated: `axes` are three orthonormal local axes
 * (world directions of the radii). Uses the bounded approximation k0 * (k0 - 1) / k1.
 */
export function ellipsoid(c: Vec3, r: Vec3, axes?: [Vec3, Vec3, Vec3]): Sdf {
  const [rx, ry, rz] = r;
  const ax = axes ?? [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
  const [u, v, w] = ax;
  const ext = Math.max(rx, ry, rz);
  let box: Box;
  if (axes) {
    box = growBox(boxOf(c, c), ext);
  } else {
    box = boxOf([c[0] - rx, c[1] - ry, c[2] - rz], [c[0] + rx, c[1] + ry, c[2] + rz]);
  }
  const self: Sdf = {
    box,
    f(x, y, z) {
      const px = x - c[0], py = y - c[1], pz = z - c[2];
      const lx = (px * u[0] + py * u[1] + pz * u[2]) / rx;
      const ly = (px * v[0] + py * v[1] + pz * v[2]) / ry;
      const lz = (px * w[0] + py * w[1] + pz * w[2]) / rz;
      const k0 = Math.sqrt(lx * lx + ly * ly + lz * lz);
      const k1 = Math.sqrt((lx * lx) / (rx * rx) + (ly * ly) / (ry * ry) + (lz * lz) / (rz * rz));
      if (k1 < 1e-9) return -Math.min(rx, ry, rz);
      return (k0 * (k0 - 1)) / k1;
    },
    restrict: () => null,
  };
  self.restrict = restrictByBox(self);
  return self;
}

/** Orthonormal frame whose second axis is `dir` (used for ellipsoids aligned to a limb). */
export function frameAlong(dir: Vec3, hint: Vec3 = [0, 0, 1]): [Vec3, Vec3, Vec3] {
  const v = norm(dir);
  let u = cross(v, hint);
  if (len(u) < 1e-6) u = cross(v, [1, 0, 0]);
  u = norm(u);
  const w = cross(u, v);
  return [u, v, w];
}

/** Ellipsoid whose y radius lies along the segment a→b; `rx` and `rz` across it. */
export function ellipsoidBetween(a: Vec3, b: Vec3, rx: number, rz: number, hint: Vec3 = [0, 0, 1]): Sdf {
  const c = lerp3(a, b, 0.5);
  const d = sub(b, a);
  return ellipsoid(c, [rx, len(d) / 2, rz], frameAlong(d, hint));
}

/** Catmull-Rom interpolation through points (uniform), t in [0, 1] over the whole chain. */
export function catmull(points: number[][], t: number): number[] {
  const n = points.length;
  if (n === 1) return points[0].slice();
  const s = Math.min(Math.max(t, 0), 1) * (n - 1);
  const i = Math.min(Math.floor(s), n - 2);
  const u = s - i;
  const p0 = points[Math.max(i - 1, 0)], p1 = points[i], p2 = points[i + 1], p3 = points[Math.min(i + 2, n - 1)];
  const u2 = u * u, u3 = u2 * u;
  return p1.map((_, k) =>
    0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * u + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * u2 +
      (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * u3),
  );
}

/**
 * A smooth tube: the path and radius are Catmull-Rom curves through control points
 * `[x, y, z, r]`, sampled every `step` metres (6–8 mm by default) into short round cones.
 * The distance is the minimum over segments of |p - c(t)| - r(t) with the radius interpolated
 * at the closest point, which is smooth because neighbouring samples barely differ.
 */
export function tube(ctrl: number[][], step = 0.007): Sdf {
  // Estimate length for the number of samples.
  let length = 0;
  for (let i = 1; i < ctrl.length; i++) {
    length += Math.hypot(ctrl[i][0] - ctrl[i - 1][0], ctrl[i][1] - ctrl[i - 1][1], ctrl[i][2] - ctrl[i - 1][2]);
  }
  const n = Math.max(2, Math.ceil(length / step) + 1);
  const pts: number[][] = [];
  for (let i = 0; i < n; i++) pts.push(catmull(ctrl, i / (n - 1)));
  return tubeFromSamples(pts);
}

function tubeFromSamples(pts: number[][]): Sdf {
  const m = pts.length - 1;
  // Segment data in flat arrays for speed.
  const ax = new Float64Array(m), ay = new Float64Array(m), az = new Float64Array(m);
  const dx = new Float64Array(m), dy = new Float64Array(m), dz = new Float64Array(m);
  const ra = new Float64Array(m), rb = new Float64Array(m), il = new Float64Array(m);
  let min: Vec3 = [Infinity, Infinity, Infinity], max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < m; i++) {
    const p = pts[i], q = pts[i + 1];
    ax[i] = p[0]; ay[i] = p[1]; az[i] = p[2];
    dx[i] = q[0] - p[0]; dy[i] = q[1] - p[1]; dz[i] = q[2] - p[2];
    ra[i] = p[3]; rb[i] = q[3];
    const l2 = dx[i] * dx[i] + dy[i] * dy[i] + dz[i] * dz[i];
    il[i] = l2 > 1e-12 ? 1 / l2 : 0;
  }
  for (const p of pts) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k], p[k] - p[3]);
      max[k] = Math.max(max[k], p[k] + p[3]);
    }
  }
  const self: Sdf = {
    box: { min, max },
    f(x, y, z) {
      let best = Infinity;
      for (let i = 0; i < m; i++) {
        const px = x - ax[i], py = y - ay[i], pz = z - az[i];
        let t = (px * dx[i] + py * dy[i] + pz * dz[i]) * il[i];
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const qx = px - dx[i] * t, qy = py - dy[i] * t, qz = pz - dz[i] * t;
        const d = Math.sqrt(qx * qx + qy * qy + qz * qz) - (ra[i] + (rb[i] - ra[i]) * t);
        if (d < best) best = d;
      }
      return best;
    },
    restrict(box, margin) {
      const g = growBox(box, margin);
      const keep: number[] = [];
      for (let i = 0; i < m; i++) {
        const r = Math.max(ra[i], rb[i]);
        const x0 = Math.min(ax[i], ax[i] + dx[i]) - r, x1 = Math.max(ax[i], ax[i] + dx[i]) + r;
        const y0 = Math.min(ay[i], ay[i] + dy[i]) - r, y1 = Math.max(ay[i], ay[i] + dy[i]) + r;
        const z0 = Math.min(az[i], az[i] + dz[i]) - r, z1 = Math.max(az[i], az[i] + dz[i]) + r;
        if (x0 <= g.max[0] && x1 >= g.min[0] && y0 <= g.max[1] && y1 >= g.min[1] && z0 <= g.max[2] && z1 >= g.min[2]) keep.push(i);
      }
      if (keep.length === 0) return null;
      if (keep.length === m) return self;
      // Contiguous runs are rebuilt as smaller tubes joined by a hard min.
      const parts: Sdf[] = [];
      let s = 0;
      while (s < keep.length) {
        let e = s;
        while (e + 1 < keep.length && keep[e + 1] === keep[e] + 1) e++;
        parts.push(tubeFromSamples(pts.slice(keep[s], keep[e] + 2)));
        s = e + 1;
      }
      return parts.length === 1 ? parts[0] : union(parts.map((p) => [p, 0] as [Sdf, number]));
    },
  };
  return self;
}

/** A single round cone (capsule with different end radii). */
export function capsule(a: Vec3, b: Vec3, ra: number, rb = ra): Sdf {
  return tubeFromSamples([[...a, ra], [...b, rb]]);
}

/**
 * A loft: elliptical cross-sections stacked along y. `section(y)` returns
 * [centre x, centre z, half width, front depth, back depth] (depths measured from the centre,
 * both positive). Between `y0` and `y1`; ends are rounded off with radius `capR`.
 */
export function loft(
  y0: number,
  y1: number,
  section: (y: number) => [number, number, number, number, number],
  capR = 0.03,
): Sdf {
  const N = Math.ceil((y1 - y0) / 0.001) + 1;
  const tab = new Float64Array(N * 5);
  let min: Vec3 = [Infinity, y0, Infinity], max: Vec3 = [-Infinity, y1, -Infinity];
  for (let i = 0; i < N; i++) {
    const y = y0 + ((y1 - y0) * i) / (N - 1);
    const s = section(y);
    for (let k = 0; k < 5; k++) tab[i * 5 + k] = s[k];
    min[0] = Math.min(min[0], s[0] - s[2]); max[0] = Math.max(max[0], s[0] + s[2]);
    min[2] = Math.min(min[2], s[1] - s[4]); max[2] = Math.max(max[2], s[1] + s[3]);
  }
  const self: Sdf = {
    box: { min, max },
    f(x, y, z) {
      const yc = y < y0 ? y0 : y > y1 ? y1 : y;
      const fi = ((yc - y0) / (y1 - y0)) * (N - 1);
      const i = Math.min(Math.floor(fi), N - 2);
      const t = fi - i;
      const o = i * 5, o2 = o + 5;
      const cx = tab[o] + (tab[o2] - tab[o]) * t;
      const cz = tab[o + 1] + (tab[o2 + 1] - tab[o + 1]) * t;
      const a = tab[o + 2] + (tab[o2 + 2] - tab[o + 2]) * t;
      const px = x - cx, pz = z - cz;
      const b = pz > 0 ? tab[o + 3] + (tab[o2 + 3] - tab[o + 3]) * t : tab[o + 4] + (tab[o2 + 4] - tab[o + 4]) * t;
      // 2-D ellipse distance approximation.
      const lx = px / a, lz = pz / b;
      const k0 = Math.sqrt(lx * lx + lz * lz);
      const k1 = Math.sqrt((lx * lx) / (a * a) + (lz * lz) / (b * b));
      const d2 = k1 < 1e-9 ? -Math.min(a, b) : (k0 * (k0 - 1)) / k1;
      // Rounded caps at the ends.
      const dy = Math.max(y0 - y, y - y1);
      if (dy <= -capR || d2 <= -capR) return Math.max(d2, dy);
      const ex = Math.max(d2 + capR, 0), ey = Math.max(dy + capR, 0);
      return Math.min(Math.max(d2, dy), 0) + Math.hypot(ex, ey) - capR;
    },
    restrict: () => null,
  };
  self.restrict = restrictByBox(self);
  return self;
}

// ---------------------------------------------------------------------------------------------
// Combinators

/** Smooth union of children; each child brings the blend radius it is joined with. */
export function union(children: [Sdf, number][]): Sdf {
  let box = children[0][0].box;
  for (const [c] of children) box = unionBox(box, c.box);
  const n = children.length;
  const fs = children.map((c) => c[0]);
  const ks = children.map((c) => c[1]);
  const self: Sdf = {
    box,
    f(x, y, z) {
      let d = fs[0].f(x, y, z);
      for (let i = 1; i < n; i++) d = smin(d, fs[i].f(x, y, z), ks[i]);
      return d;
    },
    restrict(b, m) {
      const kept: [Sdf, number][] = [];
      for (let i = 0; i < n; i++) {
        const r = fs[i].restrict(b, m + ks[i]);
        if (r) kept.push([r, kept.length === 0 ? 0 : ks[i]]);
      }
      if (kept.length === 0) return null;
      if (kept.length === 1) return kept[0][0];
      return union(kept);
    },
  };
  return self;
}

/** `a` with `b` carved away (smoothly, blend `k`). */
export function subtract(a: Sdf, b: Sdf, k: number): Sdf {
  const self: Sdf = {
    box: a.box,
    f: (x, y, z) => smax(a.f(x, y, z), -b.f(x, y, z), k),
    restrict(box, m) {
      const ra = a.restrict(box, m);
      if (!ra) return null;
      const rb = b.restrict(box, m + k);
      return rb ? subtract(ra, rb, k) : ra;
    },
  };
  return self;
}

/** Smooth intersection. */
export function intersect(a: Sdf, b: Sdf, k: number): Sdf {
  const self: Sdf = {
    box: intersectBox(a.box, b.box),
    f: (x, y, z) => smax(a.f(x, y, z), b.f(x, y, z), k),
    restrict(box, m) {
      const ra = a.restrict(box, m);
      if (!ra) return null;
      const rb = b.restrict(box, m + k);
      return rb ? intersect(ra, rb, k) : null;
    },
  };
  return self;
}

/** Any field given as a function, with a bounding box (used for half-spaces and shells). */
export function custom(box: Box, f: (x: number, y: number, z: number) => number): Sdf {
  const self: Sdf = { box, f, restrict: () => null };
  self.restrict = restrictByBox(self);
  return self;
}

/** Offset (grow if `r` > 0). */
export function offset(a: Sdf, r: number): Sdf {
  const self: Sdf = {
    box: growBox(a.box, r),
    f: (x, y, z) => a.f(x, y, z) - r,
    restrict(box, m) {
      const ra = a.restrict(box, m + r);
      return ra ? offset(ra, r) : null;
    },
  };
  return self;
}

/** A hollow shell of thickness 2 * t around the zero set of `a`, shifted inward by `inset`. */
export function shell(a: Sdf, t: number, inset = 0): Sdf {
  const self: Sdf = {
    box: a.box,
    f: (x, y, z) => Math.abs(a.f(x, y, z) + inset) - t,
    restrict(box, m) {
      const ra = a.restrict(box, m + t + inset);
      return ra ? shell(ra, t, inset) : null;
    },
  };
  return self;
}

/** Half-space `dot(p - o, n) <= 0`, bounded to `box` for culling. */
export function halfSpace(o: Vec3, n: Vec3, box: Box): Sdf {
  const nn = norm(n);
  return custom(box, (x, y, z) => (x - o[0]) * nn[0] + (y - o[1]) * nn[1] + (z - o[2]) * nn[2]);
}

/**
 * A flat band: ellipsoids sampled every `step` metres along a Catmull-Rom path through
 * `[x, y, z, halfWidth, halfThickness]`, the thickness along `normal` (e.g. toward the skin),
 * joined with blend `k`. For tendons and straps that are wide and thin, not round.
 */
export function ribbon(ctrl: number[][], normal: Vec3, step = 0.006, k = 0.004): Sdf {
  let length = 0;
  for (let i = 1; i < ctrl.length; i++) {
    length += Math.hypot(ctrl[i][0] - ctrl[i - 1][0], ctrl[i][1] - ctrl[i - 1][1], ctrl[i][2] - ctrl[i - 1][2]);
  }
  const n = Math.max(2, Math.ceil(length / step) + 1);
  const kids: [Sdf, number][] = [];
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const p = catmull(ctrl, t);
    const q0 = catmull(ctrl, Math.max(0, t - 0.01)), q1 = catmull(ctrl, Math.min(1, t + 0.01));
    const along = norm(sub([q1[0], q1[1], q1[2]], [q0[0], q0[1], q0[2]]));
    const [u, v, w] = frameAlong(along, normal);
    // u: across the band (width), v: along it, w: its thickness (toward `normal`).
    kids.push([ellipsoid([p[0], p[1], p[2]], [p[3], (step * 1.1), p[4]], [u, v, w]), i === 0 ? 0 : k]);
  }
  return union(kids);
}
