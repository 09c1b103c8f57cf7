// Where the park lies, drawn by the project as an SVG (no tile server is
// reachable, and a picture of a map needs none): Minsk, the national airport,
// the M1/E30 Berlin–Moscow highway, the park and Smolevichi, placed by their
// coordinates with an equirectangular projection at 54° N, and the distances the
// sources give. Schematic: roads are straight, outlines approximate.
import { getTranslations } from "next-intl/server";

// lon/lat → SVG units: 1° of latitude is 1,000 units; a degree of longitude at 54° N is cos(54°) of that.
const project = (lon: number, lat: number) => [Math.round((lon - 27.3) * 588), Math.round((54.12 - lat) * 1000)] as const;

const MINSK = project(27.56, 53.9);
const AIRPORT = project(28.03, 53.882);
const PARK = project(27.976, 53.864);
const SMOLEVICHI = project(28.09, 54.03);
const M1 = [project(27.3, 53.78), project(27.45, 53.84), project(27.7, 53.955), project(28.0, 54.0), project(28.3, 54.09)];
// The park's outline, schematic: about 11 × 10 km around its centre, west and south of the airport.
const PARK_OUTLINE = [
  [-40, -25],
  [30, -40],
  [36, 0],
  [20, 42],
  [-30, 50],
  [-48, 10],
].map(([dx, dy]) => `${PARK[0] + dx},${PARK[1] + dy}`);

export async function ParkLocationMap() {
  const t = await getTranslations("map");
  return (
    <figure className="park-map">
      <svg viewBox="0 0 600 380" role="img" aria-labelledby="park-map-title park-map-desc">
        <title id="park-map-title">{t("title")}</title>
        <desc id="park-map-desc">{t("description")}</desc>
        <rect width="600" height="380" className="map-land" />
        <polyline points={M1.map((p) => p.join(",")).join(" ")} className="map-road" />
        <text x={M1[3][0] - 60} y={M1[3][1] - 24} className="map-road-label">
          M1 / E30
        </text>
        <text x={8} y={M1[0][1] - 10} className="map-far">
          ← {t("berlin")}
        </text>
        <text x={560} y={20} className="map-far" textAnchor="end">
          {t("moscow")} →
        </text>
        <text x={8} y={20} className="map-far">
          ↖ {t("klaipeda")}
        </text>
        <circle cx={MINSK[0]} cy={MINSK[1]} r="58" className="map-city" />
        <text x={MINSK[0]} y={MINSK[1] + 5} textAnchor="middle" className="map-city-label">
          {t("minsk")}
        </text>
        <circle cx={SMOLEVICHI[0]} cy={SMOLEVICHI[1]} r="9" className="map-town" />
        <text x={SMOLEVICHI[0] + 14} y={SMOLEVICHI[1] + 5} className="map-label">
          {t("smolevichi")}
        </text>
        <polygon points={PARK_OUTLINE.join(" ")} className="map-park" />
        <text x={PARK[0] - 10} y={PARK[1] + 76} textAnchor="middle" className="map-park-label">
          {t("park")}
        </text>
        <g className="map-airport">
          <rect
            x={AIRPORT[0] + 8}
            y={AIRPORT[1] - 22}
            width="44"
            height="8"
            rx="3"
            transform={`rotate(-20 ${AIRPORT[0] + 30} ${AIRPORT[1] - 18})`}
          />
          <text x={592} y={AIRPORT[1] - 40} className="map-label" textAnchor="end">
            {t("airport")}
          </text>
        </g>
        <line x1={MINSK[0] + 58} y1={MINSK[1] + 8} x2={PARK[0] - 48} y2={PARK[1] + 6} className="map-distance" />
        <text x={(MINSK[0] + PARK[0]) / 2} y={(MINSK[1] + PARK[1]) / 2 + 26} textAnchor="middle" className="map-distance-label">
          {t("minskDistance")}
        </text>
      </svg>
      <figcaption className="muted">{t("caption")}</figcaption>
    </figure>
  );
}
