/**
 * The build's trimming of three.js (scripts/trim-three.ts) on the installed three.module.js:
 * the Blinn-Phong program keeps every chunk it includes, other programs' chunks become
 * `#error` lines, features never used become guards, WebXR becomes a stub; and a three.js
 * of another shape fails loudly rather than building something that draws wrongly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { programsUsed, stripShaderChunks, stubParts, stubWebXR } from '../../scripts/trim-three.js';

const THREE = readFileSync(createRequire(import.meta.url).resolve('three').replace(/three\.cjs$/, 'three.module.js'), 'utf8');
const chunk = (code: string, name: string): string => {
  const v = code.match(new RegExp(`^\\t${name}: ([\\w$]+),?$`, 'm'))![1].replace(/\$/g, '\\$');
  return JSON.parse(code.match(new RegExp(`^(?:var|const) ${v} = ("(?:[^"\\\\\\n]|\\\\.)*");$`, 'm'))![1]);
};

test('Blinn-Phong keeps its chunks; the physically based ones are left out with an #error', () => {
  const { code, report } = stripShaderChunks(THREE, ['phong']);
  for (const name of ['meshphong_vert', 'meshphong_frag', 'lights_phong_pars_fragment', 'common', 'colorspace_pars_fragment', 'tonemapping_pars_fragment']) {
    assert.equal(chunk(code, name), chunk(THREE, name), name);
  }
  assert.match(chunk(code, 'meshphysical_frag'), /^#error three\.js shader chunk <meshphysical_frag> was left out/);
  assert.ok(report.stripped.includes('lights_physical_pars_fragment'));
  // A feature never used keeps its condition around the #error.
  assert.match(chunk(code, 'skinning_vertex'), /^#ifdef USE_SKINNING\n#error .*\n#endif$/);
  assert.ok(report.after < report.before / 2, `${report.after} of ${report.before}`);
});

test('every #include of a kept program resolves to a chunk that is not an #error', () => {
  const { code } = stripShaderChunks(THREE, ['phong', 'basic']);
  const resolve = (name: string, seen = new Set<string>()): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const text = chunk(code, name);
    assert.ok(!/^#error/.test(text), `${name} is left out`);
    for (const m of text.matchAll(/^[ \t]*#include +<([\w\d./]+)>/gm)) resolve(m[1], seen);
  };
  for (const p of ['meshphong_vert', 'meshphong_frag', 'meshbasic_vert', 'meshbasic_frag']) resolve(p);
});

test('a three.js of another shape fails the build', () => {
  assert.throws(() => stripShaderChunks(THREE.replace('const ShaderChunk = {', 'const ShaderChunks = {')), /no `const ShaderChunk/);
  assert.throws(() => stripShaderChunks(THREE.replace('function includeReplacer( match, include ) {', 'function includeReplacer( match, include ) {\nShaderChunk[ include + 1 ];')), /computed ShaderChunk/);
  assert.throws(() => stripShaderChunks(THREE, ['nonsense']), /unknown program/);
  assert.throws(() => stubWebXR(THREE.replace('xr.isPresenting', 'xr.isPresentingNow')), /xr\.isPresentingNow/);
  assert.throws(() => stubWebXR(THREE.replace('class WebXRManager extends EventDispatcher {', 'class WebXRManager2 extends EventDispatcher {')), /WebXR/);
});

test('WebXR becomes a stub with what the renderer reads', () => {
  const code = stubWebXR(THREE);
  assert.ok(!code.includes('class WebXRDepthSensing'));
  assert.match(code, /class WebXRManager extends EventDispatcher \{\nconstructor\(\) \{ super\(\); this\.enabled = false;/);
  assert.ok(code.length < THREE.length - 20000);
});

test('the shadow map, environments, morph targets, uniform groups and the output pass become stand-ins that throw when used', () => {
  const code = stubParts(THREE);
  assert.match(code, /function WebGLShadowMap\(\) \{\nthis\.enabled = false;/);
  assert.match(code, /class PMREMGenerator \{\nconstructor\(\) \{ throw /);
  assert.match(code, /function WebGLTextures\(\) \{\nconst no = /);
  assert.match(code, /function WebGLEnvironments\(\) \{\nreturn \{ get\( texture \) \{ if \( texture === null \|\| texture === undefined \) return null; throw /);
  assert.ok(code.length < THREE.length - 30000, `${THREE.length} → ${code.length}`);
  assert.throws(() => stubParts(THREE.replace('shadowMap.needsUpdate', 'shadowMap.needsRedraw')), /WebGLShadowMap: the renderer uses \.needsRedraw/);
  assert.throws(() => stubParts(THREE.replace('function WebGLMorphtargets( gl, capabilities, textures ) {', 'function WebGLMorphtargets( gl, capabilities ) {')), /WebGLMorphtargets: its declaration/);
});

test('the source draws with Blinn-Phong (and whatever else it constructs)', () => {
  const used = programsUsed(process.cwd());
  assert.ok(used.programs.includes('phong'));
  assert.ok(!used.programs.includes('physical'), used.why.join('; '));
});
