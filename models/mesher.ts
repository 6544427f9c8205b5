/**
 * Surface nets over a signed distance field, with block culling, vertices snapped onto the
 * surface along the gradient and normals taken from the gradient.
 */
import type { Box, Sdf } from './sdf';

export interface RawMesh {
  positions: Float32Array<ArrayBuffer>;
  normals: Float32Array<ArrayBuffer>;
  indices: Uint32Array<ArrayBuffer>;
}

const B = 8; // cells per block edge

/**
 * Mesh the zero set of `sdf` with cubic voxels of edge `h`. Deterministic: blocks and cells
 * are visited in a fixed order.
 */
export function meshSdf(sdf: Sdf, h: number, clip?: Box): RawMesh {
  const bb = clip ?? sdf.box;
  const o = [bb.min[0] - 2 * h, bb.min[1] - 2 * h, bb.min[2] - 2 * h];
  const n = [0, 1, 2].map((k) => Math.ceil((bb.max[k] - bb.min[k] + 4 * h) / h) + 1);
  const nb = n.map((v) => Math.ceil(v / B));
  const nx = nb[0] * B, ny = nb[1] * B; // global cell grid (padded)
  const cellKey = (i: number, j: number, k: number) => (k * ny + j) * nx + i;

  interface Block { bi: number; bj: number; bk: number; node: Sdf; vals: Float32Array }
  const blocks: Block[] = [];
  const S = B + 1;
  const half = (B * h * Math.sqrt(3)) / 2;
  const margin = 2 * half + 2 * h;

  // Super-blocks of SB^3 blocks restrict the tree once, so per-block restriction is cheap.
  const SB = 4;
  const supers = new Map<number, Sdf | null>();
  const superNode = (bi: number, bj: number, bk: number): Sdf | null => {
    const si = Math.floor(bi / SB), sj = Math.floor(bj / SB), sk = Math.floor(bk / SB);
    const key = (sk * 4096 + sj) * 4096 + si;
    let n = supers.get(key);
    if (n === undefined) {
      const e = SB * B * h;
      const x0 = o[0] + si * e, y0 = o[1] + sj * e, z0 = o[2] + sk * e;
      n = sdf.restrict({ min: [x0, y0, z0], max: [x0 + e, y0 + e, z0 + e] }, margin);
      supers.set(key, n);
    }
    return n;
  };
  // Corner values are shared between neighbouring blocks: each grid point is evaluated once, so
  // a face between two blocks has the same signs on both sides (their restricted trees differ).
  const cornerVals = new Map<number, number>();
  const gridKey = (i: number, j: number, k: number) => (k * (ny + 1) + j) * (nx + 1) + i;
  const evaluate = (bi: number, bj: number, bk: number, node: Sdf): boolean => {
    const x0 = o[0] + bi * B * h, y0 = o[1] + bj * B * h, z0 = o[2] + bk * B * h;
    const vals = new Float32Array(S * S * S);
    let neg = false, pos = false;
    for (let k = 0; k < S; k++) {
      for (let j = 0; j < S; j++) {
        for (let i = 0; i < S; i++) {
          // Only points on the block's faces are shared with neighbours.
          const onFace = i === 0 || j === 0 || k === 0 || i === B || j === B || k === B;
          const key = onFace ? gridKey(bi * B + i, bj * B + j, bk * B + k) : -1;
          let v = onFace ? cornerVals.get(key) : undefined;
          if (v === undefined) {
            v = node.f(x0 + i * h, y0 + j * h, z0 + k * h);
            if (onFace) cornerVals.set(key, v);
          }
          vals[(k * S + j) * S + i] = v;
          if (v < 0) neg = true; else pos = true;
        }
      }
    }
    if (neg && pos) blocks.push({ bi, bj, bk, node, vals });
    return neg && pos;
  };
  const blockKey = (bi: number, bj: number, bk: number) => (bk * nb[1] + bj) * nb[0] + bi;
  /** Blocks skipped by the distance test at their centre, kept in case a neighbour needs them. */
  const skipped = new Map<number, { bi: number; bj: number; bk: number; node: Sdf }>();
  for (let bk = 0; bk < nb[2]; bk++) {
    for (let bj = 0; bj < nb[1]; bj++) {
      for (let bi = 0; bi < nb[0]; bi++) {
        const sup = superNode(bi, bj, bk);
        if (!sup) continue;
        const x0 = o[0] + bi * B * h, y0 = o[1] + bj * B * h, z0 = o[2] + bk * B * h;
        const box: Box = { min: [x0, y0, z0], max: [x0 + B * h, y0 + B * h, z0 + B * h] };
        const node = sup.restrict(box, margin);
        if (!node) continue;
        const c = node.f(x0 + (B * h) / 2, y0 + (B * h) / 2, z0 + (B * h) / 2);
        // Smooth unions deepen the field inside blends by up to k/4 (k up to 5 cm), and the
        // ellipsoid approximation is not exact, hence the larger allowance inside.
        if (c > half * 1.6 + 2 * h + 0.006 || c < -(half * 1.6 + 2 * h + 0.025)) {
          skipped.set(blockKey(bi, bj, bk), { bi, bj, bk, node });
          continue;
        }
        evaluate(bi, bj, bk, node);
      }
    }
  }
  // A skipped block next to a block the surface crosses is evaluated after all (the centre test
  // misjudges where the field is far from a distance): otherwise the surface would have a hole
  // along their shared face. Repeated until no skipped neighbour is crossed.
  for (let q = 0; q < blocks.length; q++) {
    const { bi, bj, bk } = blocks[q];
    for (let dk = -1; dk <= 1; dk++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (let di = -1; di <= 1; di++) {
          const key = blockKey(bi + di, bj + dj, bk + dk);
          const s = skipped.get(key);
          if (!s || bi + di < 0 || bj + dj < 0 || bk + dk < 0 || bi + di >= nb[0] || bj + dj >= nb[1] || bk + dk >= nb[2]) continue;
          skipped.delete(key);
          evaluate(s.bi, s.bj, s.bk, s.node);
        }
      }
    }
  }
  // Blocks in grid order, as before, so that the output does not depend on the order of discovery.
  blocks.sort((p, q) => blockKey(p.bi, p.bj, p.bk) - blockKey(q.bi, q.bj, q.bk));

  // Pass 2: one vertex per cell with a sign change.
  const cellVert = new Map<number, number>();
  const pos: number[] = [];
  const nor: number[] = [];
  const e = h * 0.2;
  const corner = [
    [0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 1], [0, 1, 1], [1, 1, 1],
  ];
  const edges = [
    [0, 1], [2, 3], [4, 5], [6, 7], [0, 2], [1, 3], [4, 6], [5, 7], [0, 4], [1, 5], [2, 6], [3, 7],
  ];
  const cv = new Float64Array(8);
  for (const blk of blocks) {
    const { node, vals } = blk;
    const f = (x: number, y: number, z: number) => node.f(x, y, z);
    for (let k = 0; k < B; k++) {
      for (let j = 0; j < B; j++) {
        for (let i = 0; i < B; i++) {
          let mask = 0;
          for (let c = 0; c < 8; c++) {
            const [ci, cj, ck] = corner[c];
            cv[c] = vals[((k + ck) * S + (j + cj)) * S + (i + ci)];
            if (cv[c] < 0) mask |= 1 << c;
          }
          if (mask === 0 || mask === 255) continue;
          let sx = 0, sy = 0, sz = 0, cnt = 0;
          for (const [a, b] of edges) {
            const va = cv[a], vb = cv[b];
            if (va < 0 === vb < 0) continue;
            const t = va / (va - vb);
            const A = corner[a], Bc = corner[b];
            sx += A[0] + (Bc[0] - A[0]) * t;
            sy += A[1] + (Bc[1] - A[1]) * t;
            sz += A[2] + (Bc[2] - A[2]) * t;
            cnt++;
          }
          const gi = blk.bi * B + i, gj = blk.bj * B + j, gk = blk.bk * B + k;
          let x = o[0] + (gi + sx / cnt) * h, y = o[1] + (gj + sy / cnt) * h, z = o[2] + (gk + sz / cnt) * h;
          const cx = x, cy = y, cz = z;
          // Snap along the gradient (two Newton steps, limited to one voxel).
          let gx = 0, gy = 0, gz = 0;
          for (let it = 0; it < 2; it++) {
            const d = f(x, y, z);
            gx = (f(x + e, y, z) - f(x - e, y, z)) / (2 * e);
            gy = (f(x, y + e, z) - f(x, y - e, z)) / (2 * e);
            gz = (f(x, y, z + e) - f(x, y, z - e)) / (2 * e);
            const g2 = gx * gx + gy * gy + gz * gz;
            if (g2 < 1e-12) break;
            x -= (d * gx) / g2; y -= (d * gy) / g2; z -= (d * gz) / g2;
          }
          const mx = x - cx, my = y - cy, mz = z - cz;
          const ml = Math.hypot(mx, my, mz);
          if (ml > h) {
            x = cx + (mx * h) / ml; y = cy + (my * h) / ml; z = cz + (mz * h) / ml;
          }
          const gl = Math.hypot(gx, gy, gz) || 1;
          cellVert.set(cellKey(gi, gj, gk), pos.length / 3);
          pos.push(x, y, z);
          nor.push(gx / gl, gy / gl, gz / gl);
        }
      }
    }
  }

  // Pass 3: a quad for every grid edge with a sign change.
  const idx: number[] = [];
  const P = pos;
  const quad = (a: number, b: number, c: number, d: number) => {
    // Split along the shorter diagonal.
    const dac = (P[a * 3] - P[c * 3]) ** 2 + (P[a * 3 + 1] - P[c * 3 + 1]) ** 2 + (P[a * 3 + 2] - P[c * 3 + 2]) ** 2;
    const dbd = (P[b * 3] - P[d * 3]) ** 2 + (P[b * 3 + 1] - P[d * 3 + 1]) ** 2 + (P[b * 3 + 2] - P[d * 3 + 2]) ** 2;
    if (dac <= dbd) idx.push(a, b, c, a, c, d);
    else idx.push(a, b, d, b, c, d);
  };
  for (const blk of blocks) {
    const { vals } = blk;
    for (let k = 0; k < B; k++) {
      for (let j = 0; j < B; j++) {
        for (let i = 0; i < B; i++) {
          const v0 = vals[(k * S + j) * S + i];
          const gi = blk.bi * B + i, gj = blk.bj * B + j, gk = blk.bk * B + k;
          for (let axis = 0; axis < 3; axis++) {
            const v1 =
              axis === 0 ? vals[(k * S + j) * S + i + 1] : axis === 1 ? vals[(k * S + j + 1) * S + i] : vals[((k + 1) * S + j) * S + i];
            if (v0 < 0 === v1 < 0) continue;
            // The four cells around this edge, counter-clockwise around the axis.
            let c: number[][];
            if (axis === 0) c = [[gi, gj - 1, gk - 1], [gi, gj, gk - 1], [gi, gj, gk], [gi, gj - 1, gk]];
            else if (axis === 1) c = [[gi - 1, gj, gk - 1], [gi - 1, gj, gk], [gi, gj, gk], [gi, gj, gk - 1]];
            else c = [[gi - 1, gj - 1, gk], [gi, gj - 1, gk], [gi, gj, gk], [gi - 1, gj, gk]];
            const vs: number[] = [];
            for (const [a, b, cc] of c) {
              const vi = cellVert.get(cellKey(a, b, cc));
              if (vi === undefined) break;
              vs.push(vi);
            }
            if (vs.length < 4) continue;
            // Inside -> outside along +axis: the quad faces +axis.
            if (v0 < 0) quad(vs[0], vs[1], vs[2], vs[3]);
            else quad(vs[3], vs[2], vs[1], vs[0]);
          }
        }
      }
    }
  }
  return { positions: new Float32Array(pos), normals: new Float32Array(nor), indices: new Uint32Array(idx) };
}
