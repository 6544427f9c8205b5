// Init script injected into every benchmark page, for <body-chain> and <model-viewer> alike.
// It counts WebGL draw calls and triangles (per frame, bucketed by requestAnimationFrame) and
// WebGL contexts (created, lost). Plain JS: it is passed as a string to addInitScript.
(() => {
  const bench = (window.__bench = {
    calls: 0,
    triangles: 0,
    frames: [], // { calls, triangles } per animation frame that drew something
    recording: false,
    contexts: [], // WeakRefs to every WebGL context handed out (weak: the bench must not keep them alive)
    created: 0,
    contextsLost: 0,
  });
  const TRIANGLES = 4, STRIP = 5, FAN = 6;
  const tris = (mode, count, instances = 1) =>
    (mode === TRIANGLES ? Math.floor(count / 3) : mode === STRIP || mode === FAN ? Math.max(0, count - 2) : 0) * instances;
  const wrap = (proto, name, count) => {
    const original = proto && proto[name];
    if (!original) return;
    proto[name] = function (...args) {
      bench.calls++;
      bench.triangles += count(args);
      return original.apply(this, args);
    };
  };
  for (const proto of [self.WebGLRenderingContext?.prototype, self.WebGL2RenderingContext?.prototype]) {
    wrap(proto, 'drawArrays', ([mode, , count]) => tris(mode, count));
    wrap(proto, 'drawElements', ([mode, count]) => tris(mode, count));
    wrap(proto, 'drawArraysInstanced', ([mode, , count, n]) => tris(mode, count, n));
    wrap(proto, 'drawElementsInstanced', ([mode, count, , , n]) => tris(mode, count, n));
    wrap(proto, 'drawRangeElements', ([mode, , , count]) => tris(mode, count));
  }
  // ANGLE_instanced_arrays (WebGL1) and WEBGL_multi_draw are not used by three r187 here.

  // Where first-frame time goes: creating WebGL contexts, and waiting for shader compilation
  // (three reads link status and info logs, which blocks until the GPU process has compiled).
  bench.getContextMs = 0;
  bench.shaderWaitMs = 0;
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const webgl = /^(webgl2?|experimental-webgl)$/.test(type);
    const t0 = webgl ? performance.now() : 0;
    const ctx = getContext.call(this, type, ...rest);
    if (ctx && webgl && !bench.contexts.some((r) => r.deref() === ctx)) {
      bench.getContextMs += performance.now() - t0;
      bench.firstContextAt ??= t0;
      bench.created++;
      bench.contexts.push(new WeakRef(ctx));
      this.addEventListener('webglcontextlost', () => bench.contextsLost++);
    }
    return ctx;
  };
  for (const proto of [self.WebGLRenderingContext?.prototype, self.WebGL2RenderingContext?.prototype]) {
    for (const name of ['getProgramParameter', 'getShaderParameter', 'getProgramInfoLog', 'getShaderInfoLog']) {
      const original = proto && proto[name];
      if (!original) continue;
      proto[name] = function (...args) {
        const t0 = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          bench.shaderWaitMs += performance.now() - t0;
        }
      };
    }
  }
  // Alive: neither lost nor garbage-collected.
  bench.contextStats = () => ({
    created: bench.created,
    lostEvents: bench.contextsLost,
    alive: bench.contexts.filter((r) => r.deref() && !r.deref().isContextLost()).length,
  });

  // Per-frame buckets: everything drawn between two rAF callbacks of this loop is one frame.
  const tick = () => {
    if (!bench.recording) return;
    if (bench.calls > 0) bench.frames.push({ calls: bench.calls, triangles: bench.triangles });
    bench.calls = 0;
    bench.triangles = 0;
    requestAnimationFrame(tick);
  };
  bench.start = () => {
    bench.frames = [];
    bench.calls = 0;
    bench.triangles = 0;
    bench.rafs = 0;
    bench.recording = true;
    const count = () => {
      if (!bench.recording) return;
      bench.rafs++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(tick);
    requestAnimationFrame(count);
  };
  bench.stop = () => {
    bench.recording = false;
    if (bench.calls > 0) bench.frames.push({ calls: bench.calls, triangles: bench.triangles });
    return { frames: bench.frames, rafs: bench.rafs };
  };

  // Time of the component's first `load` event (performance.now() is measured from navigation
  // start): ours fires one for its light preview model first (detail.preview), then one for the
  // full body; `loads` counts the full ones, `fullLoad` is the time of the first full one.
  const snapshot = () => ({
    getContextMs: bench.getContextMs,
    shaderWaitMs: bench.shaderWaitMs,
    firstContextAt: bench.firstContextAt,
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: r.name.split('/').pop(),
      start: Math.round(r.startTime),
      end: Math.round(r.responseEnd),
      bytes: r.transferSize,
    })),
  });
  document.addEventListener(
    'load',
    (e) => {
      const t = e.target;
      if (!t || (t.localName !== 'body-chain' && t.localName !== 'model-viewer')) return;
      const now = performance.now();
      const preview = Boolean(e.detail && e.detail.preview);
      if (bench.firstLoad === undefined) {
        bench.firstLoad = now;
        bench.firstLoadPreview = preview;
        bench.atFirstLoad = snapshot();
      }
      if (preview) return;
      bench.loads = (bench.loads ?? 0) + 1;
      if (bench.fullLoad === undefined) {
        bench.fullLoad = now;
        bench.atFullLoad = snapshot();
      }
    },
    true,
  );
})();
