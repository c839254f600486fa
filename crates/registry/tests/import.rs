//! Tests of `parse_membership_rows`, the row parser used by `gsi import registry FILE`:
//! good rows are accepted; bad rows are reported with their line and reason, all-or-nothing.

use chrono::NaiveDate;
use gsi_registry::{MemberKind, Role, RowError, parse_membership_rows};

const HEADER: &str = "mechanism,member,role,from,to,source,as_of,note";

fn errors(text: &str) -> Vec<RowError> {
    parse_membership_rows(text).expect_err("expected the text to be rejected")
}

fn has(errors: &[RowError], line: usize, fragment: &str) -> bool {
    errors
        .iter()
        .any(|e| e.line == line && e.reason.contains(fragment))
}

#[test]
fn good_rows_are_accepted() {
    let text = format!(
        "# Secretariat update, checked 2026-11-20\n{HEADER}\n\
         sco,LAO,dialogue_partner,2025-09-01,,SCO Secretariat | https://eng.sectsco.org,2025-09-01,\n\
         unsc,COL,elected_member,2026-01-01,2027-12-31,\"UN Security Council, Current Members | https://main.un.org/securitycouncil/\",2026-01-01,\"Elected 3 June 2025\"\n\
         \n\
         pif,COK,member,,,PIF Secretariat,2025-12-01,\n\
         cica,las,observer,,,CICA Secretariat,2023-10-10,\n\
         xiangshan-forum,cams,organiser,,,Beijing Xiangshan Forum,2024-09-13,\n\
         npt,chn,state_party,1992-03-09,,UNODA,2025-12-01,\n"
    );
    let rows = parse_membership_rows(&text).unwrap();
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0].line, 3);
    assert_eq!(rows[0].role, Role::DialoguePartner);
    assert_eq!(rows[0].from, NaiveDate::from_ymd_opt(2025, 9, 1));
    assert_eq!(rows[0].to, None);
    assert_eq!(rows[0].note, None);
    assert_eq!(
        rows[1].source,
        "UN Security Council, Current Members | https://main.un.org/securitycouncil/"
    );
    assert_eq!(rows[1].to, NaiveDate::from_ymd_opt(2027, 12, 31));
    assert_eq!(rows[1].note.as_deref(), Some("Elected 3 June 2025"));
    assert_eq!((rows[2].line, rows[2].member_kind), (6, MemberKind::Other));
    assert_eq!(rows[3].member_kind, MemberKind::Mechanism);
    assert_eq!(rows[4].member_kind, MemberKind::Other);
    assert_eq!(
        (rows[5].member.as_str(), rows[5].member_kind),
        ("CHN", MemberKind::State),
        "alpha-3 is canonicalised"
    );
}

#[test]
fn note_column_is_optional_and_columns_may_be_reordered() {
    let text = "member,mechanism,role,from,to,as_of,source\nKAZ,canwfz,state_party,2009-03-21,,2025-12-01,UNODA\n";
    let rows = parse_membership_rows(text).unwrap();
    assert_eq!(rows[0].mechanism, "canwfz");
    assert_eq!(rows[0].member, "KAZ");
}

#[test]
fn unknown_state_code_is_reported_with_line_and_reason() {
    let e = errors(&format!(
        "{HEADER}\nsco,XYZ,member,2024-07-04,,SCO Secretariat,2025-09-01,\n"
    ));
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].line, 2);
    assert!(
        e[0].reason.contains("unknown member 'XYZ'"),
        "{}",
        e[0].reason
    );
    assert_eq!(e[0].to_string(), format!("line 2: {}", e[0].reason));
}

#[test]
fn alpha2_or_numeric_codes_are_refused_with_the_alpha3_to_use() {
    let e = errors(&format!(
        "{HEADER}\nsco,BY,member,2024-07-04,,SCO,2025-09-01,\nsco,112,member,2024-07-04,,SCO,2025-09-01,\n"
    ));
    assert!(has(
        &e,
        2,
        "must be given by its ISO alpha-3 code: BLR (Belarus)"
    ));
    assert!(has(&e, 3, "BLR"));
}

#[test]
fn bad_dates_are_reported() {
    let e = errors(&format!(
        "{HEADER}\n\
         sco,BLR,member,2024-13-04,,SCO,2025-09-01,\n\
         sco,BLR,member,4 July 2024,,SCO,2025-09-01,\n\
         sco,BLR,member,2024-07-04,,SCO,2025-9-1,\n\
         sco,BLR,member,2024-07-04,,SCO,,\n\
         unsc,LVA,elected_member,2027-12-31,2026-01-01,UNSC,2026-01-01,\n"
    ));
    assert!(has(&e, 2, "'from' is not a valid date"));
    assert!(has(&e, 3, "'from' is not a valid date"));
    assert!(has(&e, 4, "'as_of' is not a valid date"));
    assert!(has(&e, 5, "'as_of' is required"));
    assert!(has(
        &e,
        6,
        "'to' (2026-01-01) is before 'from' (2027-12-31)"
    ));
}

#[test]
fn missing_source_is_reported() {
    let e = errors(&format!(
        "{HEADER}\nbrics,IDN,member,2025-01-06,,,2025-01-06,\nbrics,VNM,partner,2025-06-13,,   ,2025-06-13,\n"
    ));
    assert!(has(&e, 2, "'source' is required"));
    assert!(has(&e, 3, "'source' is required"));
}

#[test]
fn unknown_mechanism_role_and_role_kind_mismatch() {
    let e = errors(&format!(
        "{HEADER}\n\
         nato,USA,member,,,NATO,2025-01-01,\n\
         sco,IND,chair,,,SCO,2025-01-01,\n\
         npt,CHN,member,,,UNODA,2025-01-01,\n\
         sco,CHN,state_party,,,SCO,2025-01-01,\n\
         sco,sco,member,,,SCO,2025-01-01,\n"
    ));
    assert!(has(&e, 2, "unknown mechanism 'nato'"));
    assert!(has(&e, 3, "'role' must be one of member, permanent_member"));
    assert!(has(
        &e,
        4,
        "'npt' is a treaty: its rows use the role state_party"
    ));
    assert!(has(&e, 5, "role state_party is for treaties"));
    assert!(has(&e, 6, "cannot be a member of itself"));
}

#[test]
fn overlapping_rows_for_the_same_role_are_refused() {
    let e = errors(&format!(
        "{HEADER}\n\
         unsc,JPN,elected_member,2023-01-01,2024-12-31,UNSC,2025-01-01,\n\
         unsc,JPN,elected_member,2024-06-01,2025-12-31,UNSC,2025-01-01,\n"
    ));
    assert_eq!(e.len(), 1);
    assert!(has(&e, 3, "overlapping period (line 2)"));
    // Consecutive terms do not overlap.
    let ok = format!(
        "{HEADER}\n\
         unsc,JPN,elected_member,2023-01-01,2024-12-31,UNSC,2025-01-01,\n\
         unsc,JPN,elected_member,2025-01-01,2026-12-31,UNSC,2025-01-01,\n"
    );
    assert_eq!(parse_membership_rows(&ok).unwrap().len(), 2);
}

#[test]
fn all_or_nothing_every_error_is_reported() {
    let text = format!(
        "{HEADER}\n\
         asean,TLS,member,2025-10-26,,ASEAN Secretariat,2025-10-26,\n\
         asean,ZZZ,member,2025-10-26,,ASEAN Secretariat,2025-10-26,\n\
         asean,TLS,observer,2022-11-11,2025-10-25,,2025-10-26,\n"
    );
    let e = errors(&text);
    assert_eq!(e.iter().map(|e| e.line).collect::<Vec<_>>(), vec![3, 4]);
}

#[test]
fn header_problems_are_reported_on_the_header_line() {
    let e = errors("# comment\nmechanism,member,role,from,to,as_of,remarks\n");
    assert!(has(&e, 2, "header lacks the required column 'source'"));
    assert!(has(&e, 2, "unknown column 'remarks'"));
    let e = errors(&format!("{HEADER}\nsco,CHN,member\n"));
    assert!(has(&e, 2, "expected 8 fields (as in the header), found 3"));
    let e = errors("");
    assert!(has(&e, 1, "no header row"));
}

#[test]
fn every_embedded_file_passes_the_import_parser() {
    // The shipped files use exactly the import format.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/memberships");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let rows =
            parse_membership_rows(&text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert!(!rows.is_empty());
    }
}
