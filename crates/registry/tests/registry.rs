//! Tests of the embedded registry: counts, code shapes, classifications, the cross-check
//! against `keshvar`, mechanisms and memberships, and known facts over time.

use std::collections::{BTreeSet, HashSet};

use chrono::NaiveDate;
use gsi_registry::{
    MechanismKind, MemberKind, Party, RegionalGroup, Role, UnStatus, members_as_of, registry,
};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn ids(slug: &str, date: &str, role: Role) -> Vec<String> {
    registry()
        .member_ids_as_of(slug, d(date), role)
        .unwrap()
        .into_iter()
        .map(String::from)
        .collect()
}

fn set(codes: &str) -> Vec<String> {
    let mut v: Vec<String> = codes.split_whitespace().map(String::from).collect();
    v.sort();
    v
}

// ------------------------------------------------------------------------------------ states

#[test]
fn exactly_193_members_and_2_observer_states() {
    let reg = registry();
    let members = reg
        .states()
        .iter()
        .filter(|s| s.un_status == UnStatus::Member)
        .count();
    let observers: BTreeSet<&str> = reg
        .states()
        .iter()
        .filter(|s| s.un_status == UnStatus::Observer)
        .map(|s| s.alpha3.as_str())
        .collect();
    assert_eq!(members, 193);
    assert_eq!(observers, BTreeSet::from(["PSE", "VAT"]));
    assert_eq!(reg.states().len(), 195);
}

#[test]
fn codes_have_the_right_shape_and_are_unique() {
    let reg = registry();
    let (mut a2, mut a3, mut num) = (HashSet::new(), HashSet::new(), HashSet::new());
    for s in reg.states() {
        assert!(
            s.alpha2.len() == 2 && s.alpha2.bytes().all(|b| b.is_ascii_uppercase()),
            "{}",
            s.alpha2
        );
        assert!(
            s.alpha3.len() == 3 && s.alpha3.bytes().all(|b| b.is_ascii_uppercase()),
            "{}",
            s.alpha3
        );
        assert!(s.numeric > 0 && s.numeric < 1000, "{}", s.numeric);
        assert_eq!(s.numeric_code().len(), 3);
        assert!(a2.insert(&s.alpha2), "duplicate alpha-2 {}", s.alpha2);
        assert!(a3.insert(&s.alpha3), "duplicate alpha-3 {}", s.alpha3);
        assert!(num.insert(s.numeric), "duplicate numeric {}", s.numeric);
        assert!(!s.names.en.is_empty());
    }
}

#[test]
fn every_state_has_region_sub_region_and_group() {
    for s in registry().states() {
        assert_eq!(
            s.region.level,
            gsi_registry::M49Level::Region,
            "{}",
            s.alpha3
        );
        assert_eq!(
            s.sub_region.level,
            gsi_registry::M49Level::SubRegion,
            "{}",
            s.alpha3
        );
        assert_eq!(s.sub_region.parent.as_deref(), Some(s.region.code.as_str()));
        if let Some(i) = &s.intermediate_region {
            assert_eq!(i.parent.as_deref(), Some(s.sub_region.code.as_str()));
        }
        if s.alpha3 == "VAT" {
            assert!(
                s.group.is_none(),
                "the Holy See belongs to no regional group"
            );
        } else {
            assert!(s.group.is_some(), "{} has no regional group", s.alpha3);
        }
        if s.is_un_member() {
            assert!(
                s.admitted.is_some(),
                "{} lacks its admission date",
                s.alpha3
            );
        } else {
            assert!(s.admitted.is_none());
        }
    }
}

#[test]
fn regional_groups_have_their_known_sizes_and_special_cases() {
    let reg = registry();
    let count = |g: RegionalGroup| {
        reg.states()
            .iter()
            .filter(|s| s.is_un_member())
            .filter(|s| {
                s.group
                    .is_some_and(|p| p.group == g && p.status == gsi_registry::GroupStatus::Member)
            })
            .count()
    };
    assert_eq!(count(RegionalGroup::African), 54);
    assert_eq!(count(RegionalGroup::AsiaPacific), 54);
    assert_eq!(count(RegionalGroup::EasternEuropean), 23);
    assert_eq!(count(RegionalGroup::LatinAmericanCaribbean), 33);
    assert_eq!(count(RegionalGroup::Weog), 28);
    let group = |c: &str| reg.state(c).unwrap().group.unwrap();
    assert_eq!(group("KIR").group, RegionalGroup::AsiaPacific);
    assert_eq!(group("TUR").group, RegionalGroup::Weog);
    assert_eq!(group("ISR").group, RegionalGroup::Weog);
    assert_eq!(group("CYP").group, RegionalGroup::AsiaPacific);
    let usa = group("USA");
    assert_eq!(
        (usa.group, usa.status),
        (RegionalGroup::Weog, gsi_registry::GroupStatus::Observer)
    );
    assert!(
        reg.state("USA")
            .unwrap()
            .note
            .as_deref()
            .unwrap()
            .contains("observer")
    );
}

#[test]
fn ldc_lldc_and_sids_lists() {
    let reg = registry();
    let count =
        |f: fn(&gsi_registry::StateEntry) -> bool| reg.states().iter().filter(|s| f(s)).count();
    assert_eq!(count(|s| s.ldc), 44);
    assert_eq!(count(|s| s.lldc), 32);
    assert_eq!(count(|s| s.sids), 38);
    // Graduations: Bhutan (2023-12-13), Sao Tome and Principe (2024-12-13), Vanuatu (2020).
    for graduated in ["BTN", "STP", "VUT"] {
        assert!(!reg.state(graduated).unwrap().ldc, "{graduated}");
    }
    assert!(reg.state("BTN").unwrap().lldc);
    assert!(reg.state("STP").unwrap().sids);
    assert!(reg.state("HTI").unwrap().ldc && reg.state("HTI").unwrap().sids);
}

#[test]
fn m49_classification_spot_checks() {
    let reg = registry();
    let areas = |c: &str| {
        let s = reg.state(c).unwrap();
        (
            s.region.name.clone(),
            s.sub_region.name.clone(),
            s.intermediate_region.as_ref().map(|a| a.name.clone()),
        )
    };
    assert_eq!(areas("CHN"), ("Asia".into(), "Eastern Asia".into(), None));
    assert_eq!(
        areas("KEN"),
        (
            "Africa".into(),
            "Sub-Saharan Africa".into(),
            Some("Eastern Africa".into())
        )
    );
    assert_eq!(areas("SSD").2.as_deref(), Some("Eastern Africa"));
    assert_eq!(areas("SDN").1, "Northern Africa");
    assert_eq!(
        areas("MEX"),
        (
            "Americas".into(),
            "Latin America and the Caribbean".into(),
            Some("Central America".into())
        )
    );
    assert_eq!(areas("USA").1, "Northern America");
    assert_eq!(areas("PSE").1, "Western Asia");
    assert_eq!(areas("VAT").1, "Southern Europe");
    assert_eq!(reg.state("CHN").unwrap().region.code, "142");
}

#[test]
fn every_sourced_state_column_names_its_source_and_date() {
    let reg = registry();
    for column in [
        "name_en",
        "un_status",
        "admitted",
        "m49_area",
        "un_group",
        "un_group_status",
        "ldc",
        "lldc",
        "sids",
    ] {
        let src = reg
            .state_sources()
            .iter()
            .find(|s| s.column == column)
            .unwrap_or_else(|| panic!("no source for {column}"));
        assert!(!src.title.is_empty());
        assert!(
            src.url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://")),
            "{column}"
        );
    }
}

/// Cross-check of our list against the `keshvar` crate, which supplies codes and names.
#[test]
fn cross_check_with_keshvar() {
    let reg = registry();
    // Our 193 members are exactly the countries keshvar flags as UN members.
    let theirs: BTreeSet<String> = keshvar::CountryIterator::new()
        .filter(|c| c.un_member())
        .map(|c| c.alpha2().to_string())
        .collect();
    let ours: BTreeSet<String> = reg
        .states()
        .iter()
        .filter(|s| s.is_un_member())
        .map(|s| s.alpha2.clone())
        .collect();
    assert_eq!(theirs, ours);

    // keshvar's sub-region is M49's intermediate region where one exists, else the sub-region.
    // Known differences, each checked against the M49 overview:
    let known_differences = [("SS", "northern-africa")]; // M49: South Sudan is in Eastern Africa.
    for s in reg.states() {
        let country = keshvar::Alpha2::try_from(s.alpha2.as_str())
            .unwrap()
            .to_country();
        assert_eq!(country.alpha3().to_string(), s.alpha3);
        let ours = s
            .intermediate_region
            .as_ref()
            .unwrap_or(&s.sub_region)
            .name
            .to_lowercase()
            .replace(' ', "-");
        let theirs = country
            .maybe_subregion()
            .map(|r| r.to_string())
            .unwrap_or_default();
        if known_differences.contains(&(s.alpha2.as_str(), theirs.as_str())) {
            assert_ne!(ours, theirs);
            continue;
        }
        assert_eq!(
            ours, theirs,
            "M49 area of {} differs from keshvar",
            s.alpha2
        );
    }
}

// ------------------------------------------------------------------------------------ lookups

#[test]
fn lookup_by_code_in_any_form() {
    let reg = registry();
    for code in ["cn", "CN", "chn", "CHN", "156", " 156 "] {
        assert_eq!(reg.state(code).unwrap().alpha3, "CHN", "{code}");
    }
    assert_eq!(reg.state("4").unwrap().alpha3, "AFG");
    assert_eq!(reg.state("004").unwrap().alpha3, "AFG");
    assert_eq!(reg.state("va").unwrap().names.en, "Holy See");
    assert!(reg.state("XX").is_none());
    assert!(
        reg.state("TWN").is_none(),
        "only UN Member and observer States are listed"
    );
}

#[test]
fn lookup_by_name_in_every_language_present() {
    let reg = registry();
    let cases = [
        ("china", "CHN"),
        ("中国", "CHN"),
        ("Chine", "CHN"),
        ("Китай", "CHN"),
        ("الصين", "CHN"),
        ("Turquía", "TUR"),
        ("türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("state of palestine", "PSE"),
        ("Côte d’Ivoire", "CIV"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("republic of korea", "KOR"),
        ("Netherlands (Kingdom of the)", "NLD"),
        ("Netherlands", "NLD"),
        (
            "United Kingdom of Great Britain and Northern Ireland",
            "GBR",
        ),
        ("Holy See", "VAT"),
    ];
    for (name, code) in cases {
        assert_eq!(
            reg.find_state(name).map(|s| s.alpha3.as_str()),
            Some(code),
            "{name}"
        );
    }
    assert!(reg.find_state("Atlantis").is_none());
}

#[test]
fn un_english_names_are_unique_and_found() {
    let reg = registry();
    for s in reg.states() {
        assert_eq!(reg.state_by_name(&s.names.en).unwrap().alpha3, s.alpha3);
    }
}

// ------------------------------------------------------------------------------------ mechanisms

const SLUGS: &[&str] = &[
    "sco",
    "brics",
    "cica",
    "lmc",
    "au",
    "asean",
    "las",
    "celac",
    "pif",
    "un",
    "unga",
    "unsc",
    "unsc-1540",
    "china-central-asia",
    "afghanistan-neighbours",
    "china-horn-of-africa",
    "capsf",
    "mess-forum",
    "xiangshan-forum",
    "gpscf-lianyungang",
    "un-peace-security-subfund",
    "lmc-special-fund",
    "npt",
    "cwc",
    "bwc",
    "tlatelolco",
    "rarotonga",
    "bangkok-treaty",
    "pelindaba",
    "canwfz",
];

#[test]
fn every_mechanism_exists_with_members_and_sources() {
    let reg = registry();
    let slugs: BTreeSet<&str> = reg.mechanisms().iter().map(|m| m.slug.as_str()).collect();
    assert_eq!(slugs, SLUGS.iter().copied().collect());
    for m in reg.mechanisms() {
        assert!(
            reg.memberships_of(&m.slug).count() >= 1,
            "{} has no rows",
            m.slug
        );
        assert!(!m.sections.is_empty(), "{} names no paper section", m.slug);
        assert!(!m.source.is_empty());
        if let Some(p) = &m.parent {
            assert!(reg.mechanism(p).is_some());
        }
        if m.kind == MechanismKind::Forum {
            assert!(
                reg.memberships_of(&m.slug)
                    .all(|r| r.role == Role::Organiser),
                "{}",
                m.slug
            );
        }
        if m.kind == MechanismKind::Fund {
            assert!(
                reg.memberships_of(&m.slug)
                    .any(|r| r.role == Role::Administrator),
                "{}",
                m.slug
            );
        }
    }
    assert_eq!(
        reg.mechanism("sco").unwrap().name_zh.as_deref(),
        Some("上海合作组织")
    );
    assert!(
        reg.mechanism("unsc-1540")
            .unwrap()
            .sections
            .contains(&"III.4".to_string())
    );
}

#[test]
fn every_membership_is_sourced_dated_and_refers_to_a_known_party() {
    let reg = registry();
    assert!(!reg.memberships().is_empty());
    for m in reg.memberships() {
        assert!(
            !m.source.trim().is_empty(),
            "{} {} has no source",
            m.mechanism,
            m.member
        );
        assert!(
            m.as_of >= d("2020-01-01") && m.as_of <= d("2026-12-31"),
            "{} {}: as_of {}",
            m.mechanism,
            m.member,
            m.as_of
        );
        let party = reg
            .party(&m.member)
            .unwrap_or_else(|| panic!("{} in {} is unknown", m.member, m.mechanism));
        let kind = match party {
            Party::State(_) => MemberKind::State,
            Party::Mechanism(_) => MemberKind::Mechanism,
            Party::Other(_) => MemberKind::Other,
        };
        assert_eq!(kind, m.member_kind);
        assert!(reg.mechanism(&m.mechanism).is_some());
        if let (Some(f), Some(t)) = (m.from, m.to) {
            assert!(f <= t);
        }
    }
}

#[test]
fn un_and_general_assembly() {
    let members = ids("un", "2026-06-01", Role::Member);
    assert_eq!(members.len(), 193);
    assert_eq!(ids("unga", "2026-06-01", Role::Member), members);
    assert_eq!(ids("un", "2026-06-01", Role::Observer), set("PSE VAT"));
    // South Sudan was admitted on 2011-07-14.
    assert_eq!(ids("un", "2011-07-13", Role::Member).len(), 192);
    assert_eq!(ids("un", "2011-07-14", Role::Member).len(), 193);
    // 51 original Members joined in 1945; Czechoslovakia and Yugoslavia are listed under their
    // successors' later admission dates, so 49 rows date from 1945.
    assert_eq!(ids("un", "1945-12-31", Role::Member).len(), 49);
}

#[test]
fn security_council_in_2026() {
    assert_eq!(
        ids("unsc", "2026-06-01", Role::PermanentMember),
        set("CHN FRA GBR RUS USA")
    );
    assert_eq!(
        ids("unsc", "2026-06-01", Role::ElectedMember),
        set("DNK GRC PAK PAN SOM BHR COL COD LVA LBR")
    );
    assert_eq!(
        ids("unsc", "2025-06-01", Role::ElectedMember),
        set("DNK GRC PAK PAN SOM DZA GUY KOR SLE SVN")
    );
    assert_eq!(members_as_of("unsc", d("2026-01-01")).unwrap().len(), 15);
    // Terms end on 31 December.
    let rows = members_as_of("unsc", d("2026-12-31")).unwrap();
    assert!(rows.iter().any(|r| r.member == "DNK"));
    let rows = members_as_of("unsc", d("2027-01-01")).unwrap();
    assert!(!rows.iter().any(|r| r.member == "DNK"));
    assert!(
        rows.iter()
            .any(|r| r.member == "LVA" && r.to == Some(d("2027-12-31")))
    );
    // The 1540 Committee has the Council's composition.
    for day in ["2024-03-01", "2025-06-01", "2026-06-01"] {
        let council: Vec<_> = members_as_of("unsc", d(day))
            .unwrap()
            .iter()
            .map(|r| (r.member.clone(), r.role))
            .collect();
        let committee: Vec<_> = members_as_of("unsc-1540", d(day))
            .unwrap()
            .iter()
            .map(|r| (r.member.clone(), r.role))
            .collect();
        assert_eq!(council, committee, "{day}");
        assert_eq!(council.len(), 15, "{day}");
    }
}

#[test]
fn sco_belarus_from_2024_07_04() {
    let before = ids("sco", "2024-07-03", Role::Member);
    let after = ids("sco", "2024-07-04", Role::Member);
    assert!(!before.contains(&"BLR".to_string()));
    assert!(after.contains(&"BLR".to_string()));
    assert_eq!(after, set("BLR CHN IND IRN KAZ KGZ PAK RUS TJK UZB"));
    assert_eq!(ids("sco", "2025-10-01", Role::Observer), set("AFG MNG"));
    assert_eq!(ids("sco", "2025-10-01", Role::DialoguePartner).len(), 15);
}

#[test]
fn brics_indonesia_from_2025_01_06() {
    assert!(!ids("brics", "2024-12-31", Role::Member).contains(&"IDN".to_string()));
    assert!(ids("brics", "2025-01-06", Role::Member).contains(&"IDN".to_string()));
    assert_eq!(
        ids("brics", "2025-07-01", Role::Member),
        set("BRA RUS IND CHN ZAF EGY ETH IRN ARE SAU IDN")
    );
    assert_eq!(
        ids("brics", "2025-07-01", Role::Partner),
        set("BLR BOL CUB KAZ MYS THA UGA UZB NGA VNM")
    );
    assert_eq!(ids("brics", "2025-01-16", Role::Partner).len(), 8);
}

#[test]
fn asean_before_and_after_timor_leste() {
    assert_eq!(ids("asean", "2025-10-25", Role::Member).len(), 10);
    assert_eq!(ids("asean", "2025-10-26", Role::Member).len(), 11);
    assert_eq!(ids("asean", "2025-10-25", Role::Observer), set("TLS"));
    assert!(ids("asean", "2025-10-26", Role::Observer).is_empty());
    assert_eq!(
        ids("asean", "1990-01-01", Role::Member),
        set("BRN IDN MYS PHL SGP THA")
    );
}

#[test]
fn lmc_is_exactly_the_six_riparian_states() {
    assert_eq!(
        ids("lmc", "2026-01-01", Role::Member),
        set("CHN KHM LAO MMR THA VNM")
    );
    assert!(ids("lmc", "2015-01-01", Role::Member).is_empty());
}

#[test]
fn regional_organisation_counts() {
    assert_eq!(ids("au", "2025-12-01", Role::Member).len(), 55);
    assert!(ids("au", "2025-12-01", Role::Member).contains(&"sadr".to_string()));
    assert_eq!(ids("las", "2025-12-01", Role::Member).len(), 22);
    assert_eq!(ids("celac", "2025-12-01", Role::Member).len(), 33);
    assert_eq!(ids("pif", "2025-12-01", Role::Member).len(), 18);
    assert_eq!(ids("cica", "2025-12-01", Role::Member).len(), 28);
    assert!(ids("cica", "2025-12-01", Role::Observer).contains(&"TKM".to_string()));
    assert_eq!(
        ids("china-central-asia", "2025-12-01", Role::Member),
        set("CHN KAZ KGZ TJK TKM UZB")
    );
    assert_eq!(
        ids("afghanistan-neighbours", "2021-09-08", Role::Participant),
        set("CHN IRN PAK TJK TKM UZB")
    );
    assert_eq!(
        ids("afghanistan-neighbours", "2023-04-13", Role::Participant),
        set("CHN IRN PAK TJK TKM UZB RUS")
    );
}

#[test]
fn suspension_is_a_status_not_a_removal() {
    let members = ids("au", "2024-01-01", Role::Member);
    let suspended = ids("au", "2024-01-01", Role::SuspendedMember);
    assert_eq!(suspended, set("BFA GAB GIN MLI NER SDN"));
    assert!(
        suspended.iter().all(|s| members.contains(s)),
        "suspended states remain members"
    );
    // Gabon's suspension was lifted on 2025-04-30.
    assert!(!ids("au", "2025-05-01", Role::SuspendedMember).contains(&"GAB".to_string()));
    // Syria's participation in the LAS was suspended 2011-2023.
    assert!(ids("las", "2015-01-01", Role::SuspendedMember).contains(&"SYR".to_string()));
    assert!(ids("las", "2024-01-01", Role::SuspendedMember).is_empty());
    assert!(ids("las", "2015-01-01", Role::Member).contains(&"SYR".to_string()));
}

#[test]
fn treaty_parties() {
    let npt = ids("npt", "2025-12-01", Role::StateParty);
    assert_eq!(npt.len(), 191);
    for outside in ["IND", "ISR", "PAK", "SSD"] {
        assert!(!npt.contains(&outside.to_string()), "{outside}");
    }
    let cwc = ids("cwc", "2025-12-01", Role::StateParty);
    assert_eq!(cwc.len(), 193);
    for outside in ["EGY", "ISR", "PRK", "SSD"] {
        assert!(!cwc.contains(&outside.to_string()), "{outside}");
    }
    assert_eq!(ids("bwc", "2025-12-01", Role::StateParty).len(), 189);
    assert!(!ids("bwc", "2025-05-19", Role::StateParty).contains(&"KIR".to_string()));
    assert_eq!(ids("tlatelolco", "2025-12-01", Role::StateParty).len(), 33);
    assert_eq!(ids("rarotonga", "2025-12-01", Role::StateParty).len(), 13);
    assert_eq!(
        ids("bangkok-treaty", "2025-12-01", Role::StateParty).len(),
        10
    );
    assert_eq!(ids("pelindaba", "2025-12-01", Role::StateParty).len(), 44);
    assert_eq!(
        ids("canwfz", "2025-12-01", Role::StateParty),
        set("KAZ KGZ TJK TKM UZB")
    );
    // Every treaty row uses state_party, and no other mechanism does.
    for m in registry().memberships() {
        let treaty = registry().mechanism(&m.mechanism).unwrap().kind == MechanismKind::Treaty;
        assert_eq!(
            treaty,
            m.role == Role::StateParty,
            "{} {}",
            m.mechanism,
            m.member
        );
    }
}

#[test]
fn unknown_mechanism_is_an_error() {
    let err = members_as_of("nato", d("2025-01-01")).unwrap_err();
    assert_eq!(err.to_string(), "unknown mechanism 'nato'");
}

#[test]
fn memberships_of_a_party() {
    let reg = registry();
    let slugs: BTreeSet<String> = reg
        .memberships_of_party("CHN", d("2026-06-01"))
        .into_iter()
        .map(|m| m.mechanism.clone())
        .collect();
    for s in [
        "un", "unsc", "sco", "brics", "cica", "lmc", "npt", "cwc", "bwc",
    ] {
        assert!(slugs.contains(s), "{s}");
    }
    assert!(!slugs.contains("au"));
}

#[test]
fn registry_serialises_to_json() {
    let json = serde_json::to_value(registry()).unwrap();
    assert_eq!(json["states"].as_array().unwrap().len(), 195);
    assert!(json["memberships"].as_array().unwrap().len() > 1000);
}

/// Every file in `data/memberships/` is embedded (the list in the code is complete).
#[test]
fn every_membership_file_is_embedded() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/memberships");
    let on_disk: BTreeSet<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .trim_end_matches(".csv")
                .to_string()
        })
        .collect();
    let embedded: BTreeSet<String> = registry()
        .mechanisms()
        .iter()
        .map(|m| m.slug.clone())
        .collect();
    assert_eq!(on_disk, embedded);
}
