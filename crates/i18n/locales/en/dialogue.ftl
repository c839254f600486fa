### Dialogue (IV.1–IV.4): meetings, outcome documents, decisions and commitments.
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

dialogue-meetings-title = Meetings
dialogue-meetings-intro = Summits, ministerial meetings, conferences, consultations and ad hoc dialogues convened on the platform, with their agendas, delegations, outcome documents and decisions.
dialogue-meetings-upcoming = Upcoming and in session
dialogue-meetings-past = Past meetings
dialogue-meetings-count =
    { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }
dialogue-meetings-empty = No meetings have been convened yet.
dialogue-meetings-empty-filtered = No meetings match these filters.
dialogue-meetings-filter-mechanism = Mechanism
dialogue-meetings-filter-any-mechanism = Any mechanism
dialogue-meetings-filter-party = Party
dialogue-meetings-filter-when = When
dialogue-meetings-filter-all = Upcoming and past
dialogue-meetings-filter-upcoming = Upcoming and in session
dialogue-meetings-filter-past = Past
dialogue-meetings-filter-mine = My party’s meetings only
dialogue-meetings-calendar-of = Calendar feed of { $party } (iCalendar)
dialogue-meeting-convene = Convene a meeting
dialogue-meeting-column-meeting = Meeting
dialogue-meeting-column-dates = Dates
dialogue-meeting-column-place = Venue
dialogue-meeting-column-convener = Convener
dialogue-meeting-column-participation = Participation
dialogue-meeting-column-party = Party
dialogue-meeting-column-capacity = Capacity
dialogue-meeting-column-delegates = Delegation
dialogue-meeting-column-decision = Registration decision
dialogue-meeting-online = Online
dialogue-meeting-count-members =
    { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
dialogue-meeting-count-observers =
    { $count ->
        [one] { $count } observer
       *[other] { $count } observers
    }
dialogue-meeting-count-pending =
    { $count ->
        [one] { $count } request pending
       *[other] { $count } requests pending
    }
dialogue-meeting-count-invited =
    { $count ->
        [one] { $count } invitation outstanding
       *[other] { $count } invitations outstanding
    }
dialogue-meeting-phase-upcoming = Upcoming
dialogue-meeting-phase-in-session = In session
dialogue-meeting-phase-concluded = Concluded
dialogue-meeting-phase-cancelled = Cancelled
dialogue-meeting-kind-summit = Summit
dialogue-meeting-kind-ministerial = Ministerial meeting
dialogue-meeting-kind-conference = Conference
dialogue-meeting-kind-forum = Forum
dialogue-meeting-kind-consultation = Consultation
dialogue-meeting-kind-expert-meeting = Expert meeting
dialogue-meeting-kind-bilateral-dialogue = Bilateral dialogue
dialogue-meeting-capacity-member = Member
dialogue-meeting-capacity-observer = Observer
dialogue-meeting-capacity-guest = Guest
dialogue-meeting-registration-invited = Invited
dialogue-meeting-registration-requested = Awaiting approval
dialogue-meeting-registration-approved = Approved
dialogue-meeting-registration-declined = Declined
dialogue-meeting-registration-withdrawn = Withdrawn

dialogue-meeting-convene-title = Convene a meeting
dialogue-meeting-convene-as-mechanism = The meeting is convened by { $party }, whose secretariat serves it and chairs its decisions.
dialogue-meeting-convene-ad-hoc = Your party convenes an ad hoc meeting with the parties it invites; it chairs the meeting and takes part as a member.
dialogue-meeting-convene-not-permitted = Your role does not permit convening meetings for your party.
dialogue-meeting-series-help = Documents adopted at the meeting are numbered in the series { $series }.
dialogue-meeting-field-kind = Kind of meeting
dialogue-meeting-field-title = Title
dialogue-meeting-field-dates = Dates
dialogue-meeting-field-opens = Opens
dialogue-meeting-field-closes = Closes
dialogue-meeting-field-place = Venue
dialogue-meeting-field-place-help = City and venue. Give a venue, an online address, or both.
dialogue-meeting-field-online = Online address
dialogue-meeting-field-languages = Working languages
dialogue-meeting-field-agenda = Agenda
dialogue-meeting-field-agenda-help = One item per line, in order. To tag an item with priorities of the Concept Paper, end the line with a vertical bar and the references, for example: Early warning on transboundary rivers | III.11, III.20
dialogue-meeting-field-rule = Decision rule
dialogue-meeting-field-rule-default = The mechanism’s default rule
dialogue-meeting-field-invited = Invitations
dialogue-meeting-field-invited-help-mechanism = Optional. Members of the mechanism register themselves; you may invite other parties as observers or guests.
dialogue-meeting-field-invited-help-ad-hoc = Invite at least one party as a member. An invitation is an offer: a party takes part only once it accepts.
dialogue-meeting-field-invited-members = Invited as members
dialogue-meeting-field-invited-ids = Further parties invited as members (codes, separated by commas)
dialogue-meeting-field-observers = Parties invited as observers (codes, separated by commas)
dialogue-meeting-convene-submit = Convene the meeting
dialogue-meeting-error-dates = Please give the opening and closing dates.
dialogue-meeting-error-agenda-priority = Line { $line } of the agenda: “{ $priority }” is not a priority of the Concept Paper (use III.1 to III.20).
dialogue-meeting-error-not-found = No meeting with this identifier exists.
dialogue-meeting-error-item = Please choose an item of the agenda.
dialogue-meeting-error-revised-meanwhile = The meeting was revised by someone else after you opened this form, so nothing was changed. Open the form again to see the meeting as it stands now.

dialogue-meeting-done-convened = The meeting has been convened. Its record is signed and in the public log.
dialogue-meeting-done-registered = Your registration has been recorded.
dialogue-meeting-done-withdrawn = Your registration has been withdrawn.
dialogue-meeting-done-approved = The registration has been approved.
dialogue-meeting-done-declined = The registration has been declined.
dialogue-meeting-done-floor = Your delegate has been added to the list of speakers.
dialogue-meeting-done-floor-withdrawn = Your delegate has been taken off the list of speakers.
dialogue-meeting-done-attached = The document has been attached to the agenda item.
dialogue-meeting-done-cancelled = The meeting has been cancelled.
dialogue-meeting-done-revised = The meeting has been revised. Its record is signed and in the public log.
dialogue-meeting-cancelled-because = This meeting was cancelled:
dialogue-meeting-ics = Add to calendar (.ics)
dialogue-meeting-convener = Convener
dialogue-meeting-ad-hoc = ad hoc meeting
dialogue-meeting-allowed-rules = Rules the mechanism allows
dialogue-meeting-series = Document series
dialogue-meeting-convened-on = Convened on
dialogue-meeting-revised-on = Revised on
dialogue-meeting-agenda = Agenda
dialogue-meeting-speakers = List of speakers
dialogue-meeting-speakers-empty = No delegation has asked for the floor on this item.
dialogue-meeting-floor-delegate = Speaker
dialogue-meeting-floor-request = Request the floor
dialogue-meeting-floor-withdraw = Withdraw from the list of speakers
dialogue-meeting-floor-no-delegates = Name your delegates in your registration to request the floor.
dialogue-meeting-attach = Attach a document to this item
dialogue-meeting-attach-title = Document title
dialogue-meeting-attach-url = Address (https://…)
dialogue-meeting-attach-submit = Attach
dialogue-meeting-participants = Participants
dialogue-meeting-participants-empty = No party has registered yet.
dialogue-meeting-approve = Approve
dialogue-meeting-decline = Decline
dialogue-meeting-registration = Your delegation
dialogue-meeting-registration-yours = Your party’s registration:
dialogue-meeting-field-delegates = Delegates
dialogue-meeting-field-delegates-help = One name per line, head of delegation first.
dialogue-meeting-register = Register the delegation
dialogue-meeting-accept-invitation = Accept the invitation
dialogue-meeting-decline-invitation = Decline the invitation
dialogue-meeting-update-delegation = Update the delegation
dialogue-meeting-update-request = Update the request
dialogue-meeting-withdraw = Withdraw the registration
dialogue-meeting-documents = Outcome documents
dialogue-meeting-documents-empty = No draft has been tabled at this meeting.
dialogue-meeting-cancel = Cancel the meeting
dialogue-meeting-cancel-reason = Reason, as it will be shown to participants
dialogue-meeting-cancel-submit = Cancel the meeting
dialogue-meeting-revise = Revise the meeting
dialogue-meeting-revise-help = Publish a revised agenda, move the dates, change the venue or add an online address. Participants see the meeting as revised, and the revision is a signed record in the public log.
dialogue-meeting-revise-place-help = Leave empty to hold the meeting online only; give a venue, an online address, or both.
dialogue-meeting-revise-agenda-help = One item per line, in order, as “Title | III.11, III.20”. Lines are matched to the current items by position: the first line is item 1, and so on; each item keeps its speakers and documents. Further lines add items at the end. Deleting the last lines removes those items, which is refused for an item with speakers or attached documents.
dialogue-meeting-revise-submit = Revise the meeting

dialogue-rule-consensus = Consensus
dialogue-rule-consensus-help = Adopted when no member present formally objects; standing aside and absence do not block.
dialogue-rule-consensus-minus-x = Consensus minus X
dialogue-rule-consensus-minus-x-help = Members may opt out without blocking; adopted when no member present objects and at least one takes part.
dialogue-rule-consensus-minus-one = Consensus minus one
dialogue-rule-consensus-minus-one-help = The objection of the party concerned does not block; the objection of any other member does.
dialogue-rule-silence = Silence procedure
dialogue-rule-silence-help = Adopted when the deadline passes unless a member breaks silence by objecting before it.
dialogue-rule-simple-majority = Simple majority
dialogue-rule-simple-majority-help = Adopted with more votes in favour than against among members present and voting; abstentions are not counted.
dialogue-rule-two-thirds-majority = Two-thirds majority
dialogue-rule-two-thirds-majority-help = Adopted with at least two thirds of the votes cast in favour; abstentions are not counted.
dialogue-rule-security-council = Security Council rule
dialogue-rule-security-council-help = Nine affirmative votes of fifteen, with no negative vote of a permanent member; parties to a dispute under Chapter VI abstain (Charter, Article 27).
dialogue-rule-default-marker = { $rule } (default)

dialogue-document-error-not-found = No outcome document with this identifier exists.
dialogue-document-error-paragraph-number = Please give a paragraph number.
dialogue-document-table-draft = Table a draft outcome document
dialogue-document-table-draft-submit = Table the draft
dialogue-document-field-title = Title of the document
dialogue-document-field-priorities-help = Optional. Hold Ctrl (or ⌘) to choose several.
dialogue-document-field-paragraphs = Text
dialogue-document-field-paragraphs-help = Separate paragraphs with a blank line. Paragraphs are numbered in order.
dialogue-document-column-title = Document
dialogue-document-column-version = Version
dialogue-document-proposed-by = Tabled by
dialogue-document-symbol = Symbol
dialogue-document-amendment-count =
    { $count ->
        [one] { $count } amendment
       *[other] { $count } amendments
    }
dialogue-document-status-drafting = Drafting
dialogue-document-status-in-decision = Decision open
dialogue-document-status-adopted = Adopted
dialogue-document-status-not-adopted = Not adopted
dialogue-document-meeting = Meeting
dialogue-document-chair = Chair
dialogue-document-current-version = Version { $version } of { $date }
dialogue-document-current-text = Current text
dialogue-document-text-of-version = Text of version
dialogue-document-show-version = Version
dialogue-document-show = Show
dialogue-document-un-symbol = United Nations document symbol
dialogue-document-versions = Versions and changes
dialogue-document-one-version = The text has not been amended: there is only the draft.
dialogue-document-done-drafted = The draft has been tabled.
dialogue-document-done-amended = Your amendment has been proposed. The chair will accept or reject it.
dialogue-document-done-accepted = The amendment has been accepted; the text has a new version.
dialogue-document-done-rejected = The amendment has been rejected.
dialogue-document-done-opened = The decision is open. Members may now record their positions.
dialogue-document-done-position = Your position has been recorded.
dialogue-document-done-closed = The decision has been closed.
dialogue-document-done-commitment = The commitment has been recorded.
dialogue-document-done-reported = Your implementation report has been recorded.
dialogue-version-draft = Version { $version } — draft, { $date }
dialogue-version-amended = Version { $version } — amendment { $amendment }, { $date }
dialogue-diff-title = Changes from version { $from } to version { $to }
dialogue-diff-from = From version
dialogue-diff-to = To version
dialogue-diff-compare = Compare
dialogue-diff-legend = Legend:
dialogue-diff-legend-deleted = deleted
dialogue-diff-legend-inserted = inserted
dialogue-diff-same = The two versions are identical.
dialogue-diff-unchanged = Paragraph { $number }, unchanged
dialogue-diff-changed = Paragraph { $number }, amended
dialogue-diff-inserted = Paragraph { $number }, inserted
dialogue-diff-deleted = Former paragraph { $number }, deleted

dialogue-amendments = Amendments
dialogue-amendments-empty = No amendment has been proposed.
dialogue-amendment-column-number = No.
dialogue-amendment-column-by = Proposed by
dialogue-amendment-column-change = Change
dialogue-amendment-column-text = Proposed text
dialogue-amendment-reason = Reason:
dialogue-amendment-against = against version { $version }
dialogue-amendment-produced = Gave version { $version }
dialogue-amendment-op-replace-n = Replace paragraph { $number }
dialogue-amendment-op-insert-n = Insert after paragraph { $number }
dialogue-amendment-op-insert-first = Insert before paragraph 1
dialogue-amendment-op-delete-n = Delete paragraph { $number }
dialogue-amendment-status-proposed = Proposed
dialogue-amendment-status-accepted = Accepted
dialogue-amendment-status-rejected = Rejected
dialogue-amendment-accept = Accept
dialogue-amendment-reject = Reject
dialogue-amendment-propose = Propose an amendment
dialogue-amendment-field-op = Change
dialogue-amendment-op-replace = Replace the paragraph
dialogue-amendment-op-insert = Insert a new paragraph after
dialogue-amendment-op-delete = Delete the paragraph
dialogue-amendment-field-paragraph = Paragraph number
dialogue-amendment-field-paragraph-help =
    { $count ->
        [one] The current text has { $count } paragraph. To insert at the beginning, give 0.
       *[other] The current text has { $count } paragraphs. To insert at the beginning, give 0.
    }
dialogue-amendment-field-text = Proposed text
dialogue-amendment-field-text-help = The whole paragraph as it should read. Leave empty to delete.
dialogue-amendment-field-reason = Reason (optional)
dialogue-amendment-submit = Propose the amendment

dialogue-decision = Decision
dialogue-decision-is-open = open
dialogue-decision-none = No decision has been opened on this document.
dialogue-decision-rule = Rule
dialogue-decision-on-version = On version
dialogue-decision-opened = Opened
dialogue-decision-members = Members deciding
dialogue-decision-party-concerned-is = party concerned: { $party }
dialogue-decision-deadline-is = silence until { $date }
dialogue-decision-chapter-vi-are = parties to the dispute: { $parties }
dialogue-decision-your-position = Your party’s position:
dialogue-decision-position = Position
dialogue-decision-comfort = Comfort level (optional)
dialogue-decision-comfort-none = Not stated
dialogue-decision-comfort-help = How comfortable your party is with the consensus it joins or stands aside from; it is recorded with support or standing aside only.
dialogue-decision-record-position = Record the position
dialogue-decision-close = Close the decision
dialogue-decision-close-help = Closing fixes the outcome. If the document is adopted, it receives the next symbol of the series.
dialogue-decision-close-pending = The silence procedure is still running; the decision can be closed after its deadline.
dialogue-decision-blocked-by-amendment = Amendment { $number } is still to be accepted or rejected before a decision can be opened.
dialogue-decision-open = Open a decision
dialogue-decision-open-help = The decision is taken on version { $version } of the text, which stays fixed until the decision closes. The members are the meeting’s approved members.
dialogue-decision-deadline = Deadline (UTC)
dialogue-decision-deadline-help = For the silence procedure only.
dialogue-decision-party-concerned = Party concerned
dialogue-decision-party-concerned-help = For consensus minus one only.
dialogue-decision-chapter-vi = Parties to the dispute (Chapter VI)
dialogue-decision-chapter-vi-help = For the Security Council rule only; they abstain.
dialogue-decision-open-submit = Open the decision
dialogue-decision-history = Decisions taken
dialogue-decision-error-party-concerned = Please choose the party concerned.
dialogue-decision-error-deadline = Please give the deadline of the silence procedure.
dialogue-decision-error-position = Please choose a position.
dialogue-position-support = Support
dialogue-position-stand-aside = Stand aside
dialogue-position-object = Object
dialogue-position-opt-out = Opt out
dialogue-position-yes = Yes
dialogue-position-no = No
dialogue-position-abstain = Abstain
dialogue-comfort-support = Full support
dialogue-comfort-can-live-with-it = Can live with it
dialogue-comfort-reservations = With reservations

dialogue-tally-live = Live tally
dialogue-tally-final = Tally
dialogue-tally-chart-title = Positions in decision { $number }
dialogue-tally-members =
    { $count ->
        [one] { $count } member deciding
       *[other] { $count } members deciding
    }
dialogue-tally-not-yet = No position yet
dialogue-tally-not-voting = Not voting
dialogue-tally-position = Position
dialogue-tally-count = Members
dialogue-tally-comfort = Comfort: full support { $support }, can live with it { $live }, with reservations { $reservations }.
dialogue-tally-comfort-level = Comfort level
dialogue-reason-no-quorum = Not adopted: no quorum ({ $present } of { $members } members present; { $required } required).
dialogue-reason-objection = Not adopted: formal objection by { $parties }.
dialogue-reason-only-party-concerned-present = Not adopted: no member other than the party concerned ({ $party }) was present.
dialogue-reason-nobody-present = Not adopted: no member was present.
dialogue-reason-everyone-opted-out = Not adopted: every member present opted out.
dialogue-reason-adopted-with-opt-outs = Adopted: no member present objected; { $in } in, { $out } opted out ({ $parties }).
dialogue-reason-adopted-over-party-concerned = Adopted: no member present objected other than the party concerned ({ $party }), whose objection does not block.
dialogue-reason-adopted-without-objection = Adopted: no member present objected.
dialogue-reason-silence-broken = Not adopted: silence broken by { $parties }.
dialogue-reason-silence-running = Pending: the silence procedure runs until { $date }; no member has broken silence.
dialogue-reason-silence-kept = Adopted: the silence procedure ended at { $date } and no member broke silence.
dialogue-reason-majority-in-favour = Adopted by simple majority: { $yes } in favour, { $no } against, { $abstain } abstaining.
dialogue-reason-majority-tied = Not adopted: { $yes } in favour, { $no } against, { $abstain } abstaining; a tie fails.
dialogue-reason-majority-against = Not adopted: { $yes } in favour, { $no } against, { $abstain } abstaining.
dialogue-reason-two-thirds-in-favour = Adopted by a two-thirds majority: { $yes } in favour, { $no } against, { $abstain } abstaining.
dialogue-reason-two-thirds-short = Not adopted: { $yes } in favour, { $no } against, { $abstain } abstaining; two thirds of those voting must be in favour.
dialogue-reason-council-too-few-votes = Not adopted: { $yes } in favour, { $no } against, { $abstain } abstaining; { $required } in favour are required.
dialogue-reason-council-veto =
    { $count ->
        [one] Not adopted: vetoed by { $parties } (permanent member).
       *[other] Not adopted: vetoed by { $parties } (permanent members).
    }
dialogue-reason-council-adopted = Adopted: { $yes } in favour, { $no } against, { $abstain } abstaining; no permanent member voted against.
dialogue-tally-recorded = Recorded
dialogue-tally-no-position = No position
dialogue-tally-so-far = So far:
dialogue-tally-if-closed-now = If the decision were closed now:
dialogue-tally-outcome = Outcome:
dialogue-tally-by-member = Positions by member
dialogue-tally-refresh = Refresh the tally
dialogue-tally-refresh-help = it refreshes itself every few seconds when JavaScript is on.
dialogue-tally-closed-help = This decision is closed; the tally is final.
dialogue-tally-reload = Show the decision panel

dialogue-adoption = Adoption record
dialogue-adoption-date = Adopted on
dialogue-adoption-text-hash = Text hash (SHA-256)
dialogue-adoption-text-hash-help = Anyone can recompute it from the adopted text: the title, a blank line, then each paragraph as “n. text” on its own line.
dialogue-adoption-text-file = The adopted text as a file
dialogue-adoption-text-file-help = Check it yourself: sha256sum { $file } prints the hash above.
dialogue-adoption-in = Taking part
dialogue-adoption-out = Opted out
dialogue-adoption-positions = Positions at adoption

dialogue-commitments = Commitments
dialogue-commitment = Commitment
dialogue-commitments-none-yet = No paragraph has been marked as a commitment yet.
dialogue-commitment-paragraph = Paragraph
dialogue-commitment-due = Due
dialogue-commitment-parties = Committed parties
dialogue-commitment-parties-help = Only members that joined the adoption can be committed by it: those that supported it or voted for it, and under a silence procedure those that kept silent. Not those that stood aside, opted out, objected, voted against, abstained or were absent.
dialogue-commitment-mark = Mark a paragraph as a commitment
dialogue-commitment-mark-submit = Record the commitment
dialogue-commitment-reports = Implementation reports
dialogue-commitment-report = Report on implementation
dialogue-commitment-narrative = What has been done
dialogue-commitment-evidence = Evidence (links, one per line)
dialogue-commitment-evidence-help = Addresses starting with https:// or http://, at most 20.
dialogue-commitment-report-submit = Submit the report
dialogue-commitment-error-due = Please give the due date as a date.
dialogue-commitment-status-not-started = Not started
dialogue-commitment-status-in-progress = In progress
dialogue-commitment-status-completed = Completed
dialogue-commitment-status-delayed = Delayed
dialogue-commitment-status-no-report = No report yet

dialogue-commitments-title = Commitments tracker
dialogue-commitments-intro = What parties committed to in adopted outcome documents, and what they report on implementation: by document, by party and by priority of the Concept Paper.
dialogue-commitments-filter-document = Document
dialogue-commitments-count =
    { $count ->
        [one] { $count } commitment
       *[other] { $count } commitments
    }
dialogue-commitments-empty = No adopted document has commitments yet.
dialogue-commitments-empty-filtered = No commitments match these filters.
dialogue-commitments-progress = { $completed } of { $total } completed
dialogue-commitments-by-document = By document
dialogue-commitments-by-party = By party
dialogue-commitments-by-priority = By priority
dialogue-commitments-list = All commitments
dialogue-commitments-column-commitments = Commitments
dialogue-commitments-column-progress = Progress
dialogue-commitments-reports =
    { $count ->
        [one] { $count } report
       *[other] { $count } reports
    }
dialogue-records-title = Signed records
dialogue-records-help = Every step above is a record signed by the party that took it and kept in the transparency log. Each record page re-checks its inclusion proof in your browser.
