//! Parsing and validating the data files: M49 areas, states (joined with `keshvar`),
//! mechanisms, other parties and membership rows.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::error::RowError;
use crate::model::*;
use crate::registry::Registry;
use crate::table::{Row, Table};

/// Columns of a membership row, in the documented order.
pub(crate) const MEMBERSHIP_COLUMNS: &[&str] = &[
    "mechanism",
    "member",
    "role",
    "from",
    "to",
    "source",
    "as_of",
];
/// Optional columns of a membership row.
pub(crate) const MEMBERSHIP_OPTIONAL: &[&str] = &["note"];

/// Columns of `states.csv` that must have a `# source[...]` comment.
pub(crate) const STATE_SOURCED_COLUMNS: &[&str] = &[
    "name_en",
    "un_status",
    "admitted",
    "m49_area",
    "un_group",
    "un_group_status",
    "ldc",
    "lldc",
    "sids",
];

pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    // Exactly YYYY-MM-DD: chrono alone would also accept "2024-7-4".
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn required_date(row: &Row<'_>, column: &str, errors: &mut Vec<RowError>) -> Option<NaiveDate> {
    let v = row.get(column);
    if v.is_empty() {
        errors.push(RowError::new(
            row.line,
            format!("'{column}' is required (a date, YYYY-MM-DD)"),
        ));
        return None;
    }
    let d = parse_date(v);
    if d.is_none() {
        errors.push(RowError::new(
            row.line,
            format!("'{column}' is not a valid date (YYYY-MM-DD): '{v}'"),
        ));
    }
    d
}

fn optional_date(row: &Row<'_>, column: &str, errors: &mut Vec<RowError>) -> Option<NaiveDate> {
    let v = row.get(column);
    if v.is_empty() {
        return None;
    }
    let d = parse_date(v);
    if d.is_none() {
        errors.push(RowError::new(
            row.line,
            format!("'{column}' is not a valid date (YYYY-MM-DD) or empty: '{v}'"),
        ));
    }
    d
}

fn required_text(row: &Row<'_>, column: &str, errors: &mut Vec<RowError>) -> String {
    let v = row.get(column);
    if v.is_empty() {
        errors.push(RowError::new(row.line, format!("'{column}' is required")));
    }
    v.to_string()
}

fn token<T>(
    row: &Row<'_>,
    column: &str,
    parse: fn(&str) -> Option<T>,
    tokens: &[&str],
    errors: &mut Vec<RowError>,
) -> Option<T> {
    let v = row.get(column);
    let t = parse(v);
    if t.is_none() {
        errors.push(RowError::new(
            row.line,
            format!("'{column}' must be one of {}, not '{v}'", tokens.join(", ")),
        ));
    }
    t
}

fn yes_no(row: &Row<'_>, column: &str, errors: &mut Vec<RowError>) -> bool {
    match row.get(column) {
        "yes" => true,
        "no" => false,
        v => {
            errors.push(RowError::new(
                row.line,
                format!("'{column}' must be yes or no, not '{v}'"),
            ));
            false
        }
    }
}

/// Whether `s` is a valid slug: lowercase ASCII letters, digits and single inner hyphens.
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

fn open(text: &str, required: &[&str], optional: &[&str]) -> Result<Table, Vec<RowError>> {
    let table = Table::read(text)?;
    table.check_columns(text, required, optional)?;
    Ok(table)
}

fn finish<T>(value: T, errors: Vec<RowError>) -> Result<T, Vec<RowError>> {
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// `m49-areas.csv`: code, name, level, parent.
pub(crate) fn m49_areas(text: &str) -> Result<BTreeMap<String, M49Area>, Vec<RowError>> {
    let table = open(text, &["code", "name", "level", "parent"], &[])?;
    let mut errors = Vec::new();
    let mut areas = BTreeMap::new();
    let mut lines = HashMap::new();
    for (line, fields) in &table.rows {
        let row = Row::new(&table, *line, fields);
        let code = row.get("code");
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
            errors.push(RowError::new(
                *line,
                format!("'code' must be three digits, not '{code}'"),
            ));
        }
        let name = required_text(&row, "name", &mut errors);
        let level = token(
            &row,
            "level",
            M49Level::parse,
            M49Level::TOKENS,
            &mut errors,
        );
        let parent = row.opt("parent");
        if let Some(level) = level {
            if (level == M49Level::Region) != parent.is_none() {
                errors.push(RowError::new(
                    *line,
                    "regions have no parent; every other area needs one",
                ));
            }
            if let Some(prev) = lines.insert(code.to_string(), *line) {
                errors.push(RowError::new(
                    *line,
                    format!("area {code} is already defined on line {prev}"),
                ));
            }
            areas.insert(
                code.to_string(),
                M49Area {
                    code: code.to_string(),
                    name,
                    level,
                    parent,
                },
            );
        }
    }
    // Parents must exist and be one level up.
    for area in areas.values() {
        if let Some(p) = &area.parent {
            let ok = areas.get(p).is_some_and(|pa| match area.level {
                M49Level::SubRegion => pa.level == M49Level::Region,
                M49Level::IntermediateRegion => pa.level == M49Level::SubRegion,
                M49Level::Region => false,
            });
            if !ok {
                errors.push(RowError::new(
                    lines[&area.code],
                    format!("parent '{p}' of {} is not an area one level up", area.code),
                ));
            }
        }
    }
    finish(areas, errors)
}

/// Reads `# source[column]: title | url | as_of=YYYY-MM-DD` comments.
pub(crate) fn column_sources(
    table: &Table,
    file: &str,
) -> Result<Vec<ColumnSource>, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (line, text) in &table.comments {
        let Some(rest) = text.strip_prefix("source[") else {
            continue;
        };
        let Some((column, body)) = rest.split_once("]:") else {
            errors.push(RowError::new(
                *line,
                "source comment must read 'source[column]: title | url | as_of=YYYY-MM-DD'",
            ));
            continue;
        };
        let parts: Vec<&str> = body.split('|').map(str::trim).collect();
        let as_of = parts
            .last()
            .and_then(|p| p.strip_prefix("as_of="))
            .and_then(parse_date);
        let (Some(as_of), true) = (as_of, parts.len() >= 2 && !parts[0].is_empty()) else {
            errors.push(RowError::new(
                *line,
                format!("source of column '{column}' needs a title and 'as_of=YYYY-MM-DD'"),
            ));
            continue;
        };
        let url = (parts.len() >= 3).then(|| parts[1..parts.len() - 1].join(" | "));
        out.push(ColumnSource {
            file: file.to_string(),
            column: column.trim().to_string(),
            title: parts[0].to_string(),
            url,
            as_of,
        });
    }
    finish(out, errors)
}

/// `states.csv`, completed from `keshvar`.
pub(crate) fn states(
    text: &str,
    areas: &BTreeMap<String, M49Area>,
) -> Result<(Vec<StateEntry>, Vec<ColumnSource>), Vec<RowError>> {
    let required = [
        "alpha2",
        "name_en",
        "un_status",
        "admitted",
        "m49_area",
        "un_group",
        "un_group_status",
        "ldc",
        "lldc",
        "sids",
    ];
    let table = open(text, &required, &["note"])?;
    let mut errors = Vec::new();
    let sources = column_sources(&table, "states.csv").unwrap_or_else(|e| {
        errors.extend(e);
        Vec::new()
    });
    for column in STATE_SOURCED_COLUMNS {
        if !sources.iter().any(|s| s.column == *column) {
            errors.push(RowError::new(
                1,
                format!("no '# source[{column}]: ...' comment for column '{column}'"),
            ));
        }
    }

    let mut states = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, fields) in &table.rows {
        let row = Row::new(&table, *line, fields);
        let alpha2 = row.get("alpha2").to_string();
        if let Some(prev) = seen.insert(alpha2.clone(), *line) {
            errors.push(RowError::new(
                *line,
                format!("state {alpha2} is already listed on line {prev}"),
            ));
        }
        let country = match keshvar::Alpha2::try_from(alpha2.as_str()) {
            Ok(a) if alpha2.len() == 2 && alpha2.bytes().all(|b| b.is_ascii_uppercase()) => {
                a.to_country()
            }
            _ => {
                errors.push(RowError::new(
                    *line,
                    format!(
                        "'{alpha2}' is not an ISO 3166-1 alpha-2 code (uppercase) known to keshvar"
                    ),
                ));
                continue;
            }
        };
        let name_en = required_text(&row, "name_en", &mut errors);
        let un_status = token(
            &row,
            "un_status",
            UnStatus::parse,
            UnStatus::TOKENS,
            &mut errors,
        );
        let admitted = optional_date(&row, "admitted", &mut errors);
        match (un_status, admitted) {
            (Some(UnStatus::Member), None) if row.get("admitted").is_empty() => {
                errors.push(RowError::new(
                    *line,
                    "a Member State needs its date of admission in 'admitted'",
                ));
            }
            (Some(UnStatus::Observer), Some(_)) => {
                errors.push(RowError::new(
                    *line,
                    "an observer State has no date of admission; leave 'admitted' empty",
                ));
            }
            _ => {}
        }
        let (region, sub_region, intermediate_region) =
            match resolve_area(areas, row.get("m49_area")) {
                Ok(v) => v,
                Err(reason) => {
                    errors.push(RowError::new(*line, reason));
                    continue;
                }
            };
        let group = match (row.get("un_group"), row.get("un_group_status")) {
            ("", "") => None,
            _ => {
                let g = token(
                    &row,
                    "un_group",
                    RegionalGroup::parse,
                    RegionalGroup::TOKENS,
                    &mut errors,
                );
                let s = token(
                    &row,
                    "un_group_status",
                    GroupStatus::parse,
                    GroupStatus::TOKENS,
                    &mut errors,
                );
                g.zip(s)
                    .map(|(group, status)| GroupParticipation { group, status })
            }
        };
        let ldc = yes_no(&row, "ldc", &mut errors);
        let lldc = yes_no(&row, "lldc", &mut errors);
        let sids = yes_no(&row, "sids", &mut errors);
        let numeric = country.number().parse::<u16>().unwrap_or_default();
        let t = country.translations();
        let tr = |lang: &str| t.get(lang).map(|s| (*s).to_string());
        let mut aliases: Vec<String> = tr("en").into_iter().collect();
        aliases.extend(
            country
                .unofficial_name_list()
                .iter()
                .map(|s| (*s).to_string()),
        );
        aliases.dedup();
        states.push(StateEntry {
            alpha2: alpha2.clone(),
            alpha3: country.alpha3().to_string(),
            numeric,
            iso_short_name: country.iso_short_name().to_string(),
            names: Names {
                en: name_en,
                zh: tr("zh_CN").or_else(|| tr("zh")),
                fr: tr("fr"),
                es: tr("es"),
                ru: tr("ru"),
                ar: tr("ar"),
            },
            aliases,
            un_status: un_status.unwrap_or(UnStatus::Member),
            admitted,
            region,
            sub_region,
            intermediate_region,
            group,
            ldc,
            lldc,
            sids,
            note: row.opt("note"),
        });
    }
    finish((states, sources), errors)
}

/// The region, sub-region and (optional) intermediate region of a leaf area code.
fn resolve_area(
    areas: &BTreeMap<String, M49Area>,
    code: &str,
) -> Result<(M49Area, M49Area, Option<M49Area>), String> {
    let area = areas
        .get(code)
        .ok_or_else(|| format!("'m49_area' {code:?} is not in m49-areas.csv"))?;
    let parent = |a: &M49Area| a.parent.as_ref().and_then(|p| areas.get(p)).cloned();
    match area.level {
        M49Level::Region => Err(format!(
            "'m49_area' {code} is a region; give the sub-region or intermediate region"
        )),
        M49Level::SubRegion => Ok((
            parent(area).ok_or("sub-region without region")?,
            area.clone(),
            None,
        )),
        M49Level::IntermediateRegion => {
            let sub = parent(area).ok_or("intermediate region without sub-region")?;
            let region = parent(&sub).ok_or("sub-region without region")?;
            Ok((region, sub, Some(area.clone())))
        }
    }
}

/// `mechanisms.csv`.
pub(crate) fn mechanisms(text: &str) -> Result<Vec<Mechanism>, Vec<RowError>> {
    let required = ["slug", "kind", "name_en", "sections", "source", "as_of"];
    let optional = [
        "name_zh",
        "short_name",
        "parent",
        "established",
        "website",
        "note",
    ];
    let table = open(text, &required, &optional)?;
    let mut errors = Vec::new();
    let mut out: Vec<Mechanism> = Vec::new();
    let mut lines: HashMap<String, usize> = HashMap::new();
    for (line, fields) in &table.rows {
        let row = Row::new(&table, *line, fields);
        let slug = row.get("slug").to_string();
        if !is_slug(&slug) {
            errors.push(RowError::new(
                *line,
                format!("'slug' must be lowercase letters, digits and hyphens, not '{slug}'"),
            ));
        }
        if let Some(prev) = lines.insert(slug.clone(), *line) {
            errors.push(RowError::new(
                *line,
                format!("mechanism '{slug}' is already defined on line {prev}"),
            ));
        }
        let kind = token(
            &row,
            "kind",
            MechanismKind::parse,
            MechanismKind::TOKENS,
            &mut errors,
        );
        let name_en = required_text(&row, "name_en", &mut errors);
        let sections: Vec<String> = row
            .get("sections")
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        for s in &sections {
            if !is_section(s) {
                errors.push(RowError::new(
                    *line,
                    format!("section '{s}' is not of the form III.6 or IV.2"),
                ));
            }
        }
        let established = row.opt("established");
        if let Some(e) = &established {
            let year_only = e.len() == 4 && e.bytes().all(|b| b.is_ascii_digit());
            if !year_only && parse_date(e).is_none() {
                errors.push(RowError::new(
                    *line,
                    format!("'established' must be YYYY or YYYY-MM-DD, not '{e}'"),
                ));
            }
        }
        let source = required_text(&row, "source", &mut errors);
        let as_of = required_date(&row, "as_of", &mut errors);
        if let (Some(kind), Some(as_of)) = (kind, as_of) {
            out.push(Mechanism {
                slug,
                kind,
                name_en,
                name_zh: row.opt("name_zh"),
                short_name: row.opt("short_name"),
                sections,
                parent: row.opt("parent"),
                established,
                website: row.opt("website"),
                source,
                as_of,
                note: row.opt("note"),
            });
        }
    }
    for m in &out {
        if let Some(p) = &m.parent
            && !lines.contains_key(p)
        {
            errors.push(RowError::new(
                lines[&m.slug],
                format!("parent '{p}' is not a mechanism"),
            ));
        }
    }
    finish(out, errors)
}

/// Whether `s` is a section reference of the paper: roman numeral, dot, number ("III.6").
fn is_section(s: &str) -> bool {
    let Some((part, n)) = s.split_once('.') else {
        return false;
    };
    matches!(part, "I" | "II" | "III" | "IV" | "V")
        && !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
}

/// `other-parties.csv`.
pub(crate) fn other_parties(text: &str) -> Result<Vec<OtherParty>, Vec<RowError>> {
    let table = open(
        text,
        &["id", "kind", "name_en", "source", "as_of"],
        &["name_zh", "alpha2", "note"],
    )?;
    let mut errors = Vec::new();
    let mut out = Vec::new();
    let mut lines: HashMap<String, usize> = HashMap::new();
    for (line, fields) in &table.rows {
        let row = Row::new(&table, *line, fields);
        let id = row.get("id").to_string();
        let iso_like = id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase());
        if !iso_like && !is_slug(&id) {
            errors.push(RowError::new(
                *line,
                format!("'id' must be an ISO alpha-3 code or a lowercase slug, not '{id}'"),
            ));
        }
        if let Some(prev) = lines.insert(id.clone(), *line) {
            errors.push(RowError::new(
                *line,
                format!("party '{id}' is already defined on line {prev}"),
            ));
        }
        let kind = token(
            &row,
            "kind",
            OtherPartyKind::parse,
            OtherPartyKind::TOKENS,
            &mut errors,
        );
        let name_en = required_text(&row, "name_en", &mut errors);
        let source = required_text(&row, "source", &mut errors);
        let as_of = required_date(&row, "as_of", &mut errors);
        if let (Some(kind), Some(as_of)) = (kind, as_of) {
            out.push(OtherParty {
                id,
                kind,
                name_en,
                name_zh: row.opt("name_zh"),
                alpha2: row.opt("alpha2"),
                source,
                as_of,
                note: row.opt("note"),
            });
        }
    }
    finish(out, errors)
}

/// Membership rows, validated against the states, mechanisms and other parties of `reg`.
/// All rows are checked; any error rejects the whole text.
pub(crate) fn membership_rows(
    reg: &Registry,
    text: &str,
) -> Result<Vec<Membership>, Vec<RowError>> {
    let table = open(text, MEMBERSHIP_COLUMNS, MEMBERSHIP_OPTIONAL)?;
    let mut errors = Vec::new();
    let mut out: Vec<Membership> = Vec::new();
    for (line, fields) in &table.rows {
        let row = Row::new(&table, *line, fields);
        let before = errors.len();

        let slug = row.get("mechanism");
        let mechanism = reg.mechanism(slug);
        if mechanism.is_none() {
            errors.push(RowError::new(*line, format!("unknown mechanism '{slug}'")));
        }
        let member = resolve_member(reg, row.get("member"));
        let member = match member {
            Ok(m) => Some(m),
            Err(reason) => {
                errors.push(RowError::new(*line, reason));
                None
            }
        };
        let role = token(&row, "role", Role::parse, Role::TOKENS, &mut errors);
        let from = optional_date(&row, "from", &mut errors);
        let to = optional_date(&row, "to", &mut errors);
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            errors.push(RowError::new(
                *line,
                format!("'to' ({t}) is before 'from' ({f})"),
            ));
        }
        let source = row.get("source").to_string();
        if source.is_empty() {
            errors.push(RowError::new(
                *line,
                "'source' is required: name the public source (title, and URL after '|')",
            ));
        }
        let as_of = required_date(&row, "as_of", &mut errors);
        if let (Some(m), Some(role)) = (mechanism, role) {
            let treaty = m.kind == MechanismKind::Treaty;
            if treaty != (role == Role::StateParty) {
                errors.push(RowError::new(
                    *line,
                    if treaty {
                        format!(
                            "'{}' is a treaty: its rows use the role state_party, not {role}",
                            m.slug
                        )
                    } else {
                        format!(
                            "role state_party is for treaties, and '{}' is a {}",
                            m.slug, m.kind
                        )
                    },
                ));
            }
        }
        if let Some((id, _)) = &member
            && id == slug
        {
            errors.push(RowError::new(
                *line,
                "a mechanism cannot be a member of itself",
            ));
        }
        if errors.len() > before {
            continue;
        }
        let (Some((member, member_kind)), Some(role), Some(as_of)) = (member, role, as_of) else {
            continue;
        };
        let candidate = Membership {
            mechanism: slug.to_string(),
            member,
            member_kind,
            role,
            from,
            to,
            source,
            as_of,
            note: row.opt("note"),
            line: *line,
        };
        if let Some(prev) = out.iter().find(|p| {
            p.mechanism == candidate.mechanism
                && p.member == candidate.member
                && p.role == candidate.role
                && overlaps(p, &candidate)
        }) {
            errors.push(RowError::new(
                *line,
                format!(
                    "{} already has the role {} in '{}' for an overlapping period (line {})",
                    candidate.member, candidate.role, candidate.mechanism, prev.line
                ),
            ));
            continue;
        }
        out.push(candidate);
    }
    finish(out, errors)
}

/// Whether two rows' periods share a day (open ends are unbounded).
fn overlaps(a: &Membership, b: &Membership) -> bool {
    let starts_before_end = |x: &Membership, y: &Membership| match (x.from, y.to) {
        (Some(f), Some(t)) => f <= t,
        _ => true,
    };
    starts_before_end(a, b) && starts_before_end(b, a)
}

/// Resolves a member id to its canonical form and kind. States must be given by alpha-3.
fn resolve_member(reg: &Registry, id: &str) -> Result<(String, MemberKind), String> {
    if id.is_empty() {
        return Err("'member' is required".into());
    }
    if id.len() == 3 && id.bytes().all(|b| b.is_ascii_alphabetic()) {
        let upper = id.to_ascii_uppercase();
        if let Some(s) = reg.states().iter().find(|s| s.alpha3 == upper) {
            return Ok((s.alpha3.clone(), MemberKind::State));
        }
    }
    if reg.mechanism(id).is_some() {
        return Ok((id.to_string(), MemberKind::Mechanism));
    }
    if let Some(o) = reg
        .other_parties()
        .iter()
        .find(|o| o.id.eq_ignore_ascii_case(id))
    {
        return Ok((o.id.clone(), MemberKind::Other));
    }
    if let Some(s) = reg.state(id) {
        return Err(format!(
            "member '{id}' must be given by its ISO alpha-3 code: {} ({})",
            s.alpha3, s.names.en
        ));
    }
    Err(format!(
        "unknown member '{id}': not the alpha-3 code of a UN Member or observer State, nor a mechanism slug, nor an id in other-parties.csv"
    ))
}
