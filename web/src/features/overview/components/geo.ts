import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Level } from '../figures';
import regionsUrl from '../geo/regions.topo.json?url';

export interface RegionShape {
  code: string;
  name: string;
  feature: Feature<Geometry, { code: string; name: string }>;
}

export interface RegionGeometry {
  PROVINCE: RegionShape[];
  MUNICIPALITY: RegionShape[];
  /** The borders between provinces, drawn over the municipalities. */
  provinceBorders: MultiLineString;
  all: FeatureCollection;
}

type Props = { code: string; name: string };
let loading: Promise<RegionGeometry> | null = null;

/**
 * The simplified CBS boundaries (web/scripts/simplify-boundaries.mjs), fetched once from this origin as their own
 * file, so only the overview downloads them.
 */
export function loadRegions(): Promise<RegionGeometry> {
  loading ??= fetch(regionsUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`boundaries: HTTP ${response.status}`);
      return response.json() as Promise<Topology<{ provinces: GeometryCollection<Props>; municipalities: GeometryCollection<Props> }>>;
    })
    .then((topology) => {
      const shapes = (level: 'provinces' | 'municipalities') =>
        (feature(topology, topology.objects[level]) as FeatureCollection<Geometry, Props>).features.map((f) => ({
          code: f.properties.code,
          name: f.properties.name,
          feature: f,
        }));
      const municipalities = shapes('municipalities');
      return {
        PROVINCE: shapes('provinces'),
        MUNICIPALITY: municipalities,
        provinceBorders: mesh(topology, topology.objects.provinces, (a, b) => a !== b),
        all: { type: 'FeatureCollection', features: municipalities.map((shape) => shape.feature) },
      } satisfies Record<Level, RegionShape[]> & Omit<RegionGeometry, Level>;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
