/** The 3D half of the element, loaded on demand (three.js and the model). */
export { BodyScene } from './body-scene.js';
export { SharedRenderer } from './renderer.js';
