// One-off: turns the CBS/Kadaster municipality boundaries (packages/reference-data/data/municipalities.geojson, WGS84,
// 0.7 MB) into the small TopoJSON the overview map loads (web/src/features/overview/geo/regions.topo.json, 134 KB,
// 43 KB gzipped): one topology with the municipalities and the provinces merged from them, so both levels share their
// borders. Rings are turned clockwise (d3-geo's order), 30% of the points are kept (Visvalingam, topojson-simplify),
// coordinates quantised to 10,000 steps. The output is committed; run this again only when the boundaries change.
//   node web/scripts/simplify-boundaries.mjs [path/to/municipalities.geojson] [keep-fraction]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const source = process.argv[2] ?? fileURLToPath(new URL('../../packages/reference-data/data/municipalities.geojson', import.meta.url));
const keep = Number(process.argv[3] ?? 0.3);
const target = fileURLToPath(new URL('../src/features/overview/geo/regions.topo.json', import.meta.url));

const geojson = JSON.parse(readFileSync(source, 'utf8'));
// RFC 7946 winds outer rings counter-clockwise; d3-geo (spherical) wants them clockwise, or a polygon means "the
// whole globe except this". Reverse every ring, then check that each municipality covers a tiny area.
for (const f of geojson.features) {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) ring.reverse();
  f.properties = {
    code: f.properties.code,
    name: f.properties.name,
    province: f.properties.province_code,
    provinceName: f.properties.province_name,
  };
}

let topo = topology({ municipalities: geojson }, 1e6);
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, keep));
topo = quantize(topo, 1e4);

// Simplifying can collapse a tiny island or sliver until its ring turns round (d3 then fills the whole globe): drop
// such polygons, and any that became empty.
const municipalities = topo.objects.municipalities;
for (const g of municipalities.geometries) {
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const kept = polygons.filter((arcs) => {
    const area = geoArea(feature(topo, { type: 'Polygon', arcs }));
    return area > 1e-12 && area < 2 * Math.PI;
  });
  if (kept.length === 0) throw new Error(`${g.properties.code}: nothing left after simplifying`);
  if (kept.length === 1) Object.assign(g, { type: 'Polygon', arcs: kept[0] });
  else Object.assign(g, { type: 'MultiPolygon', arcs: kept });
}
const byProvince = new Map();
for (const g of municipalities.geometries) {
  const list = byProvince.get(g.properties.province) ?? [];
  list.push(g);
  byProvince.set(g.properties.province, list);
}
topo.objects.provinces = {
  type: 'GeometryCollection',
  geometries: [...byProvince].map(([code, list]) => ({
    ...mergeArcs(topo, list),
    properties: { code, name: list[0].properties.provinceName },
  })),
};
for (const g of municipalities.geometries)
  g.properties = { code: g.properties.code, name: g.properties.name, province: g.properties.province };

for (const level of ['municipalities', 'provinces']) {
  const collection = feature(topo, topo.objects[level]);
  for (const f of collection.features) {
    const area = geoArea(f);
    if (!(area > 0 && area < 0.01)) throw new Error(`${level} ${f.properties.code}: area ${area} sr, wrong winding?`);
  }
  console.log(`${level}: ${collection.features.length}`);
}
delete topo.bbox;
const text = JSON.stringify(topo);
writeFileSync(target, `${text}\n`);
console.log(`${target}: ${(text.length / 1024).toFixed(0)} KB, ${topo.arcs.reduce((n, arc) => n + arc.length, 0)} points`);
