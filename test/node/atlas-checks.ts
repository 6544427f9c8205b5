/**
 * Checks of everything that must follow the atlas (src/model/atlas.ts): the atlas itself, the
 * default texts, the content schema's keys, the generator's parts and anchors, and the
 * generated GLB's node extras. Each returns a list of problems, each saying what to add
 * where, so that a test can show them all at once. They take the atlas as an argument, so
 * that a fixture atlas (a chain added in a test) is checked the same way.
 */
import type { Atlas } from '../../src/model/atlas.js';

const q = (s: string) => `'${s}'`;

/** The atlas on its own: ids, stations, links, layers and views fit together. */
export function atlasProblems(atlas: Atlas): string[] {
  const out: string[] = [];
  const where = 'in src/model/atlas.ts';
  const layers = Object.keys(atlas.layers);
  const views = Object.keys(atlas.views);
  const regions = Object.keys(atlas.regions);
  for (const [id, layer] of Object.entries(atlas.layers)) {
    if (!views.includes(layer.view)) out.push(`layer ${q(id)} names view ${q(layer.view)}, which is not in VIEW_LAYERS ${where}`);
  }
  for (const [id, view] of Object.entries(atlas.views)) {
    for (const layer of layers) {
      const o = view.opacity[layer];
      if (typeof o !== 'number' || o < 0 || o > 1) out.push(`view ${q(id)} has no opacity in [0, 1] for layer ${q(layer)}: add it to VIEW_LAYERS.${id}.opacity ${where}`);
    }
    for (const layer of Object.keys(view.opacity)) {
      if (!layers.includes(layer)) out.push(`view ${q(id)} sets the opacity of ${q(layer)}, which is not a layer: add it to LAYERS ${where}`);
    }
  }
  const onChain = new Set<string>();
  const chainIds = new Set<string>();
  for (const chain of atlas.chains) {
    if (chainIds.has(chain.id)) out.push(`chain ${q(chain.id)} is listed twice ${where}`);
    chainIds.add(chain.id);
    if (chain.stations.length < 2) out.push(`chain ${q(chain.id)} needs at least two stations ${where}`);
    if (new Set(chain.stations).size !== chain.stations.length) out.push(`chain ${q(chain.id)} lists a station twice ${where}`);
    for (const r of chain.stations) {
      onChain.add(r);
      if (!regions.includes(r)) out.push(`chain ${q(chain.id)} has station ${q(r)}, which is not a region: add REGIONS[${q(r)}] ${where}`);
    }
  }
  for (const [id, spec] of Object.entries(atlas.regions)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) out.push(`region id ${q(id)} is not lower-case words joined by '-'`);
    const layer = atlas.layers[spec.layer];
    if (!layer) out.push(`region ${q(id)} is in layer ${q(spec.layer)}, which is not in LAYERS ${where}`);
    else if (!layer.regions) out.push(`region ${q(id)} is in layer ${q(spec.layer)}, which holds no regions (skin and skeleton are context) ${where}`);
    if (spec.view && !views.includes(spec.view)) out.push(`region ${q(id)} names view ${q(spec.view)}, which is not in VIEW_LAYERS ${where}`);
    if (!onChain.has(id) && !spec.overlay) out.push(`region ${q(id)} is on no chain: add it to a chain's stations ${where}`);
    if ((spec.kind === 'point') !== Boolean(spec.overlay)) out.push(`region ${q(id)}: points, and only points, belong to an overlay ${where}`);
    if (spec.overlay) {
      const overlay = atlas.overlays?.find((o) => o.id === spec.overlay);
      if (!overlay) out.push(`point ${q(id)} belongs to overlay ${q(spec.overlay)}, which is not in OVERLAYS ${where}`);
      else if (overlay.layer !== spec.layer) out.push(`point ${q(id)} is in layer ${q(spec.layer)}, not its overlay's layer ${q(overlay.layer)} ${where}`);
      const chain = overlay && atlas.chains.find((c) => c.id === overlay.chain);
      if (!spec.station || !chain?.stations.includes(spec.station)) out.push(`point ${q(id)} must name the station of ${q(overlay?.chain ?? '?')} it lies on (station) ${where}`);
      if (onChain.has(id)) out.push(`point ${q(id)} is a station of a chain; points are not stations ${where}`);
    } else if (spec.station) out.push(`region ${q(id)} names a station but is not a point ${where}`);
  }
  for (const o of atlas.overlays ?? []) {
    if (!atlas.layers[o.layer]?.regions) out.push(`overlay ${q(o.id)} is in layer ${q(o.layer)}, which is not a layer holding regions ${where}`);
    if (!atlas.chains.some((c) => c.id === o.chain)) out.push(`overlay ${q(o.id)} is compared with chain ${q(o.chain)}, which is not in CHAINS ${where}`);
    if (!Object.values(atlas.regions).some((r) => r.overlay === o.id)) out.push(`overlay ${q(o.id)} has no points ${where}`);
  }
  const linkIds = new Set<string>();
  const linked = new Map<string, Set<string>>();
  for (const link of atlas.links) {
    if (linkIds.has(link.id)) out.push(`link ${q(link.id)} is listed twice ${where}`);
    linkIds.add(link.id);
    if (link.id !== `${link.a}--${link.b}` && link.id !== `${link.a}--${link.b}--${link.chain}`) {
      out.push(`link ${q(link.id)} should be named '${link.a}--${link.b}' (or '${link.a}--${link.b}--${link.chain}' if another chain links them too) ${where}`);
    }
    const chain = atlas.chains.find((c) => c.id === link.chain);
    if (!chain) {
      out.push(`link ${q(link.id)} is on chain ${q(link.chain)}, which is not in CHAINS ${where}`);
      continue;
    }
    for (const end of [link.a, link.b]) {
      if (!chain.stations.includes(end)) out.push(`link ${q(link.id)} ends at ${q(end)}, which is not a station of ${q(link.chain)}: add it to its stations ${where}`);
    }
    if (!(link.transmission > 0 && link.transmission <= 1)) out.push(`link ${q(link.id)}: transmission ${link.transmission} is not in (0, 1] ${where}`);
    if (!(link.delay >= 0 && Number.isFinite(link.delay))) out.push(`link ${q(link.id)}: delay ${link.delay} is not a finite number of ms ≥ 0 ${where}`);
    const set = linked.get(link.chain) ?? new Set<string>();
    set.add(`${link.a} ${link.b}`);
    linked.set(link.chain, set);
  }
  // Every chain is connected by its own links: a selection on it reaches all its stations.
  for (const chain of atlas.chains) {
    const pairs = [...(linked.get(chain.id) ?? [])].map((p) => p.split(' '));
    const reached = new Set([chain.stations[0]]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [a, b] of pairs) {
        if (reached.has(a) !== reached.has(b)) {
          reached.add(a);
          reached.add(b);
          grew = true;
        }
      }
    }
    const cut = chain.stations.filter((s) => !reached.has(s));
    if (cut.length) out.push(`chain ${q(chain.id)}: no link of its own reaches ${cut.map(q).join(', ')} from ${q(chain.stations[0])}: add links on ${q(chain.id)} ${where}`);
  }
  return out;
}

/** What a locale must hold for the atlas: a text for every region, chain and link, and no others. */
export function contentProblems(
  atlas: Atlas,
  lang: string,
  locale: { regions: Record<string, unknown>; chains: Record<string, unknown>; links: Record<string, unknown> },
): string[] {
  const out: string[] = [];
  const file = `src/content/${lang}.ts`;
  const sections = {
    region: ['regions', Object.keys(atlas.regions)],
    chain: ['chains', atlas.chains.map((c) => c.id)],
    link: ['links', atlas.links.map((l) => l.id)],
  } as const;
  for (const [what, [key, ids]] of Object.entries(sections)) {
    const have = Object.keys(locale[key]);
    for (const id of ids) if (!have.includes(id)) out.push(`no ${lang} text for ${what} ${q(id)}: add ${key}[${q(id)}] in ${file}`);
    for (const id of have) if (!ids.includes(id)) out.push(`${file} has ${key}[${q(id)}], which is not a ${what} of the atlas: remove it, or add the ${what} to src/model/atlas.ts`);
  }
  return out;
}

interface Schema {
  $defs: { locale: { properties: Record<'regions' | 'chains' | 'links', { properties: Record<string, unknown> }> } };
}

/** The content schema keys regions, chains and links exactly by the atlas's ids, in its order. */
export function schemaProblems(atlas: Atlas, schema: Schema): string[] {
  const out: string[] = [];
  const file = 'src/content/body-chain-content.schema.json';
  const sections = {
    regions: Object.keys(atlas.regions),
    chains: atlas.chains.map((c) => c.id),
    links: atlas.links.map((l) => l.id),
  } as const;
  for (const [key, ids] of Object.entries(sections) as [keyof typeof sections, string[]][]) {
    const have = Object.keys(schema.$defs.locale.properties[key]?.properties ?? {});
    const ref = `#/$defs/${key.slice(0, -1)}`;
    for (const id of ids) if (!have.includes(id)) out.push(`the content schema has no key ${q(id)}: add "${id}": { "$ref": "${ref}" } to $defs.locale.properties.${key}.properties in ${file}`);
    for (const id of have) if (!ids.includes(id)) out.push(`${file} keys ${key} by ${q(id)}, which is not in the atlas: remove it there, or add it to src/model/atlas.ts`);
    const common = have.filter((id) => ids.includes(id));
    const expected = ids.filter((id) => have.includes(id));
    if (common.join() !== expected.join()) out.push(`${file}: $defs.locale.properties.${key}.properties are not in the atlas's order (${expected.join(', ')})`);
  }
  return out;
}

/** A part of the body generator, as far as the atlas cares. */
export interface PartInfo {
  name: string;
  region?: string;
  layer?: string;
  overlay?: string;
}

/** An overlay's line: tagged with its overlay and that overlay's layer. */
const isOverlayLine = (atlas: Atlas, layer?: string, overlay?: string) =>
  overlay !== undefined && atlas.overlays?.some((o) => o.id === overlay && o.layer === layer) === true;

/** The generator has geometry and an anchor for every region, and only for regions of the atlas. */
export function geometryProblems(atlas: Atlas, parts: readonly PartInfo[], anchors: Iterable<string>): string[] {
  const out: string[] = [];
  const where = 'in models/parts/ (and list it in models/anatomy.ts)';
  const anchorIds = new Set(anchors);
  const regions = Object.keys(atlas.regions);
  for (const p of parts) {
    if (p.region && !regions.includes(p.region)) out.push(`part ${q(p.name)} is tagged region ${q(p.region)}, which is not in the atlas: add REGIONS[${q(p.region)}] to src/model/atlas.ts`);
    if (p.layer && !isOverlayLine(atlas, p.layer, p.overlay) && (!atlas.layers[p.layer] || atlas.layers[p.layer].regions)) out.push(`part ${q(p.name)} is tagged layer ${q(p.layer)}: only the atlas's context layers (${Object.keys(atlas.layers).filter((l) => !atlas.layers[l].regions).join(', ')}) are tagged by layer; a region's layer comes from the atlas`);
    if (!p.region && !p.layer) out.push(`part ${q(p.name)} has neither a region nor a layer`);
  }
  for (const id of regions) {
    if (!parts.some((p) => p.region === id)) out.push(`region ${q(id)} has no geometry: add a part with region ${q(id)} ${where}`);
    if (!anchorIds.has(id)) out.push(`region ${q(id)} has no anchor: add an anchor score for ${q(id)} beside its parts ${where}`);
  }
  for (const id of anchorIds) if (!regions.includes(id)) out.push(`there is an anchor for ${q(id)}, which is not a region of the atlas`);
  for (const o of atlas.overlays ?? []) {
    if (!parts.some((p) => p.name === o.line && isOverlayLine(atlas, p.layer, p.overlay))) out.push(`overlay ${q(o.id)} has no line: add a part named ${q(o.line)} with layer ${q(o.layer)} and overlay ${q(o.id)} ${where}`);
  }
  return out;
}

/** A generated GLB's nodes carry the atlas's regions, layers and anchors, and nothing else. */
export function glbProblems(atlas: Atlas, file: string, nodes: readonly { name: string; mesh: boolean; extras: Record<string, unknown> }[]): string[] {
  const out: string[] = [];
  const regions = Object.keys(atlas.regions);
  const fix = 'run `npm run models`';
  for (const n of nodes) {
    const { region, layer, anchor, overlay } = n.extras as { region?: string; layer?: string; anchor?: string; overlay?: string };
    if (n.mesh) {
      if (region !== undefined && !regions.includes(region)) out.push(`${file}: node ${q(n.name)} has region ${q(String(region))}, not in the atlas`);
      if (region !== undefined && overlay !== atlas.regions[region]?.overlay) out.push(`${file}: node ${q(n.name)} has overlay ${q(String(overlay))}, not its region's (${q(String(atlas.regions[region]?.overlay))})`);
      if (layer !== undefined && !isOverlayLine(atlas, layer, overlay) && (!atlas.layers[layer] || atlas.layers[layer].regions)) out.push(`${file}: node ${q(n.name)} has layer ${q(String(layer))}, not a context layer of the atlas`);
      if (region === undefined && layer === undefined) out.push(`${file}: node ${q(n.name)} has neither a region nor a layer`);
    } else if (anchor !== undefined && !regions.includes(anchor)) {
      out.push(`${file}: anchor node ${q(n.name)} is for ${q(String(anchor))}, not in the atlas`);
    }
  }
  for (const id of regions) {
    if (!nodes.some((n) => n.mesh && n.extras.region === id)) out.push(`${file} has no mesh for region ${q(id)}: add its part in models/parts/, then ${fix}`);
    if (!nodes.some((n) => !n.mesh && n.extras.anchor === id && n.name === `anchor-${id}`)) out.push(`${file} has no node 'anchor-${id}': add its anchor score in models/parts/, then ${fix}`);
  }
  for (const o of atlas.overlays ?? []) {
    if (!nodes.some((n) => n.mesh && n.name === o.line && n.extras.overlay === o.id && n.extras.layer === o.layer)) out.push(`${file} has no line node ${q(o.line)} with extras { layer: ${q(o.layer)}, overlay: ${q(o.id)} }: ${fix}`);
  }
  return out;
}
