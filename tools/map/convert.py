#!/usr/bin/env python3
"""Convert world-atlas `countries-50m.json` (TopoJSON) into `crates/map/data/world.tsv`.

Python 3 standard library only; no network. Steps:

1. Read the TopoJSON topology, from the JSON file itself or straight from the
   tarball that `npm pack world-atlas@2.0.2` writes (`package/countries-50m.json`).
2. Decode every arc: undo the delta encoding of the quantized positions, then apply
   the topology's transform (scale, translate) to get longitude/latitude in degrees.
3. Cut arcs where they cross the antimeridian (a step of more than 180 degrees of
   longitude: Russia's Chukotka and Wrangel Island, Fiji, Antarctica).
4. Project with the Equal Earth projection (Šavrič, Patterson & Jenny 2018,
   "The Equal Earth map projection", IJGIS 33(3), doi:10.1080/13658816.2018.1504949),
   scaled so that the whole world is 1000 units wide in the viewBox `0 0 1000 487`
   (y grows downwards, as in SVG).
5. Simplify each *arc* once with Visvalingam–Whyatt (effective area), so the border
   two countries share stays identical on both sides: no gaps, no slivers.
6. Assemble the rings of every feature; close the parts of a ring cut at the
   antimeridian along the map's (curved) edge, or along the pole line for a ring round
   a pole (Antarctica), and drop the tiny ring a spherical polygon keeps round the pole.
7. Drop islands and holes smaller than MIN_RING_AREA (but never a feature's largest
   polygon, which stays unsimplified if simplifying would erase it), round to one
   decimal, orient outer rings clockwise and holes anticlockwise (on screen), so the
   default `fill-rule: nonzero` draws holes (Lesotho in South Africa, ...).
8. Write one line per feature: `numeric<TAB>name<TAB>path`, sorted by numeric code,
   features without a code last (sorted by name). Lines starting with `#` are comments.

Usage, from the repository's root (see crates/map/data/README.md):

    dir="$(mktemp -d)" && (cd "$dir" && npm pack world-atlas@2.0.2)
    python3 tools/map/convert.py "$dir/world-atlas-2.0.2.tgz" --output crates/map/data/world.tsv

The output depends only on the input and the constants below: running it twice gives
the same bytes.
"""

import argparse
import hashlib
import heapq
import io
import json
import math
import sys
import tarfile

SOURCE_PACKAGE = "world-atlas"
SOURCE_VERSION = "2.0.2"
SOURCE_FILE = "countries-50m.json"
# sha256 of package/countries-50m.json in world-atlas 2.0.2 (checked, warned about if different).
SOURCE_SHA256 = "04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394"

WIDTH = 1000.0  # viewBox width; the height follows from the projection's aspect ratio
HEIGHT = 487.0  # ceil(1000 / 2.0548...) = 487: the map is centred vertically in it
SIMPLIFY_AREA = 0.1  # Visvalingam effective-area threshold, in square viewBox units
MIN_RING_AREA = 0.3  # islands and holes smaller than this (square units) are dropped

# Equal Earth constants (Šavrič, Patterson & Jenny 2018, equations 1 and 2).
A1 = 1.340264
A2 = -0.081106
A3 = 0.000893
A4 = 0.003796
M = math.sqrt(3.0) / 2.0


def equal_earth(lon_deg, lat_deg):
    """Equal Earth on the unit sphere: (x, y) with x in [-2.7066, 2.7066], y up."""
    lam = math.radians(lon_deg)
    phi = math.radians(lat_deg)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


X_MAX, _ = equal_earth(180.0, 0.0)
_, Y_MAX = equal_earth(0.0, 90.0)
# The extent the paper gives for the unit sphere: x in +-2.7066, y in +-1.3174.
assert abs(X_MAX - 2.7066) < 1e-4 and abs(Y_MAX - 1.3174) < 1e-4, (X_MAX, Y_MAX)
SCALE = WIDTH / (2.0 * X_MAX)
assert 2.0 * Y_MAX * SCALE <= HEIGHT, "HEIGHT too small for the projection"


def to_view(lon, lat):
    x, y = equal_earth(lon, lat)
    return (WIDTH / 2.0 + x * SCALE, HEIGHT / 2.0 - y * SCALE)


def load_topology(path):
    """The topology and the sha256 of its JSON text, from a .json file or an npm tarball."""
    if path.endswith(".tgz") or path.endswith(".tar.gz"):
        with tarfile.open(path, "r:gz") as tar:
            meta = json.load(tar.extractfile("package/package.json"))
            if meta.get("name") != SOURCE_PACKAGE or meta.get("version") != SOURCE_VERSION:
                print(
                    f"warning: tarball is {meta.get('name')}@{meta.get('version')}, "
                    f"expected {SOURCE_PACKAGE}@{SOURCE_VERSION}",
                    file=sys.stderr,
                )
            raw = tar.extractfile("package/" + SOURCE_FILE).read()
    else:
        with open(path, "rb") as f:
            raw = f.read()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        print(f"warning: {SOURCE_FILE} sha256 is {digest}, expected {SOURCE_SHA256}", file=sys.stderr)
    return json.loads(raw.decode("utf-8")), digest


def decode_arcs(topology):
    """Every arc as a list of (longitude, latitude) points in degrees."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            points = []
            qx = qy = 0
            for dx, dy in (p[:2] for p in arc):
                qx += dx
                qy += dy
                points.append((qx * sx + tx, qy * sy + ty))
        else:
            points = [(p[0], p[1]) for p in arc]
        arcs.append(points)
    return arcs


def cut_antimeridian(points):
    """Split a line of (lon, lat) points where it crosses the antimeridian (a step of
    more than 180 degrees of longitude). Each piece ends, and the next one starts, on
    the antimeridian (lon = +180 on the eastern side, -180 on the western side)."""
    pieces = [[points[0]]]
    for (lon0, lat0), (lon1, lat1) in zip(points, points[1:]):
        if abs(lon1 - lon0) > 180.0:
            east_to_west = lon0 > lon1  # from near +180 to near -180
            unwrapped = lon1 + 360.0 if east_to_west else lon1 - 360.0
            edge = 180.0 if east_to_west else -180.0
            t = (edge - lon0) / (unwrapped - lon0) if unwrapped != lon0 else 0.0
            lat = lat0 + t * (lat1 - lat0)
            if pieces[-1][-1] != (edge, lat):
                pieces[-1].append((edge, lat))
            pieces.append([] if (lon1, lat1) == (-edge, lat) else [(-edge, lat)])
        pieces[-1].append((lon1, lat1))
    return pieces


def project(points):
    """(x, y, lon, lat) tuples: viewBox coordinates, with the geographic ones kept along."""
    return [to_view(lon, lat) + (lon, lat) for lon, lat in points]


def triangle_area(a, b, c):
    return abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2.0


def visvalingam(points, threshold):
    """Visvalingam–Whyatt: drop the point of least effective area while it is below
    `threshold`. Endpoints stay; a closed arc keeps at least three distinct points."""
    n = len(points)
    closed = n > 1 and points[0] == points[-1]
    min_points = 4 if closed else 2
    if n <= min_points:
        return list(points)
    prev = list(range(-1, n - 1))
    nxt = list(range(1, n + 1))
    area = [math.inf] * n
    heap = []
    for i in range(1, n - 1):
        area[i] = triangle_area(points[i - 1], points[i], points[i + 1])
        heap.append((area[i], i))
    heapq.heapify(heap)
    removed = [False] * n
    remaining = n
    max_area = 0.0
    while heap and remaining > min_points:
        a, i = heapq.heappop(heap)
        if removed[i] or a != area[i]:
            continue  # stale heap entry
        # An effective area never decreases as points go (Visvalingam & Whyatt 1993).
        max_area = max(max_area, a)
        if max_area >= threshold:
            break
        removed[i] = True
        remaining -= 1
        p, q = prev[i], nxt[i]
        nxt[p] = q
        prev[q] = p
        for j in (p, q):
            if 0 < j < n - 1:
                new = max(triangle_area(points[prev[j]], points[j], points[nxt[j]]), max_area)
                area[j] = new
                heapq.heappush(heap, (new, j))
    return [pt for i, pt in enumerate(points) if not removed[i]]


def meridian(side, lat_from, lat_to):
    """Points strictly between two latitudes along the map's edge (lon = side * 180),
    one per degree: the edge of Equal Earth is curved."""
    lon = 180.0 * side
    step = 1.0 if lat_to > lat_from else -1.0
    lats = []
    lat = math.floor(lat_from) + 1.0 if step > 0 else math.ceil(lat_from) - 1.0
    while (lat < lat_to) if step > 0 else (lat > lat_to):
        lats.append(lat)
        lat += step
    return project([(lon, la) for la in lats])


def ring_points(ring, arcs):
    """The closed planar rings (lists of (x, y, lon, lat), last point not repeated) that a
    TopoJSON ring of arc indexes (~i is arc i reversed) makes on the map. A ring that
    crosses the antimeridian is cut there and its parts are closed along the map's edge;
    one that crosses it once goes round a pole and is closed along the pole line."""
    segments = [[]]
    for index in ring:
        pieces = arcs[index] if index >= 0 else [p[::-1] for p in arcs[~index][::-1]]
        for k, piece in enumerate(pieces):
            if k > 0:
                segments.append([])
            segment = segments[-1]
            segment.extend(piece[1:] if segment and segment[-1] == piece[0] else piece)
    if len(segments) == 1:
        out = segments[0]
        if len(out) > 1 and out[0] == out[-1]:
            out = out[:-1]
        return [out]
    # The ring's start is in the middle of its last segment: join them.
    first, last = segments[0], segments[-1]
    segments = [last + (first[1:] if first and last and last[-1] == first[0] else first)] + segments[1:-1]

    def side(point):
        return 1.0 if point[2] > 0 else -1.0

    out, across = [], []
    for segment in segments:
        (across if side(segment[0]) != side(segment[-1]) else out).append(segment)
    for s in (1.0, -1.0):
        if sum(1 for seg in out if side(seg[0]) == s) > 1:
            raise ValueError("ring with several parts on one side of the antimeridian: not supported")
    rings = [seg + meridian(side(seg[0]), seg[-1][3], seg[0][3]) for seg in out]
    if across:
        if len(across) > 1:
            raise ValueError("ring crossing the antimeridian more than once per side: not supported")
        seg = across[0]
        end_side, start_side = side(seg[-1]), side(seg[0])
        pole = -90.0 if seg[-1][3] + seg[0][3] < 0 else 90.0
        rings.append(
            seg
            + meridian(end_side, seg[-1][3], pole)
            + project([(180.0 * end_side, pole), (180.0 * start_side, pole)])
            + meridian(start_side, pole, seg[0][3])
        )
    return rings


def polar_artefact(points):
    """A ring that hugs a pole (all its points within 0.1 degree of it): the spherical
    polygon's way of leaving out the pole, meaningless on a flat-polar projection."""
    return all(abs(p[3]) > 89.9 for p in points)


def signed_area(points):
    """Shoelace area in viewBox units; positive means clockwise on screen (y down)."""
    s = 0.0
    for i, (x0, y0, *_) in enumerate(points):
        x1, y1, *_ = points[(i + 1) % len(points)]
        s += x0 * y1 - x1 * y0
    return s / 2.0


def round_ring(points, decimals):
    """Rounded (x, y) points without consecutive repeats (nor a repeat of the first point)."""
    out = []
    for x, y, *_ in points:
        x = min(max(round(x, decimals), 0.0), WIDTH)
        y = min(max(round(y, decimals), 0.0), HEIGHT)
        if not out or out[-1] != (x, y):
            out.append((x, y))
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def fmt(v, decimals):
    s = f"{v:.{decimals}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def ring_path(points, decimals):
    coords = [f"{fmt(x, decimals)} {fmt(y, decimals)}" for x, y in points]
    return "M" + coords[0] + "L" + " ".join(coords[1:]) + "Z"


def orient(points, clockwise):
    return points if (signed_area(points) > 0) == clockwise else points[::-1]


def polygon_rings(polygon, arcs):
    """(outer?, planar ring) pairs of a TopoJSON polygon. Its first ring is the outer one,
    unless that is a polar artefact (Antarctica), in which case the next one is."""
    out = []
    for ring in polygon:
        planar = ring_points(ring, arcs)
        if all(polar_artefact(r) for r in planar):
            continue
        outer = not out
        out.extend((outer, r) for r in planar)
    return out


def feature_path(geometry, simple_arcs, raw_arcs):
    if geometry["type"] == "Polygon":
        polygons = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        raise ValueError(f"unexpected geometry type {geometry['type']}")
    raw = [polygon_rings(p, raw_arcs) for p in polygons]
    simple = [polygon_rings(p, simple_arcs) for p in polygons]
    # The largest outer ring (by unsimplified area) is always kept.
    largest = max(
        ((i, j) for i, rings in enumerate(raw) for j, (outer, _) in enumerate(rings) if outer),
        key=lambda ij: abs(signed_area(raw[ij[0]][ij[1]][1])),
    )
    parts = []
    for i, rings in enumerate(simple):
        keep_holes = True
        for j, (outer, ring) in enumerate(rings):
            if not outer and not keep_holes:
                continue
            points = round_ring(ring, 1)
            decimals = 1
            if len(points) < 3 or abs(signed_area(points)) < MIN_RING_AREA:
                if (i, j) != largest:
                    if outer:
                        keep_holes = False  # drop this island with its holes
                    continue
                # A tiny country: keep its real shape, unsimplified, as precise as it needs.
                for decimals in (1, 2, 3):
                    points = round_ring(raw[i][j][1], decimals)
                    if len(points) >= 3 and signed_area(points) != 0:
                        break
            elif outer:
                keep_holes = True
            parts.append(ring_path(orient(points, clockwise=outer), decimals))
    return "".join(parts)


def convert(topology):
    raw_arcs = [[project(piece) for piece in cut_antimeridian(arc)] for arc in decode_arcs(topology)]
    simple_arcs = [[visvalingam(piece, SIMPLIFY_AREA) for piece in arc] for arc in raw_arcs]
    rows = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        name = geometry.get("properties", {}).get("name", "")
        if "\t" in name or "\n" in name:
            raise ValueError(f"name with a tab or newline: {name!r}")
        if code is not None and not (code.isdigit() and len(code) == 3):
            raise ValueError(f"unexpected id {code!r}")
        path = feature_path(geometry, simple_arcs, raw_arcs)
        numeric = str(int(code)) if code is not None else ""
        rows.append((code is None, int(code or 0), name, numeric, path))
    rows.sort(key=lambda r: r[:3])
    return [f"{numeric}\t{name}\t{path}" for _, _, name, numeric, path in rows]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="countries-50m.json, or the world-atlas-2.0.2.tgz from npm pack")
    parser.add_argument("--output", "-o", help="where to write world.tsv (default: standard output)")
    args = parser.parse_args()
    topology, digest = load_topology(args.source)
    lines = convert(topology)
    header = [
        f"# {SOURCE_PACKAGE}@{SOURCE_VERSION} {SOURCE_FILE} (sha256 {digest}); Natural Earth 1:50m admin 0, public domain",
        f"# Equal Earth projection; viewBox 0 0 {WIDTH:g} {HEIGHT:g}; Visvalingam {SIMPLIFY_AREA:g}; "
        f"min ring area {MIN_RING_AREA:g}; written by tools/map/convert.py",
        "# numeric<TAB>name<TAB>SVG path (absolute M/L/Z); numeric is empty for features without an ISO code",
    ]
    text = "\n".join(header + lines) + "\n"
    if args.output:
        with io.open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {len(lines)} features, {len(text.encode('utf-8'))} bytes to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
