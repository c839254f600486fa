//! The typed records of the registry: states, M49 areas, mechanisms, other parties and
//! memberships, and the small vocabularies (enums) their files use.

use chrono::NaiveDate;
use serde::Serialize;

/// Declares a string-coded enum: `as_str` gives the token used in the data files, `parse`
/// reads it back (exactly, lowercase) and `TOKENS` lists every accepted token.
macro_rules! token_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $token:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $token)] $variant),+
        }

        impl $name {
            /// Every token accepted in the data files, in declaration order.
            pub const TOKENS: &'static [&'static str] = &[$($token),+];

            /// The token used in the data files.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $token),+ }
            }

            /// Reads a token as written in the data files.
            pub fn parse(token: &str) -> Option<Self> {
                match token { $($token => Some(Self::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

token_enum! {
    /// Standing of a state at the United Nations.
    UnStatus {
        /// A Member State.
        Member = "member",
        /// A non-member observer State (the Holy See, the State of Palestine).
        Observer = "observer",
    }
}

token_enum! {
    /// The five UN regional groups (of the General Assembly, for elections and rotation).
    RegionalGroup {
        /// Group of African States.
        African = "african",
        /// Group of Asia-Pacific States.
        AsiaPacific = "asia_pacific",
        /// Group of Eastern European States.
        EasternEuropean = "eastern_european",
        /// Group of Latin American and Caribbean States (GRULAC).
        LatinAmericanCaribbean = "latin_american_caribbean",
        /// Group of Western European and other States (WEOG).
        Weog = "weog",
    }
}

impl RegionalGroup {
    /// The group's name in English.
    pub fn name(self) -> &'static str {
        match self {
            Self::African => "African States",
            Self::AsiaPacific => "Asia-Pacific States",
            Self::EasternEuropean => "Eastern European States",
            Self::LatinAmericanCaribbean => "Latin American and Caribbean States",
            Self::Weog => "Western European and other States",
        }
    }
}

token_enum! {
    /// How a state takes part in its regional group.
    GroupStatus {
        /// Full member of the group.
        Member = "member",
        /// Attends as an observer (the United States in WEOG).
        Observer = "observer",
    }
}

/// A state's place in a UN regional group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GroupParticipation {
    /// The group.
    pub group: RegionalGroup,
    /// Member or observer of the group.
    pub status: GroupStatus,
}

token_enum! {
    /// Level of an area in the UN M49 standard.
    M49Level {
        /// Continental region (Africa, Americas, Asia, Europe, Oceania).
        Region = "region",
        /// Sub-region (e.g. Western Asia, Sub-Saharan Africa).
        SubRegion = "sub-region",
        /// Intermediate region (e.g. Eastern Africa, Caribbean), below a sub-region.
        IntermediateRegion = "intermediate-region",
    }
}

/// An area of the UN M49 standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct M49Area {
    /// Three-digit code, with leading zeros ("002").
    pub code: String,
    /// English name.
    pub name: String,
    /// Level in the hierarchy.
    pub level: M49Level,
    /// Code of the enclosing area; `None` for regions.
    pub parent: Option<String>,
}

/// A state's names. `en` is the UN English short name (from our data); the others come from the
/// `keshvar` crate (common names derived from CLDR, not the official UNTERM names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Names {
    /// UN English short name.
    pub en: String,
    /// Chinese (simplified).
    pub zh: Option<String>,
    /// French.
    pub fr: Option<String>,
    /// Spanish.
    pub es: Option<String>,
    /// Russian.
    pub ru: Option<String>,
    /// Arabic.
    pub ar: Option<String>,
}

impl Names {
    /// All names present, with their language code.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("en", Some(&self.en)),
            ("zh", self.zh.as_ref()),
            ("fr", self.fr.as_ref()),
            ("es", self.es.as_ref()),
            ("ru", self.ru.as_ref()),
            ("ar", self.ar.as_ref()),
        ]
        .into_iter()
        .filter_map(|(l, n)| n.map(|n| (l, n.as_str())))
    }
}

/// A UN Member State or non-member observer State.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StateEntry {
    /// ISO 3166-1 alpha-2 code ("CN").
    pub alpha2: String,
    /// ISO 3166-1 alpha-3 code ("CHN"); the id used in membership rows.
    pub alpha3: String,
    /// ISO 3166-1 numeric code (156); equal to the M49 country code.
    pub numeric: u16,
    /// ISO 3166-1 English short name (from `keshvar`).
    pub iso_short_name: String,
    /// Names in the six UN languages (see [`Names`]).
    pub names: Names,
    /// Other names the state is known by (from `keshvar`: common English name and unofficial
    /// names); used for lookup only.
    pub aliases: Vec<String>,
    /// Member State or observer State.
    pub un_status: UnStatus,
    /// Date of admission to the UN (members only).
    pub admitted: Option<NaiveDate>,
    /// M49 region.
    pub region: M49Area,
    /// M49 sub-region.
    pub sub_region: M49Area,
    /// M49 intermediate region, where M49 defines one.
    pub intermediate_region: Option<M49Area>,
    /// UN regional group; `None` for a state in no group (the Holy See).
    pub group: Option<GroupParticipation>,
    /// On the UN list of Least Developed Countries.
    pub ldc: bool,
    /// On the UN list of Landlocked Developing Countries.
    pub lldc: bool,
    /// On the UN list of Small Island Developing States (UN members).
    pub sids: bool,
    /// Remarks and caveats.
    pub note: Option<String>,
}

impl StateEntry {
    /// The numeric code as three digits ("004").
    pub fn numeric_code(&self) -> String {
        format!("{:03}", self.numeric)
    }

    /// Whether the state is a UN Member State.
    pub fn is_un_member(&self) -> bool {
        self.un_status == UnStatus::Member
    }
}

token_enum! {
    /// What a mechanism is.
    MechanismKind {
        /// An international organisation (UN, AU, ASEAN, ...).
        Organisation = "organisation",
        /// An organ or subsidiary body of an organisation (UNGA, UNSC, 1540 Committee).
        Organ = "organ",
        /// A standing cooperation mechanism without a founding treaty (BRICS, LMC, ...).
        Mechanism = "mechanism",
        /// A recurring forum held by organisers.
        Forum = "forum",
        /// A fund.
        Fund = "fund",
        /// A treaty regime; its members are States parties.
        Treaty = "treaty",
    }
}

/// An organisation, organ, mechanism, forum, fund or treaty regime.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mechanism {
    /// Stable id: lowercase letters, digits and hyphens ("sco", "unsc-1540").
    pub slug: String,
    /// What it is.
    pub kind: MechanismKind,
    /// Name in English.
    pub name_en: String,
    /// Name in Chinese, where reliably known.
    pub name_zh: Option<String>,
    /// Usual short name or acronym.
    pub short_name: Option<String>,
    /// Sections of the Concept Paper that name it ("IV.2").
    pub sections: Vec<String>,
    /// Slug of the mechanism it belongs to (unga → un).
    pub parent: Option<String>,
    /// Date or year of establishment, as written in the data ("2001-06-15", "2006").
    pub established: Option<String>,
    /// Official website.
    pub website: Option<String>,
    /// Source of the descriptive facts.
    pub source: String,
    /// Date the descriptive facts reflect.
    pub as_of: NaiveDate,
    /// Remarks and caveats.
    pub note: Option<String>,
}

token_enum! {
    /// What a party that is neither a UN (observer) State nor a mechanism is.
    OtherPartyKind {
        /// Self-governing state in free association, not a UN member (Cook Islands, Niue).
        SelfGoverningState = "self_governing_state",
        /// Territory that is a member of a mechanism (French Polynesia in the PIF).
        Territory = "territory",
        /// State that is a member of a mechanism but neither a UN member nor observer.
        StateNotUnMember = "state_not_un_member",
        /// A ministry or other government body.
        GovernmentBody = "government_body",
        /// A research institute or think tank.
        ResearchInstitute = "research_institute",
        /// An association or society.
        Association = "association",
        /// An office of the UN Secretariat.
        UnSecretariatOffice = "un_secretariat_office",
    }
}

/// A party that can appear in membership rows but is neither a state of the states list nor a
/// mechanism: Cook Islands, Niue, the SADR, forum organisers, fund administrators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OtherParty {
    /// Id used in membership rows: ISO alpha-3 where one exists ("COK"), else a slug ("cn-mnd").
    pub id: String,
    /// What it is.
    pub kind: OtherPartyKind,
    /// Name in English.
    pub name_en: String,
    /// Name in Chinese, where reliably known.
    pub name_zh: Option<String>,
    /// ISO 3166-1 alpha-2 code, where one exists.
    pub alpha2: Option<String>,
    /// Source.
    pub source: String,
    /// Date the facts reflect.
    pub as_of: NaiveDate,
    /// Remarks and caveats.
    pub note: Option<String>,
}

token_enum! {
    /// The role a party has in a mechanism.
    Role {
        /// Member.
        Member = "member",
        /// Permanent member (UN Security Council).
        PermanentMember = "permanent_member",
        /// Elected member for a term (UN Security Council).
        ElectedMember = "elected_member",
        /// Observer.
        Observer = "observer",
        /// Dialogue partner (SCO).
        DialoguePartner = "dialogue_partner",
        /// Partner (BRICS partner country).
        Partner = "partner",
        /// Participant in a conference or meeting format without formal membership.
        Participant = "participant",
        /// Organiser or host of a forum.
        Organiser = "organiser",
        /// Body that administers a fund.
        Administrator = "administrator",
        /// Contributor of a fund.
        Contributor = "contributor",
        /// State party to a treaty.
        StateParty = "state_party",
        /// Member whose participation is suspended (recorded alongside its `member` row).
        SuspendedMember = "suspended_member",
    }
}

token_enum! {
    /// Which list a membership row's member id refers to.
    MemberKind {
        /// A state of the states list (id = ISO alpha-3).
        State = "state",
        /// A mechanism (id = slug).
        Mechanism = "mechanism",
        /// An entry of the other-parties list.
        Other = "other",
    }
}

/// One membership row: a party's role in a mechanism over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Membership {
    /// Slug of the mechanism.
    pub mechanism: String,
    /// Id of the member: alpha-3 for states, slug for mechanisms, id for other parties.
    pub member: String,
    /// Which list `member` refers to.
    pub member_kind: MemberKind,
    /// Role.
    pub role: Role,
    /// First day in the role; `None` when not recorded (the row then counts for every date up
    /// to `to`).
    pub from: Option<NaiveDate>,
    /// Last day in the role (inclusive); `None` while the role continues.
    pub to: Option<NaiveDate>,
    /// Citable public source (title, and URL after `|`).
    pub source: String,
    /// Date the row was last known to be true per its source.
    pub as_of: NaiveDate,
    /// Remarks and caveats.
    pub note: Option<String>,
    /// Line of the row in the text it was parsed from.
    pub line: usize,
}

impl Membership {
    /// Whether the row covers `date`: `from` (if recorded) ≤ `date` ≤ `to` (if any).
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

/// The source of one column of a data file, read from its `# source[column]: ...` comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ColumnSource {
    /// Data file, relative to `crates/registry/data/`.
    pub file: String,
    /// Column the source covers.
    pub column: String,
    /// Title of the source.
    pub title: String,
    /// URL, if given.
    pub url: Option<String>,
    /// Date the column's facts reflect.
    pub as_of: NaiveDate,
}
