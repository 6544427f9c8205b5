import { Color, SRGBColorSpace, type MeshPhongMaterial } from 'three';

/**
 * How the travelling tension is drawn on a part of the body. Intensity reads as intensity: the
 * source takes the full colour and the most glow; further along, the tint and glow fade with the
 * tension, never below FAR_TINT, so the far end stays visible. Colours are mixed as the eye sees
 * them (sRGB). A lit part first fades its own colour to a pale neutral, so the far end reads as a
 * pale tint of the highlight, not as the muscle's red mixed into it (which looks stronger than
 * the source), and pale tissue (the galea, the fasciae) takes as visible a tint as the muscles;
 * lit parts are drawn a little darker, so that surfaces facing the light keep their tint.
 * Guarding muscles (tightening to protect an unstable joint, not tension passed on) take their
 * own colour the same way.
 */

/** The far end of a chain keeps this much of the highlight colour. */
const FAR_TINT = 0.3;
/** How much the highlight glows at full intensity (emissive share). */
const GLOW = 0.16;
/** How much darker a lit part's own colour is drawn. */
const LIT_SHADE = 0.15;
/** The pale neutral (sRGB) a lit part fades its own colour towards, and how far. */
const NEUTRAL = { r: 0.94, g: 0.92, b: 0.89 };
const LIT_NEUTRAL = 0.75;

export const DEFAULT_TENSION_COLOUR = '#ffb020';
export const DEFAULT_GUARDING_COLOUR = '#4f7fd9';

const _from = { r: 0, g: 0, b: 0 };
const _to = { r: 0, g: 0, b: 0 };

/**
 * Colours a part for the tension that reached it: `arrived` rises from 0 to 1 as it arrives,
 * `intensity` is its strength in (0, 1] (0: not reached), `colour` the highlight (or guarding)
 * colour. Allocates nothing: it runs every frame while the wave travels.
 */
export function paintPart(material: MeshPhongMaterial, base: Color, arrived: number, intensity: number, colour: Color): void {
  // (To the power 1.5: the steps between neighbouring stations stay visible in light colours.)
  const mix = arrived * (FAR_TINT + (1 - FAR_TINT) * intensity ** 1.5);
  const shade = 1 - LIT_SHADE * arrived;
  base.getRGB(_from, SRGBColorSpace);
  const pale = arrived * LIT_NEUTRAL;
  _from.r += (NEUTRAL.r - _from.r) * pale;
  _from.g += (NEUTRAL.g - _from.g) * pale;
  _from.b += (NEUTRAL.b - _from.b) * pale;
  colour.getRGB(_to, SRGBColorSpace);
  material.color.setRGB(
    (_from.r + (_to.r - _from.r) * mix) * shade,
    (_from.g + (_to.g - _from.g) * mix) * shade,
    (_from.b + (_to.b - _from.b) * mix) * shade,
    SRGBColorSpace,
  );
  material.emissive.copy(colour).multiplyScalar(arrived * GLOW * intensity);
}

/** A CSS colour as a three.js colour, or null if it is not one. */
export function parseColour(css: string): Color | null {
  if (!css) return null;
  const colour = new Color();
  try {
    colour.setStyle(css);
  } catch {
    return null;
  }
  return colour;
}
