//! The map's data and rendering, through the public API.

use gsi_map::{
    HEIGHT, MapOptions, Shade, VIEW_BOX, WIDTH, countries, features, is_drawn, shapes_svg,
    world_svg,
};

/// The 193 UN Member States, by ISO 3166-1 numeric code (with the UN short name, for the
/// reader). Cross-checked with the member rows of crates/registry/data/states.csv.
const UN_MEMBERS: [(u16, &str); 193] = [
    (4, "Afghanistan"),
    (8, "Albania"),
    (12, "Algeria"),
    (20, "Andorra"),
    (24, "Angola"),
    (28, "Antigua and Barbuda"),
    (32, "Argentina"),
    (51, "Armenia"),
    (36, "Australia"),
    (40, "Austria"),
    (31, "Azerbaijan"),
    (44, "Bahamas"),
    (48, "Bahrain"),
    (50, "Bangladesh"),
    (52, "Barbados"),
    (112, "Belarus"),
    (56, "Belgium"),
    (84, "Belize"),
    (204, "Benin"),
    (64, "Bhutan"),
    (68, "Bolivia (Plurinational State of)"),
    (70, "Bosnia and Herzegovina"),
    (72, "Botswana"),
    (76, "Brazil"),
    (96, "Brunei Darussalam"),
    (100, "Bulgaria"),
    (854, "Burkina Faso"),
    (108, "Burundi"),
    (132, "Cabo Verde"),
    (116, "Cambodia"),
    (120, "Cameroon"),
    (124, "Canada"),
    (140, "Central African Republic"),
    (148, "Chad"),
    (152, "Chile"),
    (156, "China"),
    (170, "Colombia"),
    (174, "Comoros"),
    (178, "Congo"),
    (188, "Costa Rica"),
    (384, "Côte d'Ivoire"),
    (191, "Croatia"),
    (192, "Cuba"),
    (196, "Cyprus"),
    (203, "Czechia"),
    (408, "Democratic People's Republic of Korea"),
    (180, "Democratic Republic of the Congo"),
    (208, "Denmark"),
    (262, "Djibouti"),
    (212, "Dominica"),
    (214, "Dominican Republic"),
    (218, "Ecuador"),
    (818, "Egypt"),
    (222, "El Salvador"),
    (226, "Equatorial Guinea"),
    (232, "Eritrea"),
    (233, "Estonia"),
    (748, "Eswatini"),
    (231, "Ethiopia"),
    (242, "Fiji"),
    (246, "Finland"),
    (250, "France"),
    (266, "Gabon"),
    (270, "Gambia"),
    (268, "Georgia"),
    (276, "Germany"),
    (288, "Ghana"),
    (300, "Greece"),
    (308, "Grenada"),
    (320, "Guatemala"),
    (324, "Guinea"),
    (624, "Guinea-Bissau"),
    (328, "Guyana"),
    (332, "Haiti"),
    (340, "Honduras"),
    (348, "Hungary"),
    (352, "Iceland"),
    (356, "India"),
    (360, "Indonesia"),
    (364, "Iran (Islamic Republic of)"),
    (368, "Iraq"),
    (372, "Ireland"),
    (376, "Israel"),
    (380, "Italy"),
    (388, "Jamaica"),
    (392, "Japan"),
    (400, "Jordan"),
    (398, "Kazakhstan"),
    (404, "Kenya"),
    (296, "Kiribati"),
    (414, "Kuwait"),
    (417, "Kyrgyzstan"),
    (418, "Lao People's Democratic Republic"),
    (428, "Latvia"),
    (422, "Lebanon"),
    (426, "Lesotho"),
    (430, "Liberia"),
    (434, "Libya"),
    (438, "Liechtenstein"),
    (440, "Lithuania"),
    (442, "Luxembourg"),
    (450, "Madagascar"),
    (454, "Malawi"),
    (458, "Malaysia"),
    (462, "Maldives"),
    (466, "Mali"),
    (470, "Malta"),
    (584, "Marshall Islands"),
    (478, "Mauritania"),
    (480, "Mauritius"),
    (484, "Mexico"),
    (583, "Micronesia (Federated States of)"),
    (492, "Monaco"),
    (496, "Mongolia"),
    (499, "Montenegro"),
    (504, "Morocco"),
    (508, "Mozambique"),
    (104, "Myanmar"),
    (516, "Namibia"),
    (520, "Nauru"),
    (524, "Nepal"),
    (528, "Netherlands (Kingdom of the)"),
    (554, "New Zealand"),
    (558, "Nicaragua"),
    (562, "Niger"),
    (566, "Nigeria"),
    (807, "North Macedonia"),
    (578, "Norway"),
    (512, "Oman"),
    (586, "Pakistan"),
    (585, "Palau"),
    (591, "Panama"),
    (598, "Papua New Guinea"),
    (600, "Paraguay"),
    (604, "Peru"),
    (608, "Philippines"),
    (616, "Poland"),
    (620, "Portugal"),
    (634, "Qatar"),
    (410, "Republic of Korea"),
    (498, "Republic of Moldova"),
    (642, "Romania"),
    (643, "Russian Federation"),
    (646, "Rwanda"),
    (659, "Saint Kitts and Nevis"),
    (662, "Saint Lucia"),
    (670, "Saint Vincent and the Grenadines"),
    (882, "Samoa"),
    (674, "San Marino"),
    (678, "Sao Tome and Principe"),
    (682, "Saudi Arabia"),
    (686, "Senegal"),
    (688, "Serbia"),
    (690, "Seychelles"),
    (694, "Sierra Leone"),
    (702, "Singapore"),
    (703, "Slovakia"),
    (705, "Slovenia"),
    (90, "Solomon Islands"),
    (706, "Somalia"),
    (710, "South Africa"),
    (728, "South Sudan"),
    (724, "Spain"),
    (144, "Sri Lanka"),
    (729, "Sudan"),
    (740, "Suriname"),
    (752, "Sweden"),
    (756, "Switzerland"),
    (760, "Syrian Arab Republic"),
    (762, "Tajikistan"),
    (764, "Thailand"),
    (626, "Timor-Leste"),
    (768, "Togo"),
    (776, "Tonga"),
    (780, "Trinidad and Tobago"),
    (788, "Tunisia"),
    (792, "Türkiye"),
    (795, "Turkmenistan"),
    (798, "Tuvalu"),
    (800, "Uganda"),
    (804, "Ukraine"),
    (784, "United Arab Emirates"),
    (826, "United Kingdom of Great Britain and Northern Ireland"),
    (834, "United Republic of Tanzania"),
    (840, "United States of America"),
    (858, "Uruguay"),
    (860, "Uzbekistan"),
    (548, "Vanuatu"),
    (862, "Venezuela (Bolivarian Republic of)"),
    (704, "Viet Nam"),
    (887, "Yemen"),
    (894, "Zambia"),
    (716, "Zimbabwe"),
];

/// UN Member States that world-atlas 2.0.2 `countries-50m.json` does not have: Natural
/// Earth's 1:50m admin-0 layer leaves out Tuvalu (its 1:10m layer has it).
const MISSING_FROM_50M: [u16; 1] = [798];

#[test]
fn every_un_member_in_the_50m_data_has_a_path() {
    let mut codes: Vec<u16> = UN_MEMBERS.iter().map(|(n, _)| *n).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 193, "duplicate codes in UN_MEMBERS");

    let missing: Vec<&str> = UN_MEMBERS
        .iter()
        .filter(|(n, _)| !is_drawn(*n))
        .map(|(_, name)| *name)
        .collect();
    assert_eq!(missing, ["Tuvalu"], "UN members without a path");
    for (numeric, name) in UN_MEMBERS {
        if MISSING_FROM_50M.contains(&numeric) {
            continue;
        }
        for country in features(numeric) {
            assert!(
                !country.path.is_empty(),
                "{name} ({numeric}) has an empty path"
            );
        }
    }
}

#[test]
fn features_without_a_code_are_drawn_unshaded_with_their_name() {
    let uncoded: Vec<&str> = countries()
        .iter()
        .filter(|c| c.numeric.is_none())
        .map(|c| c.name)
        .collect();
    for name in ["Kosovo", "N. Cyprus", "Somaliland"] {
        assert!(uncoded.contains(&name), "{name} missing: {uncoded:?}");
    }
    let all: Vec<Shade> = countries()
        .iter()
        .filter_map(|c| c.numeric)
        .map(|n| Shade::new(n, 4, "x"))
        .collect();
    let svg = world_svg(&all, &MapOptions::default());
    for name in uncoded {
        let country = countries().iter().find(|c| c.name == name).unwrap();
        let element = format!(
            r#"<path class="lvl-0" d="{}"><title>{name}</title></path>"#,
            country.path
        );
        assert!(svg.contains(&element), "{name} not drawn unshaded");
    }
}

#[test]
fn countries_are_in_a_stable_order_with_well_known_names() {
    let countries = countries();
    assert_eq!(countries.len(), 241);
    let keys: Vec<(bool, u16, &str)> = countries
        .iter()
        .map(|c| (c.numeric.is_none(), c.numeric.unwrap_or(0), c.name))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let name = |n| features(n).next().unwrap().name;
    assert_eq!(name(156), "China");
    assert_eq!(name(840), "United States of America");
    assert_eq!(name(384), "Côte d'Ivoire");
    assert_eq!(
        features(36).count(),
        2,
        "Australia and Ashmore and Cartier Is."
    );
}

/// The subpaths of a path: each a list of points, or an error saying what is wrong.
fn parse_path(d: &str) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let mut subpaths: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut numbers: Vec<f64> = Vec::new();
    let mut command = None;
    let flush = |command: Option<char>,
                 numbers: &mut Vec<f64>,
                 subpaths: &mut Vec<Vec<(f64, f64)>>|
     -> Result<(), String> {
        match command {
            None if numbers.is_empty() => {}
            None => return Err("numbers before the first command".into()),
            Some('M') if numbers.len() != 2 => return Err("M takes one point".into()),
            Some('M') => subpaths.push(vec![(numbers[0], numbers[1])]),
            Some('L') if numbers.is_empty() || !numbers.len().is_multiple_of(2) => {
                return Err("L takes one or more points".into());
            }
            Some('L') => subpaths
                .last_mut()
                .ok_or("L before M")?
                .extend(numbers.chunks(2).map(|p| (p[0], p[1]))),
            Some('Z') if !numbers.is_empty() => return Err("numbers after Z".into()),
            Some(_) => {}
        }
        numbers.clear();
        Ok(())
    };
    for token in tokens(d)? {
        match token {
            Token::Command(c) => {
                if c == 'M' && command.is_some() && command != Some('Z') {
                    return Err("subpath not closed with Z".into());
                }
                flush(command, &mut numbers, &mut subpaths)?;
                command = Some(c);
            }
            Token::Number(n) => numbers.push(n),
        }
    }
    flush(command, &mut numbers, &mut subpaths)?;
    if command != Some('Z') {
        return Err("path does not end with Z".into());
    }
    Ok(subpaths)
}

enum Token {
    Command(char),
    Number(f64),
}

fn tokens(d: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut chars = d.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        match c {
            'M' | 'L' | 'Z' => out.push(Token::Command(c)),
            ' ' => {}
            '0'..='9' | '.' => {
                let mut end = start + 1;
                while let Some(&(i, c)) = chars.peek() {
                    if !(c.is_ascii_digit() || c == '.') {
                        break;
                    }
                    end = i + 1;
                    chars.next();
                }
                let text = &d[start..end];
                let n: f64 = text.parse().map_err(|_| format!("bad number {text:?}"))?;
                out.push(Token::Number(n));
            }
            other => return Err(format!("unexpected {other:?}")),
        }
    }
    Ok(out)
}

fn signed_area(points: &[(f64, f64)]) -> f64 {
    let n = points.len();
    (0..n)
        .map(|i| {
            let (x0, y0) = points[i];
            let (x1, y1) = points[(i + 1) % n];
            x0 * y1 - x1 * y0
        })
        .sum::<f64>()
        / 2.0
}

#[test]
fn paths_are_closed_polygons_inside_the_view_box() {
    let mut points = 0;
    for country in countries() {
        let name = country.name;
        let subpaths = parse_path(country.path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!subpaths.is_empty(), "{name}: no subpath");
        let mut total = 0.0;
        for ring in &subpaths {
            assert!(ring.len() >= 3, "{name}: a ring of {} points", ring.len());
            for &(x, y) in ring {
                assert!((0.0..=WIDTH).contains(&x), "{name}: x = {x}");
                assert!((0.0..=HEIGHT).contains(&y), "{name}: y = {y}");
            }
            // No streak across the map (a ring wrongly joined across the antimeridian);
            // only Antarctica's edge along the pole line, at the bottom, is that long.
            for (i, &a) in ring.iter().enumerate() {
                let b = ring[(i + 1) % ring.len()];
                let length = (b.0 - a.0).hypot(b.1 - a.1);
                let on_pole_line = a.1 > 486.0 && b.1 > 486.0;
                assert!(length < 100.0 || on_pole_line, "{name}: edge {a:?} {b:?}");
            }
            let area = signed_area(ring);
            assert!(area != 0.0, "{name}: a ring of zero area");
            total += area;
            points += ring.len();
        }
        // Outer rings turn clockwise on screen and holes the other way, so that the
        // default fill rule (nonzero) draws the holes.
        assert!(total > 0.0, "{name}: outer rings not clockwise");
    }
    assert!(points > 10_000, "only {points} points: over-simplified?");
}

#[test]
fn holes_are_drawn_as_holes() {
    // South Africa has a hole where Lesotho is; it turns the other way round.
    let rings = parse_path(features(710).next().unwrap().path).unwrap();
    let areas: Vec<f64> = rings.iter().map(|r| signed_area(r)).collect();
    assert!(areas.iter().any(|a| *a > 0.0), "{areas:?}");
    assert!(
        areas.iter().any(|a| *a < 0.0),
        "no hole for Lesotho: {areas:?}"
    );
    let lesotho = parse_path(features(426).next().unwrap().path).unwrap();
    let hole = areas.iter().copied().find(|a| *a < 0.0).unwrap();
    assert!((hole.abs() - signed_area(&lesotho[0])).abs() < 1.0);
}

#[test]
fn the_map_is_equal_earth_in_its_view_box() {
    // Parallels are straight and the map is symmetric: the 49th parallel border between
    // the USA and Canada is horizontal; Africa sits across the centre; Antarctica reaches
    // the flat pole line at the bottom.
    let bounds = |n| {
        let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for ring in parse_path(features(n).next().unwrap().path).unwrap() {
            for (x, y) in ring {
                b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
            }
        }
        b
    };
    let antarctica = bounds(10);
    assert!(antarctica.3 > 486.5, "{antarctica:?}");
    // The pole line of Equal Earth is 0.5925 of the equator's length: 203.75 to 796.25.
    let pole_line: Vec<f64> = parse_path(features(10).next().unwrap().path)
        .unwrap()
        .concat()
        .into_iter()
        .filter(|&(_, y)| y > 486.85)
        .map(|(x, _)| x)
        .collect();
    let left = pole_line.iter().copied().fold(f64::MAX, f64::min);
    let right = pole_line.iter().copied().fold(f64::MIN, f64::max);
    assert!(
        (left - 203.75).abs() < 0.1 && (right - 796.25).abs() < 0.1,
        "{left} {right}"
    );
    // Russia's Chukotka crosses the antimeridian: its eastern tip is at the far left.
    let russia = bounds(643);
    assert!(russia.2 > 850.0 && russia.0 < 200.0, "{russia:?}");
    let congo = bounds(180); // Dem. Rep. Congo straddles the equator, east of Greenwich
    assert!(
        congo.1 < 243.5 && congo.3 > 243.5 && congo.0 > 500.0,
        "{congo:?}"
    );
    assert_eq!(VIEW_BOX, format!("0 0 {WIDTH} {HEIGHT}"));
}

fn shaded_element(svg: &str, label: &str) -> String {
    let title = format!("<title>{label}</title>");
    let end = svg.find(&title).unwrap_or_else(|| panic!("no {title}")) + title.len();
    let start = svg[..end].rfind('\n').map_or(0, |i| i + 1);
    let line_end = svg[end..].find('\n').map_or(svg.len(), |i| end + i);
    svg[start..line_end].to_owned()
}

#[test]
fn shading_applies_the_level_class() {
    let shades = [
        Shade::new(156, 3, "China — 3 open concerns").with_href("/parties/CHN"),
        Shade::new(76, 1, "Brazil — 1 open concern"),
        Shade::new(643, 9, "Russia — many"),
        Shade::new(250, 0, "France — none"),
        Shade::new(36, 2, "Australia — 2"),
        Shade::new(798, 4, "Tuvalu — not on the map"),
    ];
    let svg = world_svg(&shades, &MapOptions::default());
    let china = features(156).next().unwrap();
    assert_eq!(
        shaded_element(&svg, "China — 3 open concerns"),
        format!(
            r#"<a href="/parties/CHN"><path class="lvl-3" d="{}"><title>China — 3 open concerns</title></path></a>"#,
            china.path
        )
    );
    assert!(
        shaded_element(&svg, "Brazil — 1 open concern").starts_with(r#"<path class="lvl-1" d="M"#)
    );
    assert!(
        shaded_element(&svg, "Russia — many").starts_with(r#"<path class="lvl-4" "#),
        "capped at 4"
    );
    assert!(shaded_element(&svg, "France — none").starts_with(r#"<path class="lvl-0" "#));
    assert_eq!(
        svg.matches("<title>Australia — 2</title>").count(),
        2,
        "both features of 036"
    );
    assert!(!svg.contains("Tuvalu"));
    assert_eq!(svg.matches("<path ").count(), countries().len());
    assert_eq!(
        svg.matches(r#"<path class="lvl-0" "#).count(),
        countries().len() - 5
    );
    assert_eq!(svg.matches("<a href=").count(), 1);
    // Unshaded countries keep their own name as tooltip.
    assert!(svg.contains("<title>Germany</title>"));
}

#[test]
fn last_shade_wins_and_order_does_not_matter_otherwise() {
    let a = Shade::new(156, 1, "first");
    let b = Shade::new(156, 2, "second");
    let c = Shade::new(392, 3, "Japan");
    let options = MapOptions::default();
    let svg = world_svg(&[a.clone(), c.clone(), b.clone()], &options);
    assert!(shaded_element(&svg, "second").starts_with(r#"<path class="lvl-2" "#));
    assert!(!svg.contains("<title>first</title>"));
    assert_eq!(svg, world_svg(&[c.clone(), a.clone(), b.clone()], &options));
    assert_eq!(svg, world_svg(&[a, c, b], &options), "deterministic");
}

#[test]
fn empty_label_falls_back_to_the_name() {
    let svg = world_svg(&[Shade::new(392, 2, "")], &MapOptions::default());
    assert!(shaded_element(&svg, "Japan").starts_with(r#"<path class="lvl-2" "#));
}

#[test]
fn text_is_escaped() {
    let shades = [Shade::new(156, 2, r#"<b>China</b> & "friends" 'x'"#)
        .with_href(r#"/p?a=1&b="2"><script>alert(1)</script>"#)];
    let options = MapOptions {
        title: r#"Concerns <by> "party" & more"#.into(),
        css_class: r#"home" onload="x"#.into(),
        id: r#"a b"><svg"#.into(),
        default_style: false,
        shapes_href: Some(r#"/s.svg?a=1&b="2""#.into()),
    };
    let svg = world_svg(&shades, &options);
    assert!(
        svg.contains(
            "<title>&lt;b&gt;China&lt;/b&gt; &amp; &quot;friends&quot; &#39;x&#39;</title>"
        )
    );
    assert!(svg.contains(
        r#"<a href="/p?a=1&amp;b=&quot;2&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">"#
    ));
    assert!(svg.contains(
        r#"<title id="a-b---svg-title">Concerns &lt;by&gt; &quot;party&quot; &amp; more</title>"#
    ));
    assert!(svg.contains(r#"aria-labelledby="a-b---svg-title""#));
    assert!(svg.contains(r#"href="/s.svg?a=1&amp;b=&quot;2&quot;#f0""#));
    assert!(svg.contains(r#"class="gsi-map home&quot; onload=&quot;x""#));
    assert!(!svg.contains("<b>") && !svg.contains("<script") && !svg.contains("onload=\""));
    assert_well_formed(&svg);
}

#[test]
fn names_are_escaped_too() {
    // Côte d'Ivoire's apostrophe, unshaded.
    let svg = world_svg(&[], &MapOptions::default());
    assert!(svg.contains("<title>Côte d&#39;Ivoire</title>"));
}

/// Tags nest and close (a small check: no attributes with '>' inside, as escaping ensures).
fn assert_well_formed(svg: &str) {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').expect("unclosed tag") + open;
        let tag = &rest[open + 1..close];
        assert!(!tag.contains('<'), "'<' inside a tag: {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop(), Some(name), "mismatched </{name}>");
        } else if !tag.ends_with('/') {
            stack.push(tag.split_whitespace().next().unwrap());
        }
        rest = &rest[close + 1..];
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

#[test]
fn the_svg_has_an_accessible_title_and_is_well_formed() {
    let options = MapOptions {
        title: "Open concerns by party".into(),
        css_class: "dashboard-map wide".into(),
        id: "home-map".into(),
        default_style: false,
        shapes_href: None,
    };
    let svg = world_svg(
        &[Shade::new(4, 1, "Afghanistan — 1").with_href("/a")],
        &options,
    );
    let head = svg.lines().next().unwrap();
    assert_eq!(
        head,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 487" class="gsi-map dashboard-map wide" role="img" aria-labelledby="home-map-title"><title id="home-map-title">Open concerns by party</title>"#
    );
    assert!(svg.ends_with("</svg>\n"));
    assert!(!svg.contains("<style"), "no style unless asked");
    assert!(!svg.contains("fill="), "colours come from CSS classes only");
    assert_well_formed(&svg);
}

#[test]
fn default_style_only_when_asked() {
    let options = MapOptions {
        default_style: true,
        ..MapOptions::default()
    };
    let svg = world_svg(&[], &options);
    let style = &svg[svg.find("<style>").unwrap()..svg.find("</style>").unwrap()];
    for level in 0..=4 {
        assert!(
            style.contains(&format!(".gsi-map .lvl-{level}{{fill:#")),
            "{style}"
        );
    }
    assert_eq!(svg.matches("<style>").count(), 1);
    assert_well_formed(&svg);
}

#[test]
fn the_map_fits_its_size_budget() {
    let all: Vec<Shade> = countries()
        .iter()
        .filter_map(|c| c.numeric)
        .map(|n| Shade::new(n, 2, "A country — 12 open concerns").with_href("/parties/XXX"))
        .collect();
    let plain = world_svg(&[], &MapOptions::default()).len();
    let full = world_svg(&all, &MapOptions::default()).len();
    let data: usize = countries().iter().map(|c| c.path.len()).sum();
    assert!(data < 400_000, "path data: {data} bytes");
    assert!(plain < 450_000, "default map: {plain} bytes");
    assert!(
        full < 450_000,
        "every country shaded and linked: {full} bytes"
    );
}

#[test]
fn a_map_over_linked_shapes_draws_each_feature_from_the_shapes_document() {
    let all: Vec<Shade> = countries()
        .iter()
        .filter_map(|c| c.numeric)
        .map(|n| Shade::new(n, 2, "A country — 12 open concerns").with_href("/parties/XXX"))
        .collect();
    let options = MapOptions {
        shapes_href: Some("/assets/world.svg?v=1".into()),
        ..MapOptions::default()
    };
    let svg = world_svg(&all, &options);
    let shapes = shapes_svg();
    assert_well_formed(&svg);
    assert_well_formed(&shapes);
    assert!(!svg.contains(" d=\""), "no path data inline");
    assert_eq!(svg.matches("<use ").count(), countries().len());
    for (i, country) in countries().iter().enumerate() {
        assert!(
            svg.contains(&format!(r#" href="/assets/world.svg?v=1#f{i}">"#)),
            "feature {i}"
        );
        assert!(
            shapes.contains(&format!(r#"<path id="f{i}" d="{}"/>"#, country.path)),
            "feature {i} in the shapes"
        );
    }
    // Shaded and linked as the inline map is.
    let shaded = shaded_element(&svg, "A country — 12 open concerns");
    assert!(
        shaded.starts_with(r#"<a href="/parties/XXX"><use class="lvl-2" href="/assets/"#),
        "{shaded}"
    );
    assert!(
        !shapes.contains("fill") && !shapes.contains("class="),
        "style comes from each use"
    );
    // The page carries a fraction of the inline map.
    let inline = world_svg(&all, &MapOptions::default()).len();
    assert!(svg.len() * 8 < inline, "{} of {inline} bytes", svg.len());
    assert!(svg.len() < 50_000, "{} bytes", svg.len());
}
