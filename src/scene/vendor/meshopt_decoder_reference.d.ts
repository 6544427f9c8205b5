// meshoptimizer's pure-JS reference decoder (copied from the meshoptimizer npm package,
// which does not export it). Used only where a CSP forbids compiling WebAssembly.
import type { MeshoptDecoder as WasmDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
export declare const MeshoptDecoder: typeof WasmDecoder;
