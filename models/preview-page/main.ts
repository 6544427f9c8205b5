/**
 * Preview page for models/body.glb, driven by models/preview.ts through the query string:
 * ?view=back|side|front|backline|deep[&model=body-preview.glb]. Sets `window.previewReady` once a frame is drawn.
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

const view = new URLSearchParams(location.search).get('view') ?? 'back';
const W = window.innerWidth, Hh = window.innerHeight;

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(W, Hh);
renderer.toneMapping = THREE.ACESFilmicToneMapping;
renderer.toneMappingExposure = 1.05;
renderer.shadowMap.enabled = true;
renderer.shadowMap.type = THREE.PCFSoftShadowMap;
document.body.appendChild(renderer.domElement);

const scene = new THREE.Scene();
// Soft vertical gradient background.
const bg = document.createElement('canvas');
bg.width = 2; bg.height = 256;
const g = bg.getContext('2d')!;
const grad = g.createLinearGradient(0, 0, 0, 256);
grad.addColorStop(0, '#f4f6f9');
grad.addColorStop(1, '#c9d1db');
g.fillStyle = grad; g.fillRect(0, 0, 2, 256);
const bgTex = new THREE.CanvasTexture(bg);
bgTex.colorSpace = THREE.SRGBColorSpace;
scene.background = bgTex;

scene.add(new THREE.HemisphereLight(0xf2f5ff, 0x8a7f74, 1.6));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
key.castShadow = true;
key.shadow.mapSize.set(2048, 2048);
key.shadow.camera.left = -1.2; key.shadow.camera.right = 1.2; key.shadow.camera.top = 2.2; key.shadow.camera.bottom = -0.5;
key.shadow.bias = -0.0005;
key.shadow.radius = 4;
scene.add(key);
const rim = new THREE.DirectionalLight(0xdde6ff, 0.8);
scene.add(rim);
const ground = new THREE.Mesh(new THREE.PlaneGeometry(8, 8), new THREE.ShadowMaterial({ opacity: 0.18 }));
ground.rotation.x = -Math.PI / 2;
ground.receiveShadow = true;
scene.add(ground);

const camera = new THREE.PerspectiveCamera(24, W / Hh, 0.05, 20);

interface Setup { pos: [number, number, number]; target: [number, number, number]; light: [number, number, number]; }
const SETUPS: Record<string, Setup> = {
  back: { pos: [0.9, 1.25, -4.0], target: [0, 0.86, 0], light: [-1.5, 4, -3] },
  front: { pos: [-0.9, 1.3, 4.0], target: [0, 0.86, 0], light: [1.5, 4, 3] },
  side: { pos: [4.1, 1.2, 0.3], target: [0, 0.86, 0], light: [3, 4, 2] },
  backline: { pos: [0, 1.0, -4.1], target: [0, 0.86, 0], light: [-1.5, 4, -3] },
  deep: { pos: [-0.85, 1.45, 2.45], target: [0, 1.13, 0], light: [1.5, 4, 3] },
  face: { pos: [0.25, 1.62, 0.65], target: [0, 1.58, 0], light: [1.5, 4, 3] },
  heel: { pos: [0.2, 0.25, -0.9], target: [0.05, 0.08, 0], light: [-1.5, 4, -3] },
  head: { pos: [0.3, 1.65, -0.8], target: [0, 1.56, 0], light: [-1.5, 4, -3] },
  neck: { pos: [-0.15, 1.5, 0.6], target: [0, 1.43, 0], light: [1.5, 4, 3] },
  hand: { pos: [0.9, 1.0, 0.6], target: [0.5, 0.82, 0.05], light: [1.5, 4, 3] },
  nerves: { pos: [0.5, 1.0, -4.1], target: [0, 0.8, 0], light: [-1.5, 4, -3] },
  hip: { pos: [0.35, 1.05, -1.45], target: [0.02, 0.9, 0], light: [-1.5, 4, -3] },
  pelvis: { pos: [-0.3, 1.35, 1.2], target: [0, 0.93, 0], light: [1.5, 4, 3] },
  meridian: { pos: [0.6, 1.15, -4.1], target: [0, 0.86, 0], light: [-1.5, 4, -3] },
  thigh: { pos: [-0.7, 1.0, 2.6], target: [0, 0.78, 0], light: [1.5, 4, 3] },
  sole: { pos: [0.35, -0.25, 0.35], target: [0.08, 0.02, 0.02], light: [1.5, 4, 3] },
};
/** Regions drawn in the deep and anterior layers (src/model/atlas.ts). */
const DEEP = new Set(['psoas', 'kidney', 'lumbar-nerves', 'piriformis', 'front-thigh', 'inner-thigh']);
/** The anterior layer: faint in the deep view, as in the element. */
const ANTERIOR = new Set(['front-thigh', 'inner-thigh']);
const setup = SETUPS[view] ?? SETUPS.back;
camera.position.set(...setup.pos);
camera.lookAt(...setup.target);
key.position.set(...setup.light);
rim.position.set(-setup.light[0], 2, -setup.light[2]);

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
loader.load(`/${new URLSearchParams(location.search).get('model') ?? 'body.glb'}`, (gltf) => {
  const root = gltf.scene;
  root.traverse((o) => {
    const m = o as THREE.Mesh;
    if (!m.isMesh) return;
    const ex = m.userData as { region?: string; layer?: string; overlay?: string };
    const matName = (m.material as THREE.Material).name;
    const nerve = matName === 'nerve';
    m.castShadow = true;
    const mat = (m.material as THREE.MeshStandardMaterial).clone();
    m.material = mat;
    const translucent = (opacity: number) => {
      mat.transparent = true; mat.opacity = opacity; mat.depthWrite = false; m.castShadow = false; m.renderOrder = 2;
    };
    if (ex.overlay) {
      // The meridian overlay: only in its own views.
      m.visible = view === 'meridian' || view === 'sole';
      m.castShadow = false;
    } else if (view === 'meridian' || view === 'sole') {
      if (ex.layer !== 'skin') m.visible = false;
    } else if (view === 'backline' || view === 'heel' || view === 'head') {
      if (ex.layer === 'skin') translucent(0.22);
      if (ex.layer === 'skeleton' || (ex.region && DEEP.has(ex.region))) m.visible = false;
    } else if (view === 'nerves' || view === 'hip') {
      if (ex.layer === 'skin') translucent(0.1);
      else if (ex.layer === 'skeleton') translucent(0.3);
      else if (nerve || ex.region === 'piriformis' || ex.region === 'si-joint') { /* opaque */ }
      else translucent(view === 'hip' && ex.region !== 'gluteals' ? 0.3 : 0.13);
    } else if (view === 'deep' || view === 'pelvis' || view === 'thigh') {
      if (ex.layer === 'skin') translucent(0.1);
      else if (ex.layer === 'skeleton' && view !== 'deep') translucent(0.35);
      else if (ex.region && (!DEEP.has(ex.region) || (view === 'deep' && ANTERIOR.has(ex.region)))) translucent(0.16);
    } else if (ex.layer !== 'skin') {
      m.visible = false;
    }
  });
  if (view === 'backline' || view === 'deep' || view === 'heel' || view === 'head') {
    // Anchor markers.
    root.traverse((o) => {
      const a = (o.userData as { anchor?: string }).anchor;
      if (!a) return;
      // Only the anchors that face this view's camera.
      if ((view === 'deep') !== DEEP.has(a)) return;
      const dot = new THREE.Mesh(new THREE.SphereGeometry(0.007, 12, 8), new THREE.MeshBasicMaterial({ color: 0x1565c0 }));
      dot.position.copy(o.position);
      dot.renderOrder = 5;
      scene.add(dot);
    });
  }
  scene.add(root);
  renderer.render(scene, camera);
  (window as unknown as { previewReady: boolean }).previewReady = true;
});
