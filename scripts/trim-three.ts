/**
 * A build plugin that leaves out of the 3D chunk what of three.js the element never runs: the
 * shader source of materials and features it never compiles, and WebXR. First, the shaders. three's WebGLRenderer carries the GLSL of every built-in material (ShaderChunk, about
 * 26 KB gzip); the element draws with MeshPhongMaterial only, with no shadows, environment maps,
 * skinning, morphs, batching, clipping planes or light probe grids.
 *
 * What it does to `three/build/three.module.js`, from three's own sources, at build time:
 * 1. Programs kept: the vertex and fragment chunks of the programs whose material classes the
 *    source constructs (`new MeshBasicMaterial(` in src/ keeps `basic`; MeshPhong always), every chunk the
 *    renderer names itself (`ShaderChunk[ 'colorspace_pars_fragment' ]`), and everything they
 *    `#include`, transitively. Every other chunk becomes one `#error` line naming it: a material
 *    that needs it fails to compile with that message (three prints it), never draws wrongly.
 * 2. Features never used: a kept chunk made only of `#if` blocks whose conditions name only
 *    macros of NEVER_DEFINED becomes those `#if`s around an `#error`: the same code where the
 *    condition is false (always, for us), and a compile error naming it where it is true.
 *
 * It fails the build, loudly, when three's file is not shaped as expected (no ShaderChunk table,
 * a chunk that is not a plain string, a chunk used outside the table, an unresolved `#include`,
 * another dynamic lookup than the include resolver), or when three.module.js was never seen.
 * A material made some other way than `new XMaterial(` in src/ (cloned from a model, say) would
 * not be seen: its draw fails with the `#error` above, in the console and in the browser tests.
 *
 * Third, the shadow map, environment maps (PMREMGenerator, cube maps), morph targets, uniform
 * buffer objects, the output pass, textures and render targets (STUBS below). Second, WebXR (about 4 KB gzip with
 * the controller and depth-sensing classes it pulls in):
 * the element never presents in a headset. WebXRManager becomes a stub with what the renderer
 * reads of it when no session runs; starting a session throws. The build fails if the renderer
 * uses a member of `xr` the stub lacks, or the classes are not where they were.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * ShaderLib programs always kept (the body's). Others are kept when src/ constructs their
 * material class (programsUsed), so a new feature's material works without editing this file.
 */
export const KEPT_PROGRAMS = ['phong'];

/** Material classes → the program they compile (three's WebGLPrograms.shaderIDs). */
const PROGRAM_OF: Record<string, string> = {
  MeshBasicMaterial: 'basic',
  LineBasicMaterial: 'basic',
  MeshLambertMaterial: 'lambert',
  MeshPhongMaterial: 'phong',
  MeshStandardMaterial: 'physical',
  MeshPhysicalMaterial: 'physical',
  MeshToonMaterial: 'toon',
  MeshMatcapMaterial: 'matcap',
  MeshNormalMaterial: 'normal',
  MeshDepthMaterial: 'depth',
  MeshDistanceMaterial: 'distance',
  PointsMaterial: 'points',
  LineDashedMaterial: 'dashed',
  SpriteMaterial: 'sprite',
  ShadowMaterial: 'shadow',
  ShaderMaterial: '*',
  RawShaderMaterial: '*',
};
/** ShaderLib program → its chunk prefix. */
const CHUNK_OF: Record<string, string> = { basic: 'meshbasic', lambert: 'meshlambert', phong: 'meshphong', physical: 'meshphysical', toon: 'meshtoon', matcap: 'meshmatcap', normal: 'meshnormal', depth: 'depth', distance: 'distance', points: 'points', dashed: 'linedashed', sprite: 'sprite', shadow: 'shadow' };

/**
 * Materials the source constructs but never draws, with the reason. The GLB reader makes
 * MeshStandardMaterial as three's GLTFLoader does (test/node/glb-reader.test.ts compares the
 * two); the model cache turns each into a MeshPhongMaterial before a scene sees it (toPhong).
 */
const NEVER_DRAWN: Record<string, string> = { 'src/scene/load-model.ts': 'MeshStandardMaterial' };

/** Macros the element's programs never define (no shadows, env maps, skinning, morphs, …). */
const NEVER_DEFINED = new Set([
  'USE_SHADOWMAP', 'NUM_SPOT_LIGHT_COORDS', 'NUM_DIR_LIGHT_SHADOWS', 'NUM_SUN_LIGHT_SHADOWS', 'NUM_POINT_LIGHT_SHADOWS', 'NUM_SPOT_LIGHT_SHADOWS',
  'NUM_SPOT_LIGHT_MAPS', 'NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS', 'USE_ENVMAP', 'ENVMAP_TYPE_CUBE_UV', 'USE_SKINNING', 'USE_MORPHTARGETS', 'USE_MORPHNORMALS', 'USE_MORPHCOLORS',
  'USE_INSTANCING_MORPH', 'USE_BATCHING', 'USE_BATCHING_COLOR', 'USE_ALPHAHASH', 'NUM_LIGHT_PROBE_GRIDS', 'NUM_CLIPPING_PLANES', 'USE_TRANSMISSION', 'DISTANCE',
]);

const THREE_MODULE = /[\\/]node_modules[\\/]three[\\/]build[\\/]three\.module\.js$/;
const STRING = /"(?:[^"\\\n]|\\.)*"/.source;
const INCLUDE = /^[ \t]*#include +<([\w\d./]+)>/gm;

export interface StripReport {
  chunks: number;
  stripped: string[];
  guarded: string[];
  before: number;
  after: number;
}

/** Rewrites three.module.js's source; throws when its shape is not the expected one. */
export function stripShaderChunks(code: string, programs = KEPT_PROGRAMS, includes: string[] = []): { code: string; report: StripReport } {
  const fail = (why: string): never => {
    throw new Error(`trim-three: ${why}. three.js's build changed shape; update scripts/trim-three.ts (or remove the plugin from vite.config.ts).`);
  };
  const table = code.match(/^const ShaderChunk = \{\n([\s\S]*?)\n\};$/m) ?? fail('no `const ShaderChunk = { … };` table');
  const chunkVar = new Map<string, string>();
  for (const line of table[1].split('\n')) {
    if (!line.trim()) continue;
    const m = line.match(/^\t(\w+): ([\w$]+),?$/) ?? fail(`unexpected ShaderChunk entry ${JSON.stringify(line)}`);
    chunkVar.set(m[1], m[2]);
  }
  if (chunkVar.size < 100) fail(`only ${chunkVar.size} shader chunks`);

  // Each chunk's declaration: a top-level string constant used nowhere but in the table (as a
  // value: `alphahash_fragment: alphahash_fragment` names it once as a key).
  const decl = new Map<string, { start: number; end: number; text: string }>();
  // (Identifiers are counted in the code without its strings and comments: GLSL names them too.)
  const bare = code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  for (const [name, v] of chunkVar) {
    const esc = v.replace(/\$/g, '\\$');
    const all = [...bare.matchAll(new RegExp(`(?<![\\w$.])${esc}(?![\\w$]|\\s*:)`, 'g'))];
    const m = code.match(new RegExp(`^(?:var|const) ${esc} = (${STRING});$`, 'm')) ?? fail(`chunk ${name} (${v}) is not a plain string constant`);
    if (all.length !== 2) fail(`chunk ${name} (${v}) is used ${all.length - 2} times outside the ShaderChunk table`);
    const start = m.index! + m[0].indexOf(' = ') + 3;
    decl.set(name, { start, end: start + m[1].length, text: JSON.parse(m[1]) as string });
  }

  // Chunks the renderer looks up by name; the only computed lookup allowed is the include resolver.
  const roots = new Set<string>();
  for (const m of code.matchAll(/ShaderChunk\[\s*([^\]]+?)\s*\]/g)) {
    const key = m[1].match(/^'(\w+)'$|^"(\w+)"$/);
    if (key) roots.add(key[1] ?? key[2]);
    else if (m[1] !== 'include') fail(`a computed ShaderChunk[ ${m[1]} ] lookup`);
  }
  for (const m of code.matchAll(/ShaderChunk\.(\w+)/g)) if (!decl.has(m[1])) fail(`ShaderChunk.${m[1]} is not in the table`);
  for (const p of programs) {
    const prefix = CHUNK_OF[p] ?? fail(`unknown program ${p}`);
    for (const end of ['_vert', '_frag']) {
      if (!decl.has(prefix + end)) fail(`no chunk ${prefix + end}`);
      roots.add(prefix + end);
    }
  }
  const kept = new Set<string>();
  const keep = (name: string, from: string) => {
    if (kept.has(name)) return;
    if (!decl.has(name)) fail(`#include <${name}> in ${from} does not resolve`);
    kept.add(name);
    for (const m of decl.get(name)!.text.matchAll(INCLUDE)) keep(m[1], name);
  };
  for (const r of roots) keep(r, 'the renderer');
  for (const r of includes) keep(r, 'custom GLSL in src/');

  const edits: { start: number; end: number; text: string }[] = [];
  const report: StripReport = { chunks: decl.size, stripped: [], guarded: [], before: 0, after: 0 };
  for (const [name, d] of decl) {
    report.before += d.text.length;
    let text = d.text;
    if (!kept.has(name)) {
      text = `#error three.js shader chunk <${name}> was left out of body-chain's build (scripts/trim-three.ts)`;
      report.stripped.push(name);
    } else {
      const openers = neverBlocks(d.text);
      if (openers) {
        text = openers.map((o) => `${o}\n#error three.js shader chunk <${name}> was left out of body-chain's build (scripts/trim-three.ts)\n#endif`).join('\n');
        report.guarded.push(name);
      }
    }
    report.after += text.length;
    if (text !== d.text) edits.push({ start: d.start, end: d.end, text: JSON.stringify(text) });
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, report };
}

/**
 * The opening lines of the chunk's `#if` blocks when the whole chunk is a sequence of such
 * blocks (nothing outside them, no `#else` or `#elif` at their level) and each condition names
 * only NEVER_DEFINED macros; otherwise null.
 */
function neverBlocks(text: string): string[] | null {
  const openers: string[] = [];
  let depth = 0;
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (/^#if/.test(l)) {
      if (depth === 0) {
        if (/^#ifndef\b/.test(l)) return null;
        const macros = (l.replace(/^#if(def)?/, '').match(/[A-Za-z_]\w*/g) ?? []).filter((n) => n !== 'defined');
        if (!macros.length || !macros.every((n) => NEVER_DEFINED.has(n))) return null;
        openers.push(l);
      }
      depth++;
    } else if (/^#endif\b/.test(l)) {
      if (--depth < 0) return null;
    } else if (depth === 1 && /^#(else|elif)\b/.test(l)) return null;
    else if (depth === 0 && l) return null;
  }
  return depth === 0 && openers.length ? openers : null;
}

/** What the renderer may read of its `xr` while no session runs: the stub below has each. */
const XR_STUB_MEMBERS = ['enabled', 'isPresenting', 'cameraAutoUpdate', 'addEventListener', 'removeEventListener', 'setAnimationLoop', 'dispose', 'getEnvironmentBlendMode', 'hasDepthSensing', 'getDepthSensingMesh', 'updateCamera', 'getCamera', 'setSession', 'getSession'];
const XR_STUB = `class WebXRManager extends EventDispatcher {
constructor() { super(); this.enabled = false; this.isPresenting = false; this.cameraAutoUpdate = true; }
setAnimationLoop() {}
dispose() {}
getEnvironmentBlendMode() { return undefined; }
hasDepthSensing() { return false; }
getDepthSensingMesh() { return null; }
updateCamera() {}
getCamera() { throw new Error(XR_LEFT_OUT); }
setSession() { return Promise.reject(new Error(XR_LEFT_OUT)); }
getSession() { return null; }
}
const XR_LEFT_OUT = "WebXR is left out of body-chain's build (scripts/trim-three.ts)";
`;

/** Replaces WebXRManager (and the depth-sensing class only it uses) with XR_STUB. */
export function stubWebXR(code: string): string {
  const fail = (why: string): never => {
    throw new Error(`trim-three: ${why}. three.js's WebXR code changed shape; update stubWebXR in scripts/trim-three.ts.`);
  };
  const start = code.search(/^const _occlusion_vertex = `/m);
  const manager = code.search(/^class WebXRManager extends EventDispatcher \{$/m);
  if (start < 0 || manager < start) fail('no _occlusion_vertex followed by class WebXRManager');
  const next = code.slice(manager + 1).search(/^(?:class|function|const|let|var) /m);
  if (next < 0) fail('nothing after WebXRManager');
  const end = manager + 1 + next;
  const region = code.slice(start, end);
  const names = [...region.matchAll(/^(?:class|function|const|let|var) ([\w$]+)/gm)].map((m) => m[1]);
  const expected = ['_occlusion_vertex', '_occlusion_fragment', 'WebXRDepthSensing', 'WebXRManager'];
  if (names.join() !== expected.join()) fail(`the WebXR section declares ${names.join(', ')}`);
  const rest = code.slice(0, start) + code.slice(end);
  for (const n of expected.slice(0, 3)) if (new RegExp(`(?<![\\w$])${n}(?![\\w$])`).test(rest)) fail(`${n} is used outside the WebXR section`);
  if ((rest.match(/new WebXRManager\(/g) ?? []).length !== 1) fail('WebXRManager is not made exactly once');
  for (const m of rest.matchAll(/\bxr\.(\w+)/g)) if (!XR_STUB_MEMBERS.includes(m[1])) fail(`the renderer uses xr.${m[1]}, which the stub lacks`);
  return code.slice(0, start) + XR_STUB + code.slice(end);
}

/**
 * Renderer parts the element never uses, each replaced by a small stand-in that does what the
 * renderer asks of it when the feature is off, and throws if the feature is ever asked for
 * (their helpers and shaders, then unused, are dropped by the bundler): the shadow map (no
 * light casts shadows), PMREMGenerator and the environments (no environment map, no texture
 * background), morph targets, uniform buffer objects, the output pass (8-bit output only),
 * textures and render targets (the body's materials are plain colours, drawn to the canvas). `uses` lists each member the
 * renderer may touch; the build fails if it touches another, or the declaration moved.
 */
const STUBS: { header: RegExp; name: string; stub: string; access?: RegExp; uses?: string[] }[] = [
  {
    name: 'WebGLShadowMap',
    header: /^function WebGLShadowMap\( renderer, objects, capabilities \) \{$/m,
    stub: `function WebGLShadowMap() {
this.enabled = false; this.autoUpdate = true; this.needsUpdate = false; this.type = PCFShadowMap;
this.render = function () { if ( this.enabled ) throw new Error( "Shadows are left out of body-chain's build (scripts/trim-three.ts)" ); };
}
`,
    access: /\bshadowMap\.(\w+)/g,
    uses: ['enabled', 'autoUpdate', 'needsUpdate', 'type', 'render'],
  },
  {
    name: 'PMREMGenerator',
    header: /^class PMREMGenerator \{$/m,
    stub: `class PMREMGenerator {
constructor() { throw new Error( "Environment maps (PMREMGenerator) are left out of body-chain's build (scripts/trim-three.ts)" ); }
static lodToRoughness() { throw new Error( "Environment maps (PMREMGenerator) are left out of body-chain's build (scripts/trim-three.ts)" ); }
}
`,
    access: /\bPMREMGenerator\.(\w+)/g,
    uses: ['lodToRoughness'],
  },
  {
    // (With it go WebGLCubeRenderTarget, the cube-map and equirect materials and CubeCamera.)
    name: 'WebGLEnvironments',
    header: /^function WebGLEnvironments\( renderer \) \{$/m,
    stub: `function WebGLEnvironments() {
return { get( texture ) { if ( texture === null || texture === undefined ) return null; throw new Error( "Environment maps and texture backgrounds are left out of body-chain's build (scripts/trim-three.ts)" ); }, dispose() {} };
}
`,
    access: /\benvironments\.(\w+)/g,
    uses: ['get', 'dispose'],
  },
  {
    name: 'WebGLMorphtargets',
    header: /^function WebGLMorphtargets\( gl, capabilities, textures \) \{$/m,
    stub: `function WebGLMorphtargets() {
return { update() { throw new Error( "Morph targets are left out of body-chain's build (scripts/trim-three.ts)" ); } };
}
`,
    access: /\bmorphtargets\.(\w+)/g,
    uses: ['update'],
  },
  {
    name: 'WebGLUniformsGroups',
    header: /^function WebGLUniformsGroups\( gl, info, capabilities, state \) \{$/m,
    stub: `function WebGLUniformsGroups() {
const no = () => { throw new Error( "Uniform buffer objects (uniformsGroups) are left out of body-chain's build (scripts/trim-three.ts)" ); };
return { bind: no, update: no, dispose() {} };
}
`,
    access: /\buniformsGroups\.(\w+)/g,
    uses: ['bind', 'update', 'dispose'],
  },
  {
    // Made only for an output buffer other than 8-bit (the renderer's outputBufferType option).
    name: 'WebGLOutput',
    header: /^function WebGLOutput\( type, width, height, antialias, depth, stencil \) \{$/m,
    stub: `function WebGLOutput() {
throw new Error( "WebGLRenderer's output buffer types and effects are left out of body-chain's build (scripts/trim-three.ts)" );
}
`,
  },
  {
    // No texture and no render target: the body's materials are plain colours, drawn to the
    // canvas. (Texture units are still counted, as the renderer resets and reads them.)
    name: 'WebGLTextures',
    header: /^function WebGLTextures\( _gl, extensions, state, properties, capabilities, utils, info \) \{$/m,
    stub: `function WebGLTextures() {
const no = () => { throw new Error( "Textures and render targets are left out of body-chain's build (scripts/trim-three.ts)" ); };
let units = 0;
return {
allocateTextureUnit() { return units ++; }, resetTextureUnits() { units = 0; }, getTextureUnits() { return units; }, setTextureUnits( n ) { units = n; },
setTexture2D: no, setTexture2DArray: no, setTexture3D: no, setTextureCube: no, rebindTextures: no,
setupRenderTarget: no, updateRenderTargetMipmap: no, updateMultisampleRenderTarget: no, setupDepthRenderbuffer: no,
useMultisampledRTT() { return false; }, dispose() {}
};
}
`,
    access: /\btextures\.(\w+)/g,
    uses: ['allocateTextureUnit', 'resetTextureUnits', 'getTextureUnits', 'setTextureUnits', 'setTexture2D', 'setTexture2DArray', 'setTexture3D', 'setTextureCube', 'rebindTextures', 'setupRenderTarget', 'updateRenderTargetMipmap', 'updateMultisampleRenderTarget', 'setupDepthRenderbuffer', 'useMultisampledRTT', 'dispose', 'length'],
  },
];

/** Replaces each of STUBS' declarations (up to the next top-level declaration) by its stand-in. */
export function stubParts(code: string): string {
  for (const { name, header, stub, access, uses } of STUBS) {
    const fail = (why: string): never => {
      throw new Error(`trim-three: ${name}: ${why}. three.js changed shape; update STUBS in scripts/trim-three.ts.`);
    };
    const start = code.search(header);
    if (start < 0) fail('its declaration is not where it was');
    const next = code.slice(start + 1).search(/^(?:class|function|const|let|var) /m);
    if (next < 0) fail('nothing follows it');
    const end = start + 1 + next;
    const rest = code.slice(0, start) + code.slice(end);
    if (access) for (const m of rest.matchAll(access)) if (!uses!.includes(m[1])) fail(`the renderer uses .${m[1]}, which the stand-in lacks`);
    code = code.slice(0, start) + stub + code.slice(end);
  }
  return code;
}

/** Material classes the source constructs (`new XMaterial(`), by file. */
function materialsMade(dir: string, root: string, out: { file: string; material: string }[] = []): { file: string; material: string }[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) materialsMade(path, root, out);
    else if (/\.(ts|js)$/.test(entry) && !/\.d\.ts$/.test(entry)) {
      for (const m of readFileSync(path, 'utf8').matchAll(/new\s+(\w*Material)\s*\(/g)) out.push({ file: relative(root, path).replace(/\\/g, '/'), material: m[1] });
    }
  }
  return out;
}

/**
 * The programs the source can draw with: one per material class it constructs (MeshPhong at
 * least), and the `#include`s of any custom GLSL (ShaderMaterial) in the same files.
 */
export function programsUsed(root: string): { programs: string[]; includes: string[]; why: string[] } {
  const programs = new Set(KEPT_PROGRAMS);
  const includes = new Set<string>();
  const why: string[] = [];
  for (const { file, material } of materialsMade(join(root, 'src'), root)) {
    const program = PROGRAM_OF[material];
    if (!program || NEVER_DRAWN[file] === material) continue;
    if (program === '*') {
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(INCLUDE)) includes.add(m[1]);
    } else programs.add(program);
    why.push(`${file}: ${material}`);
  }
  return { programs: [...programs], includes: [...includes], why };
}

/** The vite/rollup plugin (build only). */
export function trimThree(options: { root?: string } = {}): Plugin {
  const root = options.root ?? process.cwd();
  let used: ReturnType<typeof programsUsed> | undefined;
  let seen = false;
  return {
    name: 'body-chain:trim-three',
    apply: 'build',
    buildStart() {
      used = programsUsed(root);
    },
    transform(code, id) {
      if (!THREE_MODULE.test(id)) return null;
      seen = true;
      used ??= programsUsed(root);
      const { code: stripped, report } = stripShaderChunks(code, used.programs, used.includes);
      const out = stubParts(stubWebXR(stripped));
      this.info?.(
        `three.js shader chunks: programs ${used.programs.join(', ')}; ${report.stripped.length} of ${report.chunks} chunks left out, ${report.guarded.length} reduced to guards; GLSL ${report.before} → ${report.after} characters`,
      );
      return { code: out, map: null };
    },
    buildEnd(error) {
      if (!error && !seen) throw new Error('trim-three: three/build/three.module.js was never loaded; three.js moved its renderer. Update scripts/trim-three.ts.');
    },
  };
}
