/** The 3D half of the element, loaded on demand (three.js and the model). */
export { BodyScene } from './body-scene.js';
export { SharedRenderer } from './renderer.js';
// Ink rides in this chunk: importing three.js from a chunk of its own would split three.js out
// of this one (one more request, after this one, for every page that shows the body).
export { InkLayer } from './ink.js';
