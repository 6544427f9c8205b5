// The meshopt decoder from three.js with only its SIMD WebAssembly build; see the .js file.
import type { MeshoptDecoder as ThreeDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
export declare const MeshoptDecoder: typeof ThreeDecoder;
