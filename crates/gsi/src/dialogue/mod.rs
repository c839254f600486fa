//! `gsi meeting` and `gsi decide`: meetings, outcome documents, decisions and commitments.
//!
//! Thin like the other commands: parse the arguments into the core's types (refusing bad input
//! with a sentence), authenticate the acting user by its API token where the command writes a
//! record, call the platform and print. The operator never acts for a party: a writing command
//! without a token is refused before anything is read or written.

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};
use gsi_app::Platform;
use gsi_app::dialogue::{CommitmentQuery, DocumentQuery, MeetingQuery};
use gsi_core::decisions::{Comfort, Outcome, Position, Quorum, Rule, RuleKind, RuleParameters};
use gsi_core::dialogue::documents::{
    AmendmentStatus, DraftDocument, Edit, EditByNumber, Implementation, OutcomeDocument,
};
use gsi_core::dialogue::meetings::{
    AgendaChange, Attendance, ConveneMeeting, Meeting, MeetingKind, MeetingRevision, NewAgendaItem,
    Registration,
};
use gsi_core::dialogue::rules::{DeclareRules, MechanismRules};
use gsi_core::framework::PriorityRef;
use gsi_core::text::{Change, ParagraphChange};
use gsi_core::{DocumentId, MeetingId, PartyId, Timestamp};

pub mod cli;

use crate::cli::{NodeArgs, TokenArgs};
use crate::commands::{date, open, open_as, priority_list, require_token};
use cli::{CalendarArgs, ConveneArgs, DecideCommand, MeetingCommand, ReviseArgs};

fn meeting_id(s: &str) -> Result<MeetingId> {
    Ok(MeetingId::parse(s.trim())?)
}

fn party(s: &str) -> Result<PartyId> {
    Ok(PartyId::parse(s)?)
}

/// A document by id, or an adopted document by its symbol (`SCO/GSI/2026/1`).
fn document(platform: &Platform, s: &str) -> Result<OutcomeDocument> {
    let s = s.trim();
    if s.contains('/') {
        return platform
            .dialogue()
            .document_by_symbol(s)?
            .ok_or_else(|| anyhow!("no adopted document has the symbol {s}"));
    }
    Ok(platform.dialogue().document(&DocumentId::parse(s)?)?)
}

fn quorum_str(q: Option<Quorum>) -> String {
    match q {
        None => "none".into(),
        Some(Quorum::Count(n)) => format!("{n} members present"),
        Some(Quorum::Fraction { num, den }) => format!("{num}/{den} of the members present"),
    }
}

/// An agenda item written as `Title` or `Title|III.11,III.20`.
fn agenda_item(s: &str) -> Result<NewAgendaItem> {
    let (title, priorities) = match s.rsplit_once('|') {
        Some((title, list)) => (title, list),
        None => (s, ""),
    };
    let priorities =
        priority_list(priorities).with_context(|| format!("in the agenda item \"{s}\""))?;
    Ok(NewAgendaItem {
        title: title.trim().to_owned(),
        priorities,
    })
}

/// An invitation written as `PARTY` or `PARTY:CAPACITY`.
fn invitation(s: &str) -> Result<(PartyId, Attendance)> {
    let (p, capacity) = match s.split_once(':') {
        Some((p, a)) => (p, Attendance::parse(a)?),
        None => (s, Attendance::Member),
    };
    Ok((party(p)?, capacity))
}

fn join<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|i| i.as_ref().to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

fn rule_names(kinds: &[RuleKind]) -> String {
    join(kinds.iter().map(|k| k.as_str()))
}

/// "1 meeting", "2 meetings".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// When a meeting is held: "on 2026-12-01" or "2026-12-01 to 2026-12-02".
fn dates(m: &Meeting) -> String {
    if m.opens == m.closes {
        format!("on {}", m.opens)
    } else {
        format!("{} to {}", m.opens, m.closes)
    }
}

/// At most `max` characters, with an ellipsis when cut.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Writes a calendar to the file asked for, or to standard output as it is (CRLF line ends).
fn write_calendar(ics: &str, args: &CalendarArgs) -> Result<()> {
    match &args.out {
        Some(path) => {
            fs::write(path, ics).with_context(|| format!("writing {}", path.display()))?;
            let events = ics.matches("BEGIN:VEVENT").count();
            println!("Wrote {} with {}.", path.display(), count(events, "event"));
        }
        None => std::io::stdout()
            .write_all(ics.as_bytes())
            .context("writing the calendar")?,
    }
    Ok(())
}

// --- gsi meeting ---

pub fn meeting(node: &NodeArgs, cmd: MeetingCommand) -> Result<i32> {
    let now = gsi_app::now();
    match cmd {
        MeetingCommand::Rules { mechanism } => {
            let platform = open(node)?;
            let id = party(&mechanism)?;
            if platform.party(&id)?.is_none() {
                bail!("no party {id} is registered");
            }
            print_rules(&platform.dialogue().mechanism_rules(&id)?);
        }
        MeetingCommand::DeclareRules {
            default,
            allow,
            quorum: q,
            series,
            auth,
        } => {
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let command = DeclareRules {
                mechanism: actor.party.clone(),
                default: RuleKind::parse(&default)?,
                allowed: allow
                    .iter()
                    .map(|r| RuleKind::parse(r))
                    .collect::<Result<Vec<_>, _>>()?,
                quorum: q.as_deref().map(Quorum::parse).transpose()?,
                series,
            };
            let rules = platform.dialogue().declare_rules(&actor, command, now)?;
            println!("{} declared its decision rules:", rules.mechanism);
            print_rules(&rules);
        }
        MeetingCommand::List {
            mechanism,
            party: p,
        } => {
            let platform = open(node)?;
            let query = MeetingQuery {
                mechanism: mechanism.as_deref().map(party).transpose()?,
                party: p.as_deref().map(party).transpose()?,
                ..MeetingQuery::default()
            };
            let mut meetings = platform.dialogue().meetings(&query)?;
            meetings.sort_by(|a, b| (a.opens, &a.id).cmp(&(b.opens, &b.id)));
            for m in &meetings {
                let state = if m.cancelled.is_some() {
                    "cancelled"
                } else {
                    m.kind.as_str()
                };
                println!(
                    "{}  {}  {:<10} {:<18} {}",
                    m.id,
                    m.opens,
                    m.convener.as_str(),
                    state,
                    short(&m.title, 70)
                );
            }
            println!("{}.", count(meetings.len(), "meeting"));
        }
        MeetingCommand::Show { id, json } => {
            let platform = open(node)?;
            let id = meeting_id(&id)?;
            let m = platform.dialogue().meeting(&id)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&m)?);
            } else {
                print!(
                    "{}",
                    meeting_text(
                        &m,
                        &platform
                            .dialogue()
                            .documents(&DocumentQuery::of_meeting(&id))?,
                    )
                );
            }
        }
        MeetingCommand::Convene(args) => convene(node, args, now)?,
        MeetingCommand::Register {
            id,
            delegate,
            capacity,
            auth,
        } => {
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let attendance = capacity.as_deref().map(Attendance::parse).transpose()?;
            let (m, receipt) = platform.dialogue().register(
                &actor,
                &meeting_id(&id)?,
                attendance,
                delegate,
                now,
            )?;
            let p = m
                .participant(&actor.party)
                .ok_or_else(|| anyhow!("the registration is missing"))?;
            println!(
                "{} registered for \"{}\" as {} with {} (record {}): {}.",
                actor.party,
                m.title,
                p.attendance.as_str(),
                count(p.delegates.len(), "delegate"),
                receipt.index,
                if p.status == Registration::Approved {
                    "approved"
                } else {
                    "awaiting the convener's approval"
                }
            );
        }
        MeetingCommand::Withdraw { id, auth } => {
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let (m, receipt) =
                platform
                    .dialogue()
                    .withdraw_registration(&actor, &meeting_id(&id)?, now)?;
            println!(
                "{} withdrew from \"{}\" (record {}).",
                actor.party, m.title, receipt.index
            );
        }
        MeetingCommand::Approve {
            id,
            party: p,
            note,
            auth,
        } => registration(node, &id, &p, true, note.as_deref(), &auth, now)?,
        MeetingCommand::Decline {
            id,
            party: p,
            note,
            auth,
        } => registration(node, &id, &p, false, note.as_deref(), &auth, now)?,
        MeetingCommand::Speak {
            id,
            item,
            delegate,
            auth,
        } => {
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let (m, receipt) = platform.dialogue().request_floor(
                &actor,
                &meeting_id(&id)?,
                item,
                &delegate,
                now,
            )?;
            let place = m
                .agenda
                .iter()
                .find(|i| i.number == item)
                .map_or(0, |i| i.speakers.len());
            println!(
                "{} ({}) is speaker {place} on item {item} (record {}).",
                delegate.trim(),
                actor.party,
                receipt.index
            );
        }
        MeetingCommand::WithdrawFloor { id, item, auth } => {
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let (_, receipt) =
                platform
                    .dialogue()
                    .withdraw_floor(&actor, &meeting_id(&id)?, item, now)?;
            println!(
                "{} left the list of speakers on item {item} (record {}).",
                actor.party, receipt.index
            );
        }
        MeetingCommand::Attach {
            id,
            item,
            title,
            url,
            auth,
        } => {
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let (_, receipt) = platform.dialogue().attach_document(
                &actor,
                &meeting_id(&id)?,
                item,
                &title,
                &url,
                now,
            )?;
            println!(
                "{} attached \"{}\" to item {item} (record {}).",
                actor.party,
                title.trim(),
                receipt.index
            );
        }
        MeetingCommand::Revise(args) => revise(node, args, now)?,
        MeetingCommand::Cancel { id, reason, auth } => {
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let (m, receipt) =
                platform
                    .dialogue()
                    .cancel_meeting(&actor, &meeting_id(&id)?, &reason, now)?;
            println!(
                "{} cancelled \"{}\" (record {}).",
                actor.party, m.title, receipt.index
            );
        }
        MeetingCommand::Ical { id, calendar } => {
            let platform = open(node)?;
            let ics = platform
                .dialogue()
                .meeting_calendar(&meeting_id(&id)?, calendar.base_url.as_str())?;
            write_calendar(&ics, &calendar)?;
        }
        MeetingCommand::Calendar { party: p, calendar } => {
            let platform = open(node)?;
            let id = party(&p)?;
            if platform.party(&id)?.is_none() {
                bail!("no party {id} is registered");
            }
            let ics = platform
                .dialogue()
                .party_calendar(&id, calendar.base_url.as_str())?;
            write_calendar(&ics, &calendar)?;
        }
    }
    Ok(0)
}

fn print_rules(rules: &MechanismRules) {
    match rules.declared_at {
        Some(at) => println!("Decision rules of {}, declared {at}:", rules.mechanism),
        None => println!(
            "{} has declared no decision rules; until it does these apply:",
            rules.mechanism
        ),
    }
    println!("  default   {}", rules.default.as_str());
    println!("  allowed   {}", rule_names(&rules.allowed));
    println!("  quorum    {}", quorum_str(rules.quorum));
    println!(
        "  series    {} (adopted documents are numbered {}/YEAR/N)",
        rules.series, rules.series
    );
}

fn convene(node: &NodeArgs, args: ConveneArgs, now: Timestamp) -> Result<()> {
    require_token(&args.auth)?;
    let opens = date(Some(&args.opens))?.expect("given");
    let closes = date(args.closes.as_deref())?.unwrap_or(opens);
    let command = ConveneMeeting {
        id: MeetingId::from_random(gsi_app::random_id_bytes()),
        mechanism: args.mechanism.as_deref().map(party).transpose()?,
        kind: MeetingKind::parse(&args.kind)?,
        title: args.title,
        opens,
        closes,
        place: args.place,
        online: args.online,
        languages: args.language,
        agenda: args
            .item
            .iter()
            .map(|i| agenda_item(i))
            .collect::<Result<_>>()?,
        invited: args
            .invite
            .iter()
            .map(|i| invitation(i))
            .collect::<Result<_>>()?,
        rule: args.rule.as_deref().map(RuleKind::parse).transpose()?,
    };
    let (platform, actor) = open_as(node, &args.auth, "dialogue")?;
    let (m, receipt) = platform.dialogue().convene(&actor, command, now)?;
    eprintln!(
        "{} convened \"{}\" ({}; rule {}) as record {}; the meeting's id:",
        m.convener,
        m.title,
        dates(&m),
        m.rule.as_str(),
        receipt.index
    );
    println!("{}", m.id);
    Ok(())
}

fn revise(node: &NodeArgs, args: ReviseArgs, now: Timestamp) -> Result<()> {
    require_token(&args.auth)?;
    let mut agenda = Vec::new();
    for item in &args.add_item {
        let NewAgendaItem { title, priorities } = agenda_item(item)?;
        agenda.push(AgendaChange::Add {
            title,
            priorities,
            after: args.add_after,
        });
    }
    if let Some(item) = args.retitle_item {
        if args.title_of_item.is_none() && args.priorities_of_item.is_none() {
            bail!(
                "--retitle-item {item} needs the item's new title (--title-of-item), its new \
                 priorities (--priorities-of-item) or both"
            );
        }
        agenda.push(AgendaChange::Retitle {
            item,
            title: args.title_of_item,
            priorities: args
                .priorities_of_item
                .as_deref()
                .map(priority_list)
                .transpose()
                .with_context(|| format!("in the priorities of item {item}"))?,
        });
    }
    agenda.extend(
        args.remove_item
            .iter()
            .map(|&item| AgendaChange::Remove { item }),
    );
    let revision = MeetingRevision {
        title: args.title,
        opens: date(args.opens.as_deref())?,
        closes: date(args.closes.as_deref())?,
        place: args.place,
        online: args.online,
        languages: (!args.language.is_empty()).then_some(args.language),
        agenda,
    };
    let (platform, actor) = open_as(node, &args.auth, "dialogue")?;
    let (m, receipt) =
        platform
            .dialogue()
            .revise_meeting(&actor, &meeting_id(&args.id)?, revision, now)?;
    let venue = [m.place.as_deref(), m.online.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" and ");
    println!(
        "{} revised \"{}\" (record {}): {}, {venue}, in {}. Agenda:",
        actor.party,
        m.title,
        receipt.index,
        dates(&m),
        join(&m.languages)
    );
    for item in &m.agenda {
        println!(
            "  {}. {} ({}, {})",
            item.number,
            item.title,
            count(item.speakers.len(), "speaker"),
            count(item.documents.len(), "document")
        );
    }
    Ok(())
}

fn registration(
    node: &NodeArgs,
    id: &str,
    p: &str,
    approve: bool,
    note: Option<&str>,
    auth: &TokenArgs,
    now: Timestamp,
) -> Result<()> {
    let (platform, actor) = open_as(node, auth, "dialogue")?;
    let p = party(p)?;
    let (m, receipt) = platform.dialogue().decide_registration(
        &actor,
        &meeting_id(id)?,
        &p,
        approve,
        note,
        now,
    )?;
    println!(
        "{} {} the registration of {p} for \"{}\" (record {}).",
        actor.party,
        if approve { "approved" } else { "declined" },
        m.title,
        receipt.index
    );
    Ok(())
}

fn meeting_text(m: &Meeting, documents: &[OutcomeDocument]) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "{}", m.title);
    if let Some(reason) = &m.cancelled {
        let _ = writeln!(w, "  CANCELLED: {reason}");
    }
    let _ = writeln!(w, "  id          {}", m.id);
    let _ = writeln!(w, "  kind        {}", m.kind.as_str());
    let _ = match &m.mechanism {
        Some(mech) => writeln!(
            w,
            "  convener    {} (meeting of the mechanism {mech})",
            m.convener
        ),
        None => writeln!(w, "  convener    {} (ad hoc meeting)", m.convener),
    };
    let _ = writeln!(w, "  dates       {}", dates(m));
    if let Some(place) = &m.place {
        let _ = writeln!(w, "  place       {place}");
    }
    if let Some(online) = &m.online {
        let _ = writeln!(w, "  online      {online}");
    }
    let _ = writeln!(w, "  languages   {}", join(&m.languages));
    let _ = writeln!(
        w,
        "  rule        {} (allowed: {}; quorum: {})",
        m.rule.as_str(),
        rule_names(&m.allowed_rules),
        quorum_str(m.quorum)
    );
    let _ = writeln!(w, "  series      {}", m.series);
    let _ = writeln!(w, "  convened    {}", m.convened_at);
    if let Some(at) = m.revised_at {
        let _ = writeln!(w, "  revised     {at}");
    }

    let _ = writeln!(w, "\nAgenda");
    for item in &m.agenda {
        let priorities = if item.priorities.is_empty() {
            String::new()
        } else {
            format!(
                " [{}]",
                join(item.priorities.iter().map(ToString::to_string))
            )
        };
        let _ = writeln!(w, "  {}. {}{priorities}", item.number, item.title);
        for (n, s) in item.speakers.iter().enumerate() {
            let _ = writeln!(w, "       speaker {}: {} ({})", n + 1, s.delegate, s.party);
        }
        for d in &item.documents {
            let _ = writeln!(w, "       document: {} <{}> ({})", d.title, d.url, d.by);
        }
    }

    let _ = writeln!(w, "\nParticipants");
    if m.participants.is_empty() {
        let _ = writeln!(w, "  none yet");
    }
    for p in &m.participants {
        let _ = write!(
            w,
            "  {:<10} {:<9} {:<10} since {}",
            p.party.as_str(),
            p.attendance.as_str(),
            p.status.as_str(),
            p.since
        );
        if !p.delegates.is_empty() {
            let _ = write!(w, "; delegates: {}", join(&p.delegates));
        }
        if let Some(note) = &p.note {
            let _ = write!(w, "; note: {note}");
        }
        let _ = writeln!(w);
    }

    let _ = writeln!(w, "\nOutcome documents");
    if documents.is_empty() {
        let _ = writeln!(w, "  none yet");
    }
    for d in documents {
        let _ = writeln!(w, "  {}  {}", d.id, document_summary(d));
    }
    out
}

fn document_summary(d: &OutcomeDocument) -> String {
    let state = match &d.adoption {
        Some(a) => format!("adopted as {}", a.symbol),
        None => format!("{}, version {}", d.status.as_str(), d.current().number),
    };
    format!("{} ({state}; proposed by {})", d.title, d.proposed_by)
}

// --- gsi decide ---

pub fn decide(node: &NodeArgs, cmd: DecideCommand) -> Result<i32> {
    let now = gsi_app::now();
    match cmd {
        DecideCommand::Draft {
            meeting,
            title,
            priority,
            paragraph,
            file,
            auth,
        } => {
            require_token(&auth)?;
            let paragraphs = match &file {
                Some(path) => paragraphs_from_file(path)?,
                None => paragraph,
            };
            if paragraphs.is_empty() {
                bail!(
                    "the draft has no text: give each paragraph with --paragraph, or a file with \
                     --file (paragraphs separated by blank lines)"
                );
            }
            let command = DraftDocument {
                id: DocumentId::from_random(gsi_app::random_id_bytes()),
                meeting: meeting_id(&meeting)?,
                title,
                priorities: priority
                    .iter()
                    .map(|p| PriorityRef::parse(p))
                    .collect::<Result<_, _>>()?,
                paragraphs,
            };
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let (d, receipt) = platform.dialogue().draft(&actor, command, now)?;
            eprintln!(
                "{} tabled \"{}\" with {} as record {}; the document's id:",
                actor.party,
                d.title,
                count(d.current().paragraphs.len(), "paragraph"),
                receipt.index
            );
            println!("{}", d.id);
        }
        DecideCommand::List { meeting } => {
            let platform = open(node)?;
            let query = DocumentQuery {
                meeting: meeting.as_deref().map(meeting_id).transpose()?,
                ..DocumentQuery::default()
            };
            let documents = platform.dialogue().documents(&query)?;
            for d in &documents {
                println!("{}  {}", d.id, document_summary(d));
            }
            println!("{}.", count(documents.len(), "document"));
        }
        DecideCommand::Show {
            document: doc,
            version,
            json,
        } => {
            let platform = open(node)?;
            let d = document(&platform, &doc)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&d)?);
            } else {
                let m = platform.dialogue().meeting(&d.meeting)?;
                print!("{}", document_text(&platform, &d, &m, version, now)?);
            }
        }
        DecideCommand::Diff {
            document: doc,
            from,
            to,
        } => {
            let platform = open(node)?;
            let d = document(&platform, &doc)?;
            let to = to.unwrap_or(d.current().number);
            let from = from.unwrap_or(1);
            let diff = gsi_app::dialogue::Dialogue::diff(&d, from, to)?;
            print!("{}", diff_text(&d, from, to, &diff.changes));
        }
        DecideCommand::Amend {
            document: doc,
            replace,
            insert_after,
            delete,
            text,
            reason,
            auth,
        } => {
            require_token(&auth)?;
            let needs_text = || {
                text.clone()
                    .ok_or_else(|| anyhow!("give the new paragraph's text with --text"))
            };
            let edit = match (replace, insert_after, delete) {
                (Some(paragraph), None, None) => EditByNumber::Replace {
                    paragraph,
                    text: needs_text()?,
                },
                (None, Some(after), None) => EditByNumber::Insert {
                    after,
                    text: needs_text()?,
                },
                (None, None, Some(paragraph)) if text.is_none() => {
                    EditByNumber::Delete { paragraph }
                }
                (None, None, Some(_)) => bail!("--delete takes no --text"),
                _ => bail!("give one of --replace N, --insert-after N or --delete N"),
            };
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let id = document(&platform, &doc)?.id;
            let (d, receipt) =
                platform
                    .dialogue()
                    .amend(&actor, &id, edit, reason.as_deref(), now)?;
            let a = d.amendments.last().expect("the amendment was recorded");
            println!(
                "{} proposed amendment {} to version {} (record {}): {}.",
                actor.party,
                a.number,
                a.against,
                receipt.index,
                edit_text(&d, &a.edit, a.against)
            );
        }
        DecideCommand::Accept {
            document: doc,
            amendment,
            auth,
        } => amendment_decision(node, &doc, amendment, true, &auth, now)?,
        DecideCommand::Reject {
            document: doc,
            amendment,
            auth,
        } => amendment_decision(node, &doc, amendment, false, &auth, now)?,
        DecideCommand::Open {
            document: doc,
            rule,
            deadline,
            party_concerned,
            chapter_vi,
            auth,
        } => {
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let d = document(&platform, &doc)?;
            let kind = match &rule {
                Some(r) => RuleKind::parse(r)?,
                None => platform.dialogue().meeting(&d.meeting)?.rule,
            };
            let rule = build_rule(kind, deadline, party_concerned, chapter_vi)?;
            let (d, receipt) = platform
                .dialogue()
                .open_decision(&actor, &d.id, rule, now)?;
            let decision = d.decisions.last().expect("the decision was opened");
            println!(
                "{} opened decision {} under {} on version {} (record {}); members: {}.",
                actor.party,
                decision.number,
                decision.rule.name(),
                decision.version,
                receipt.index,
                join(decision.members.iter().map(|m| m.party.as_str()))
            );
            if let Rule::Silence { deadline } = decision.rule {
                println!("Silence ends at {deadline}; an objection before then breaks it.");
            }
        }
        DecideCommand::Position {
            document: doc,
            position: p,
            comfort: c,
            auth,
        } => {
            require_token(&auth)?;
            let p = Position::parse(&p)?;
            let c = c.as_deref().map(Comfort::parse).transpose()?;
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let id = document(&platform, &doc)?.id;
            let (d, receipt) = platform
                .dialogue()
                .record_position(&actor, &id, p, c, now)?;
            let with = c.map_or(String::new(), |c| format!(" ({})", c.as_str()));
            println!(
                "{} recorded its position: {}{with} (record {}).",
                actor.party,
                p.as_str(),
                receipt.index
            );
            if let Some(outcome) = platform.dialogue().tally(&d, now)? {
                println!("As it stands: {}", outcome.reason);
            }
        }
        DecideCommand::Close {
            document: doc,
            auth,
        } => {
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let id = document(&platform, &doc)?.id;
            let (d, receipt) = platform.dialogue().close_decision(&actor, &id, now)?;
            let decision = d.decisions.last().expect("the decision was closed");
            let outcome = decision
                .outcome
                .as_ref()
                .expect("a closed decision has its outcome");
            println!("{}", outcome.reason);
            match &d.adoption {
                Some(a) if a.decision == decision.number => println!(
                    "Adopted as {} (record {}); text SHA-256 {}.",
                    a.symbol, receipt.index, a.text_hash
                ),
                _ => println!(
                    "Not adopted (record {}); drafting may go on and a new decision be opened.",
                    receipt.index
                ),
            }
        }
        DecideCommand::Tally { document: doc } => {
            let platform = open(node)?;
            let d = document(&platform, &doc)?;
            match d.decisions.last() {
                None => println!("No decision has been opened on \"{}\".", d.title),
                Some(decision) => {
                    let outcome = platform
                        .dialogue()
                        .tally(&d, now)?
                        .expect("a decision has an outcome");
                    let mut out = String::new();
                    decision_text(&mut out, decision, &outcome);
                    print!("{out}");
                }
            }
        }
        DecideCommand::Commit {
            document: doc,
            paragraph,
            party: parties,
            due,
            auth,
        } => {
            require_token(&auth)?;
            let parties = parties
                .iter()
                .map(|p| party(p))
                .collect::<Result<Vec<_>>>()?;
            let due = date(due.as_deref())?;
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let id = document(&platform, &doc)?.id;
            let (d, receipt) = platform
                .dialogue()
                .mark_commitment(&actor, &id, paragraph, parties, due, now)?;
            let c = d.commitments.last().expect("the commitment was marked");
            println!(
                "Commitment {} of {}: paragraph {paragraph}, by {}{} (record {}).",
                c.number,
                d.adoption
                    .as_ref()
                    .map_or("the document", |a| a.symbol.as_str()),
                join(c.parties.iter().map(|p| p.as_str())),
                c.due.map_or(String::new(), |d| format!(", due {d}")),
                receipt.index
            );
        }
        DecideCommand::Report {
            document: doc,
            commitment,
            status,
            narrative,
            evidence,
            auth,
        } => {
            require_token(&auth)?;
            let status = Implementation::parse(&status)?;
            let (platform, actor) = open_as(node, &auth, "dialogue")?;
            let id = document(&platform, &doc)?.id;
            let (_, receipt) = platform.dialogue().report_implementation(
                &actor, &id, commitment, status, &narrative, evidence, now,
            )?;
            println!(
                "{} reported {} on commitment {commitment} (record {}).",
                actor.party,
                status.as_str(),
                receipt.index
            );
        }
        DecideCommand::Commitments { party: p, priority } => {
            let platform = open(node)?;
            let query = CommitmentQuery {
                party: p.as_deref().map(party).transpose()?,
                priority: priority.as_deref().map(PriorityRef::parse).transpose()?,
                document: None,
            };
            let rows = platform.dialogue().commitments(&query)?;
            if !rows.is_empty() {
                println!(
                    "{:<20} {:>3} {:>4}  {:<10}  {:<32}  TEXT",
                    "SYMBOL", "NO", "PARA", "DUE", "PARTIES (LATEST STATUS)"
                );
            }
            for c in &rows {
                let parties = join(c.parties.iter().map(|(party, status)| {
                    format!("{party}:{}", status.map_or("no report", |s| s.as_str()))
                }));
                println!(
                    "{:<20} {:>3} {:>4}  {:<10}  {:<32}  {}",
                    c.symbol,
                    c.number,
                    c.paragraph,
                    c.due.map_or("-".to_owned(), |d| d.to_string()),
                    parties,
                    short(&c.text, 60)
                );
            }
            println!("{}.", count(rows.len(), "commitment"));
        }
    }
    Ok(0)
}

/// Paragraphs from a file: separated by blank lines, each one's lines joined by spaces.
fn paragraphs_from_file(path: &Path) -> Result<Vec<String>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(gsi_core::text::paragraphs(&text))
}

fn build_rule(
    kind: RuleKind,
    deadline: Option<String>,
    party_concerned: Option<String>,
    chapter_vi: Vec<String>,
) -> Result<Rule> {
    let parameters = RuleParameters {
        deadline: deadline.as_deref().map(Timestamp::parse).transpose()?,
        party_concerned: party_concerned.as_deref().map(party).transpose()?,
        chapter_vi_parties: if chapter_vi.is_empty() {
            None
        } else {
            Some(chapter_vi.iter().map(|p| party(p)).collect::<Result<_>>()?)
        },
    };
    Ok(Rule::from_kind(kind, parameters)?)
}

fn amendment_decision(
    node: &NodeArgs,
    doc: &str,
    amendment: u32,
    accept: bool,
    auth: &TokenArgs,
    now: Timestamp,
) -> Result<()> {
    let (platform, actor) = open_as(node, auth, "dialogue")?;
    let id = document(&platform, doc)?.id;
    let (d, receipt) = platform
        .dialogue()
        .decide_amendment(&actor, &id, amendment, accept, now)?;
    if accept {
        println!(
            "{} accepted amendment {amendment}, making version {} (record {}).",
            actor.party,
            d.current().number,
            receipt.index
        );
    } else {
        println!(
            "{} rejected amendment {amendment} (record {}).",
            actor.party, receipt.index
        );
    }
    Ok(())
}

/// An edit in words, with paragraph numbers as they were in version `against`.
fn edit_text(d: &OutcomeDocument, edit: &Edit, against: u32) -> String {
    let number = |id: u32| {
        d.version(against)
            .and_then(|v| v.number_of(id))
            .map_or_else(|| "?".to_owned(), |n| n.to_string())
    };
    match edit {
        Edit::Replace { paragraph, text } => {
            format!(
                "replace paragraph {} with \"{}\"",
                number(*paragraph),
                short(text, 200)
            )
        }
        Edit::Insert { after: 0, text } => {
            format!("insert at the beginning \"{}\"", short(text, 200))
        }
        Edit::Insert { after, text } => format!(
            "insert after paragraph {} \"{}\"",
            number(*after),
            short(text, 200)
        ),
        Edit::Delete { paragraph } => format!("delete paragraph {}", number(*paragraph)),
    }
}

fn document_text(
    platform: &Platform,
    d: &OutcomeDocument,
    m: &Meeting,
    version: Option<u32>,
    now: Timestamp,
) -> Result<String> {
    let latest = d.current().number;
    let number = version.unwrap_or(latest);
    let v = d.version(number).ok_or_else(|| {
        anyhow!("the document has versions 1 to {latest}; there is no version {number}")
    })?;
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "{}", d.title);
    let _ = writeln!(w, "  id          {}", d.id);
    let _ = writeln!(w, "  meeting     {} ({})", m.id, m.title);
    let _ = writeln!(
        w,
        "  proposed by {}; chaired by {}",
        d.proposed_by, d.convener
    );
    if !d.priorities.is_empty() {
        let _ = writeln!(
            w,
            "  priorities  {}",
            join(d.priorities.iter().map(ToString::to_string))
        );
    }
    let _ = writeln!(w, "  status      {}", d.status.as_str());
    if let Some(a) = &d.adoption {
        let _ = writeln!(
            w,
            "  adopted     as {} on {} (decision {}, version {}); text SHA-256 {}",
            a.symbol, a.at, a.decision, a.version, a.text_hash
        );
    }

    let made_by = v
        .amendment
        .map_or("the draft".to_owned(), |a| format!("amendment {a}"));
    let _ = writeln!(
        w,
        "\nText, version {number} of {latest} ({made_by}, {})",
        v.at
    );
    for (n, p) in v.paragraphs.iter().enumerate() {
        let _ = writeln!(w, "  {}. {}", n + 1, p.text);
    }

    if !d.amendments.is_empty() {
        let _ = writeln!(w, "\nAmendments");
        for a in &d.amendments {
            let status = match a.status {
                AmendmentStatus::Proposed => "proposed, awaiting the convener".to_owned(),
                AmendmentStatus::Accepted => format!(
                    "accepted, made version {}",
                    a.produced.map_or_else(|| "?".into(), |v| v.to_string())
                ),
                AmendmentStatus::Rejected => "rejected".to_owned(),
            };
            let _ = writeln!(
                w,
                "  {}. {} to version {}: {} — {status}",
                a.number,
                a.by,
                a.against,
                edit_text(d, &a.edit, a.against)
            );
            if let Some(reason) = &a.reason {
                let _ = writeln!(w, "     reason: {reason}");
            }
        }
    }

    if !d.decisions.is_empty() {
        let _ = writeln!(w, "\nDecisions");
        for decision in &d.decisions {
            let outcome = match &decision.outcome {
                Some(o) => o.clone(),
                None => platform
                    .dialogue()
                    .tally(d, now)?
                    .ok_or_else(|| anyhow!("the open decision has no tally"))?,
            };
            decision_text(w, decision, &outcome);
        }
    }

    if !d.commitments.is_empty() {
        let adopted = d.adoption.as_ref().and_then(|a| d.version(a.version));
        let _ = writeln!(w, "\nCommitments");
        for c in &d.commitments {
            let paragraph = adopted
                .as_ref()
                .and_then(|v| v.number_of(c.paragraph))
                .map_or_else(|| "?".to_owned(), |n| n.to_string());
            let due = c.due.map_or(String::new(), |d| format!(", due {d}"));
            let _ = writeln!(
                w,
                "  {}. paragraph {paragraph}, by {}{due}",
                c.number,
                join(c.parties.iter().map(|p| p.as_str()))
            );
            for party in &c.parties {
                match c.latest(party) {
                    Some(r) => {
                        let _ = writeln!(
                            w,
                            "     {party}: {} ({}): {}",
                            r.status.as_str(),
                            r.at,
                            r.narrative
                        );
                        for e in &r.evidence {
                            let _ = writeln!(w, "       evidence: {e}");
                        }
                    }
                    None => {
                        let _ = writeln!(w, "     {party}: no report yet");
                    }
                }
            }
        }
    }
    Ok(out)
}

fn decision_text(w: &mut String, decision: &gsi_core::dialogue::documents::Decision, o: &Outcome) {
    let state = match decision.closed_at {
        Some(at) => format!("closed {at}"),
        None => "open".to_owned(),
    };
    let _ = writeln!(
        w,
        "  Decision {} under {} on version {} (opened {}, {state})",
        decision.number,
        decision.rule.name(),
        decision.version,
        decision.opened_at
    );
    match &decision.rule {
        Rule::Silence { deadline } => {
            let _ = writeln!(w, "    silence ends {deadline}");
        }
        Rule::ConsensusMinusOne { party_concerned } => {
            let _ = writeln!(w, "    party concerned: {party_concerned}");
        }
        Rule::SecurityCouncil { chapter_vi_parties } if !chapter_vi_parties.is_empty() => {
            let _ = writeln!(
                w,
                "    parties to the dispute (Chapter VI): {}",
                join(chapter_vi_parties.iter().map(|p| p.as_str()))
            );
        }
        _ => {}
    }
    if let Some(q) = decision.quorum {
        let _ = writeln!(w, "    quorum: {}", quorum_str(Some(q)));
    }
    let _ = writeln!(w, "    text SHA-256 {}", decision.text_hash);
    for m in &decision.members {
        let position = match decision.positions.get(&m.party) {
            Some((p, c, at)) => {
                let c = c.map_or(String::new(), |c| format!(" ({})", c.as_str()));
                format!("{}{c}, {at}", p.as_str())
            }
            None => "no position".to_owned(),
        };
        let seat = if m.permanent { " (permanent)" } else { "" };
        let _ = writeln!(w, "    {:<10} {position}{seat}", m.party.as_str());
    }
    let t = &o.tally;
    let counts = if decision.rule.kind().is_consensus() {
        format!(
            "{} support, {} stand aside, {} object, {} opt out, {} no position",
            t.support, t.stand_aside, t.object, t.opt_out, t.not_voting
        )
    } else {
        format!(
            "{} yes, {} no, {} abstain, {} not voting",
            t.yes, t.no, t.abstain, t.not_voting
        )
    };
    let _ = writeln!(w, "    tally: {counts}");
    if !o.in_.is_empty() || !o.out.is_empty() {
        let _ = writeln!(
            w,
            "    in: {}; out: {}",
            join(o.in_.iter().map(|p| p.as_str())),
            join(o.out.iter().map(|p| p.as_str()))
        );
    }
    let label = if decision.closed_at.is_some() {
        "outcome"
    } else if o.pending {
        "pending"
    } else {
        "if closed now"
    };
    let _ = writeln!(w, "    {label}: {}", o.reason);
}

/// A readable diff: each changed paragraph with its removed (`-`) and added (`+`) words, and the
/// paragraph with the changes marked `[-old-]{+new+}` in place.
fn diff_text(d: &OutcomeDocument, from: u32, to: u32, changes: &[ParagraphChange]) -> String {
    let mut out = String::new();
    let w = &mut out;
    if d.versions.len() == 1 {
        let _ = writeln!(
            w,
            "\"{}\" has one version only: no amendment has been accepted yet.",
            d.title
        );
        return out;
    }
    let _ = writeln!(
        w,
        "Changes to \"{}\" from version {from} to version {to}:",
        d.title
    );
    let old = d.version(from).map(|v| v.texts()).unwrap_or_default();
    let new = d.version(to).map(|v| v.texts()).unwrap_or_default();
    let mut unchanged = Vec::new();
    for change in changes {
        match change {
            ParagraphChange::Unchanged { new: n, .. } => unchanged.push(n.to_string()),
            ParagraphChange::Changed {
                old: o,
                new: n,
                words,
            } => {
                let moved = if o == n {
                    String::new()
                } else {
                    format!(" (now paragraph {n})")
                };
                let _ = writeln!(w, "Paragraph {o}{moved} changed:");
                let mut marked = String::new();
                for piece in words {
                    match piece {
                        Change::Same(t) => marked.push_str(t),
                        Change::Removed(t) => {
                            let _ = writeln!(w, "  - {}", t.trim());
                            let _ = write!(marked, "[-{t}-]");
                        }
                        Change::Added(t) => {
                            let _ = writeln!(w, "  + {}", t.trim());
                            let _ = write!(marked, "{{+{t}+}}");
                        }
                    }
                }
                let _ = writeln!(w, "  = {marked}");
            }
            ParagraphChange::Inserted { new: n } => {
                let _ = writeln!(w, "Paragraph {n} inserted:");
                let _ = writeln!(w, "  + {}", new.get(n - 1).map_or("", |t| t.as_str()));
            }
            ParagraphChange::Deleted { old: o } => {
                let _ = writeln!(w, "Paragraph {o} deleted:");
                let _ = writeln!(w, "  - {}", old.get(o - 1).map_or("", |t| t.as_str()));
            }
        }
    }
    if unchanged.len() == changes.len() {
        let _ = writeln!(w, "No changes.");
    } else if !unchanged.is_empty() {
        let _ = writeln!(
            w,
            "Unchanged: paragraph{} {}.",
            if unchanged.len() == 1 { "" } else { "s" },
            join(&unchanged)
        );
    }
    out
}

/// `gsi awaiting PARTY`: the dialogue steps only that party can take, one a line.
pub fn awaiting(node: &NodeArgs, id: &str) -> Result<i32> {
    let platform = open(node)?;
    let party = party(id)?;
    if platform.party(&party)?.is_none() {
        bail!("no party {party} is registered");
    }
    let a = platform.dialogue().awaiting(&party, gsi_app::now())?;
    let mut lines: Vec<(&str, String, String)> = Vec::new();
    for x in &a.invitations {
        let what = format!(
            "answer the invitation to \"{}\" (opens {})",
            x.title, x.opens
        );
        lines.push(("invitation", x.meeting.to_string(), what));
    }
    for x in &a.registrations {
        let what = format!("{} asks to take part in \"{}\"", x.party, x.title);
        lines.push(("registration", x.meeting.to_string(), what));
    }
    for x in &a.amendments {
        let what = format!("amendment {} by {} to \"{}\"", x.number, x.by, x.title);
        lines.push(("amendment", x.document.to_string(), what));
    }
    for x in &a.positions {
        let what = match x.silence_until {
            Some(t) => format!(
                "\"{}\": silence procedure until {t}; object before then to break silence",
                x.title
            ),
            None => format!("a position on \"{}\" (decision {})", x.title, x.decision),
        };
        lines.push(("position", x.document.to_string(), what));
    }
    for x in &a.to_close {
        let what = format!(
            "close decision {} on \"{}\": its silence procedure has ended",
            x.decision, x.title
        );
        lines.push(("close", x.document.to_string(), what));
    }
    for x in &a.commitments {
        let due = x.due.map(|d| format!(", due {d}")).unwrap_or_default();
        let overdue = if x.overdue { " (overdue)" } else { "" };
        let what = format!(
            "report on commitment {} of {}{due}{overdue}",
            x.number, x.symbol
        );
        lines.push(("commitment", x.document.to_string(), what));
    }
    if lines.is_empty() {
        println!("Nothing waits for {party}.");
        return Ok(0);
    }
    for (kind, id, what) in &lines {
        println!("{kind:<12}  {id}  {what}");
    }
    println!("{} for {party}.", count(lines.len(), "step"));
    Ok(0)
}
