//! The command line of `gsi meeting` and `gsi decide`, declared with clap.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::cli::TokenArgs;

/// Where calendar entries link to.
#[derive(Args, Clone)]
pub struct CalendarArgs {
    /// Write the iCalendar file here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The platform's public address, for each entry's link to its meeting page.
    #[arg(
        long,
        env = "GSI_BASE_URL",
        default_value = "http://127.0.0.1:8080",
        value_name = "URL"
    )]
    pub base_url: gsi_app::PublicUrl,
}

#[derive(Subcommand)]
pub enum MeetingCommand {
    /// Show the decision rules a mechanism declared (or the defaults that apply until it does).
    Rules {
        /// The mechanism's id, such as sco.
        mechanism: String,
    },
    /// Declare the decision rules of the acting user's mechanism (a secretariat user's token).
    DeclareRules {
        /// The rule meetings use unless they choose another allowed one.
        #[arg(long, value_name = "RULE")]
        default: String,
        /// The rules the mechanism's meetings may use (repeat or comma-separate): consensus,
        /// consensus_minus_x, consensus_minus_one, silence, simple_majority,
        /// two_thirds_majority, security_council.
        #[arg(long, required = true, value_delimiter = ',', value_name = "RULE")]
        allow: Vec<String>,
        /// Members that must be present: a count such as 10 or a fraction such as 2/3.
        #[arg(long)]
        quorum: Option<String>,
        /// The prefix of adopted documents' symbols, such as SCO/GSI (gives SCO/GSI/2026/1).
        #[arg(long)]
        series: String,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// List meetings; every option narrows the list.
    List {
        /// Meetings of this mechanism (id such as sco).
        #[arg(long)]
        mechanism: Option<String>,
        /// Meetings this party convenes, is invited to or registered for.
        #[arg(long)]
        party: Option<String>,
    },
    /// Show a meeting: agenda with priorities and speakers, participants, documents.
    Show {
        /// The meeting's id (from `gsi meeting list`).
        id: String,
        /// Print the meeting as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Convene a meeting (of a mechanism, or ad hoc between named parties); prints its id.
    Convene(ConveneArgs),
    /// Register the acting party's delegation (or accept an invitation, or update delegates).
    Register {
        /// The meeting's id.
        id: String,
        /// A delegate's name, head of delegation first (repeat for each delegate).
        #[arg(long, required = true, value_name = "NAME")]
        delegate: Vec<String>,
        /// member, observer or guest [default: as invited, or member if a member of the
        /// mechanism, else observer]
        #[arg(long = "as", value_name = "CAPACITY")]
        capacity: Option<String>,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Withdraw the acting party's registration (or decline its invitation).
    Withdraw {
        /// The meeting's id.
        id: String,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Approve a party's pending registration (the convener's token).
    Approve {
        /// The meeting's id.
        id: String,
        /// The registering party's ISO 3166-1 alpha-3 code or id.
        party: String,
        /// A note to the party, kept with the decision.
        #[arg(long)]
        note: Option<String>,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Decline a party's pending registration (the convener's token).
    Decline {
        /// The meeting's id.
        id: String,
        /// The registering party's ISO 3166-1 alpha-3 code or id.
        party: String,
        /// The reason, kept with the decision.
        #[arg(long)]
        note: Option<String>,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Ask for the floor on an agenda item for one of the acting party's delegates.
    Speak {
        /// The meeting's id.
        id: String,
        /// The agenda item's number.
        item: u32,
        /// The delegate who speaks, as registered.
        #[arg(long, value_name = "NAME")]
        delegate: String,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Take the acting party's delegate off an agenda item's list of speakers.
    WithdrawFloor {
        /// The meeting's id.
        id: String,
        /// The agenda item's number.
        item: u32,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Attach a document (by link) to an agenda item.
    Attach {
        /// The meeting's id.
        id: String,
        /// The agenda item's number.
        item: u32,
        /// The document's title.
        #[arg(long)]
        title: String,
        /// Where the document is published (http or https).
        #[arg(long)]
        url: String,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Revise a meeting (the convener's token): title, dates, venue, online address, working
    /// languages or agenda. Item numbers are those of the agenda as it stands; afterwards the
    /// items are numbered 1 to n again, each keeping its speakers and attached documents.
    Revise(ReviseArgs),
    /// Cancel a meeting (the convener's token).
    Cancel {
        /// The meeting's id.
        id: String,
        /// Why the meeting is cancelled; shown to every participant.
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// One meeting as an iCalendar (.ics) file.
    Ical {
        /// The meeting's id.
        id: String,
        #[command(flatten)]
        calendar: CalendarArgs,
    },
    /// Every meeting a party convenes, is invited to or registered for, as an iCalendar feed.
    Calendar {
        /// The party's ISO 3166-1 alpha-3 code or id.
        party: String,
        #[command(flatten)]
        calendar: CalendarArgs,
    },
}

#[derive(Args, Clone)]
pub struct ConveneArgs {
    /// The convening mechanism (id such as sco); omit for an ad hoc meeting convened by the
    /// acting user's own party.
    #[arg(long)]
    pub mechanism: Option<String>,
    /// summit, ministerial, conference, forum, consultation, expert_meeting or
    /// bilateral_dialogue.
    #[arg(long)]
    pub kind: String,
    /// The meeting's title.
    #[arg(long)]
    pub title: String,
    /// The first day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub opens: String,
    /// The last day (YYYY-MM-DD) [default: the first day]
    #[arg(long, value_name = "DATE")]
    pub closes: Option<String>,
    /// Where the meeting is held.
    #[arg(long)]
    pub place: Option<String>,
    /// Where to join online (http or https).
    #[arg(long, value_name = "URL")]
    pub online: Option<String>,
    /// A working language as a two- or three-letter code such as en or zh (repeat or
    /// comma-separate).
    #[arg(long, value_delimiter = ',', value_name = "CODE")]
    pub language: Vec<String>,
    /// An agenda item in order, as "Title" or "Title|III.11,III.20" with the priorities it
    /// serves (repeat for each item).
    #[arg(long, value_name = "ITEM")]
    pub item: Vec<String>,
    /// A party invited, as PARTY or PARTY:CAPACITY (member, observer or guest; default member);
    /// repeat for each party. An invitation is an offer: the party accepts by registering.
    #[arg(long, value_name = "PARTY[:CAPACITY]")]
    pub invite: Vec<String>,
    /// The meeting's decision rule, one the mechanism allows [default: the mechanism's default]
    #[arg(long, value_name = "RULE")]
    pub rule: Option<String>,
    #[command(flatten)]
    pub auth: TokenArgs,
}

#[derive(Args, Clone)]
pub struct ReviseArgs {
    /// The meeting's id.
    pub id: String,
    /// The meeting's new title.
    #[arg(long)]
    pub title: Option<String>,
    /// The new first day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub opens: Option<String>,
    /// The new last day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub closes: Option<String>,
    /// The new venue; "" removes it (the meeting is then held online only).
    #[arg(long)]
    pub place: Option<String>,
    /// The new address to join online (http or https); "" removes it.
    #[arg(long, value_name = "URL")]
    pub online: Option<String>,
    /// The working languages, replacing the meeting's: two- or three-letter codes such as en or
    /// zh (repeat or comma-separate).
    #[arg(long, value_delimiter = ',', value_name = "CODE")]
    pub language: Vec<String>,
    /// An agenda item to add, as "Title" or "Title|III.11,III.20" with the priorities it serves
    /// (repeat for each item, in order); added at the end unless --add-after says where.
    #[arg(long, value_name = "ITEM")]
    pub add_item: Vec<String>,
    /// Add the new items after this item (0: at the beginning) [default: at the end]
    #[arg(long, value_name = "N", requires = "add_item")]
    pub add_after: Option<u32>,
    /// An item to retitle or re-tag: give --title-of-item, --priorities-of-item or both.
    #[arg(long, value_name = "N")]
    pub retitle_item: Option<u32>,
    /// The new title of the item named by --retitle-item.
    #[arg(long, value_name = "TITLE", requires = "retitle_item")]
    pub title_of_item: Option<String>,
    /// The priorities of the item named by --retitle-item, replacing its own, such as
    /// III.11,III.20 ("" removes them).
    #[arg(long, value_name = "PRIORITIES", requires = "retitle_item")]
    pub priorities_of_item: Option<String>,
    /// An item to remove (repeat for each): only an item without speakers or attached
    /// documents can be removed.
    #[arg(long, value_name = "N")]
    pub remove_item: Vec<u32>,
    #[command(flatten)]
    pub auth: TokenArgs,
}

#[derive(Subcommand)]
pub enum DecideCommand {
    /// Table a draft outcome document in a meeting; prints its id.
    Draft {
        /// The meeting's id.
        #[arg(long)]
        meeting: String,
        /// The document's title.
        #[arg(long)]
        title: String,
        /// A priority the document serves, III.1 to III.20 (repeat or comma-separate).
        #[arg(long, value_delimiter = ',', value_name = "PRIORITY")]
        priority: Vec<String>,
        /// A paragraph of the text, in order (repeat for each paragraph).
        #[arg(long, value_name = "TEXT", conflicts_with = "file")]
        paragraph: Vec<String>,
        /// Read the text from a file instead: paragraphs separated by blank lines.
        #[arg(long)]
        file: Option<PathBuf>,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// List outcome documents.
    List {
        /// Documents of this meeting only.
        #[arg(long)]
        meeting: Option<String>,
    },
    /// Show a document: numbered text, amendments, decisions with tally, adoption, commitments.
    Show {
        /// The document's id (or, once adopted, its symbol).
        document: String,
        /// Show this version's text [default: the latest]
        #[arg(long)]
        version: Option<u32>,
        /// Print the document as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show what changed between two versions of a document, paragraph by paragraph.
    Diff {
        /// The document's id (or, once adopted, its symbol).
        document: String,
        /// The older version [default: 1]
        #[arg(long)]
        from: Option<u32>,
        /// The newer version [default: the latest]
        #[arg(long)]
        to: Option<u32>,
    },
    /// Propose an amendment to the current text: replace, insert or delete one paragraph.
    #[command(group(
        clap::ArgGroup::new("edit")
            .required(true)
            .args(["replace", "insert_after", "delete"])
    ))]
    Amend {
        /// The document's id (or, once adopted, its symbol).
        document: String,
        /// Replace paragraph N with --text.
        #[arg(long, value_name = "N")]
        replace: Option<u32>,
        /// Insert --text as a new paragraph after paragraph N (0: at the beginning).
        #[arg(long, value_name = "N")]
        insert_after: Option<u32>,
        /// Delete paragraph N.
        #[arg(long, value_name = "N")]
        delete: Option<u32>,
        /// The new paragraph's text (with --replace or --insert-after).
        #[arg(long)]
        text: Option<String>,
        /// Why the change is proposed.
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Accept a proposed amendment, making a new version (the convener's token).
    Accept {
        /// The document's id (or, once adopted, its symbol).
        document: String,
        /// The amendment's number.
        amendment: u32,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Reject a proposed amendment (the convener's token).
    Reject {
        /// The document's id (or, once adopted, its symbol).
        document: String,
        /// The amendment's number.
        amendment: u32,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Open a decision on the current version (the convener's token).
    Open {
        /// The document's id (or, once adopted, its symbol).
        document: String,
        /// consensus, consensus_minus_x, consensus_minus_one, silence, simple_majority,
        /// two_thirds_majority or security_council [default: the meeting's rule]
        #[arg(long)]
        rule: Option<String>,
        /// For silence: when silence ends (RFC 3339, such as 2026-12-01T12:00:00Z).
        #[arg(long, value_name = "TIME")]
        deadline: Option<String>,
        /// For consensus_minus_one: the party whose objection does not block.
        #[arg(long, value_name = "PARTY")]
        party_concerned: Option<String>,
        /// For security_council: the parties to the dispute under Chapter VI, who abstain
        /// (comma-separated).
        #[arg(long, value_delimiter = ',', value_name = "PARTY")]
        chapter_vi: Vec<String>,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Record the acting party's own position in the open decision.
    Position {
        /// The document's id (or, once adopted, its symbol).
        document: String,
        /// support, stand_aside, object or opt_out (consensus rules); yes, no or abstain (votes).
        position: String,
        /// How comfortable the party is with a consensus it joins: support, can_live_with_it or
        /// reservations.
        #[arg(long)]
        comfort: Option<String>,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Close the open decision (the convener's token); prints the outcome and the symbol.
    Close {
        /// The document's id (or, once adopted, its symbol).
        document: String,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// The positions and the outcome of the open (or last) decision, as it stands now.
    Tally {
        /// The document's id (or, once adopted, its symbol).
        document: String,
    },
    /// Mark a paragraph of the adopted text as a commitment of named parties (the convener's
    /// token).
    Commit {
        /// The document's id (or, once adopted, its symbol).
        document: String,
        /// The paragraph's number in the adopted text.
        #[arg(long, value_name = "N")]
        paragraph: u32,
        /// A committed party (repeat or comma-separate); each must have joined the adoption.
        #[arg(long, required = true, value_delimiter = ',')]
        party: Vec<String>,
        /// When the commitment falls due (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// Report on the acting party's own implementation of a commitment.
    Report {
        /// The document's id (or, once adopted, its symbol).
        document: String,
        /// The commitment's number.
        commitment: u32,
        /// not_started, in_progress, completed or delayed.
        #[arg(long)]
        status: String,
        /// What was done, in a few sentences.
        #[arg(long)]
        narrative: String,
        /// A link to evidence (http or https; repeat for each).
        #[arg(long, value_name = "URL")]
        evidence: Vec<String>,
        #[command(flatten)]
        auth: TokenArgs,
    },
    /// The commitments of every adopted document, with each party's latest reported status.
    Commitments {
        /// Commitments of this party only.
        #[arg(long)]
        party: Option<String>,
        /// Commitments of documents serving this priority only (III.1 to III.20).
        #[arg(long)]
        priority: Option<String>,
    },
}
