# GSI Platform — user-interface strings, English (the reference locale).
#
# Every message here must also exist in zh/main.ftl. The nav-, common-, home-, registry-,
# catalogue-, concern- and auth- groups must also exist in fr, es, ru and ar. A translation may use
# only the variables the English message uses. See docs/i18n.md.

## Navigation and page frame

nav-site-name = GSI Platform
nav-site-description = Cooperation under the Global Security Initiative
nav-main-menu = Main menu
nav-home = Home
nav-registry = Registry
nav-catalogue = Catalogue
nav-concerns = Security concerns
nav-meetings = Meetings
nav-commitments = Commitments
nav-transparency = Transparency
nav-my-party = My party
nav-api-docs = API documentation
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-signed-in-as = Signed in as { $user } ({ $party })
nav-language = Language
nav-skip-to-content = Skip to main content
nav-footer-note = Records on this platform are signed and kept in a public, verifiable log.

## Common words, errors, pagination, records and proofs

common-save = Save
common-cancel = Cancel
common-submit = Submit
common-search = Search
common-search-placeholder = Search…
common-filter = Filter
common-apply-filters = Apply filters
common-clear-filters = Clear filters
common-all = All
common-yes = Yes
common-no = No
common-none = None
common-date = Date
common-status = Status
common-details = Details
common-back = Back
common-close = Close
common-required = Required
common-optional = Optional
common-loading = Loading…
common-results =
    { $count ->
        [0] No results
        [one] { $count } result
       *[other] { $count } results
    }
common-error-title = Error { $status }
common-error-400 = Bad request
common-error-400-detail = The request could not be understood. Please check the address and try again.
common-error-401 = Sign-in required
common-error-401-detail = Please sign in to continue. Your session may have expired.
common-error-403 = Not permitted
common-error-403-detail = Your party or role does not permit this action.
common-error-404 = Not found
common-error-404-detail = The page or record you requested does not exist.
common-error-409 = Conflict
common-error-409-detail = This action does not fit the current state of the record, which may have changed in the meantime. Please reload the page.
common-error-422 = Invalid input
common-error-422-detail = Some of the information provided is missing or malformed. Please correct it and submit again.
common-error-429 = Too many changes
common-error-429-detail = Records are permanent, so each user and each party may add only so many in a period; the same limits apply to every party.
common-write-quota-exceeded = Nothing was recorded. You can try again in { $seconds } seconds.
common-error-500 = Internal error
common-error-500-detail = The platform encountered an error. Nothing was recorded. Please try again later.
common-error-home = Return to the home page
common-pager-label = Pages
common-pager-showing = Rows { $first }–{ $last } of { $total }
common-pager-previous = Previous page
common-pager-next = Next page
common-error-detail-in-english = The platform explains (in English):
common-pagination = Pagination
common-previous = Previous
common-next = Next
common-page-of = Page { $page } of { $pages }
common-as-of = as of { $date }
common-signed-record = Signed record
common-inclusion-proof = Inclusion proof
common-verify = Verify
common-verified = Verified
common-verification-failed = Verification failed
common-record-number = Record no. { $index }
common-download-json = Download as JSON
common-copy = Copy
common-copied = Copied

## Home page: the dashboard

home-title = The framework at a glance
home-intro = The Global Security Initiative rests on six principles and sets out twenty priorities of cooperation. This page shows where cooperation stands today.
home-principles = Principles
home-priorities = Priorities of cooperation
home-priority-open =
    { $open ->
        [0] No open concerns
        [one] { $open } open concern
       *[other] { $open } open concerns
    }
home-platforms = Platforms and mechanisms
home-map-title = Parties around the world
home-map-description = A world map shading each state by its participation on the platform. The same information is listed in the registry.
home-map-legend = Legend
home-map-legend-registered = Party registered on the platform
home-map-legend-open-concerns = Party to an open concern
home-map-legend-none = No registered party
home-map-legend-many = { $count } or more open concerns
home-recent-records = Recent records
home-recent-records-empty = No records have been made yet.
home-all-records = All records
home-stat-parties =
    { $count ->
        [one] { $count } registered party
       *[other] { $count } registered parties
    }
home-stat-records =
    { $count ->
        [one] { $count } signed record
       *[other] { $count } signed records
    }

## Registry: parties, mechanisms and memberships

registry-title = Registry
registry-intro = The states, organisations and mechanisms that take part in cooperation, and who belongs to which mechanism over time.
registry-parties = Parties
registry-party = Party
registry-mechanisms = Mechanisms
registry-mechanism = Mechanism
registry-name = Name
registry-code = Code
registry-kind = Kind
registry-kind-state = State
registry-kind-territory = Territory
registry-kind-organisation = Organisation
registry-kind-organ = Organ
registry-kind-mechanism = Mechanism
registry-kind-forum = Forum
registry-kind-fund = Fund
registry-kind-treaty = Treaty
registry-kind-government-body = Government body
registry-kind-think-tank = Think tank
registry-kind-academy = Academy
registry-kind-social-organisation = Social organisation
registry-members = Members
registry-members-as-of = Members as of { $date }
registry-member-count =
    { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
registry-memberships = Memberships
registry-role = Role
registry-role-member = Member
registry-role-permanent-member = Permanent member
registry-role-elected-member = Elected member
registry-role-observer = Observer
registry-role-dialogue-partner = Dialogue partner
registry-role-partner = Partner
registry-role-participant = Participant
registry-role-organiser = Organiser
registry-role-administrator = Administrator
registry-role-contributor = Contributor
registry-role-state-party = State party
registry-role-suspended-member = Suspended member
registry-period = Period
registry-from = From
registry-to = To
registry-since = since { $date }
registry-from-to = { $from } to { $to }
registry-region = Region
registry-sub-region = Sub-region
registry-intermediate-region = Intermediate region
registry-regional-group = United Nations regional group
registry-group-african = African States
registry-group-asia-pacific = Asia-Pacific States
registry-group-eastern-european = Eastern European States
registry-group-latin-american-caribbean = Latin American and Caribbean States
registry-group-weog = Western European and other States
registry-group-observer = observer
registry-un-member = Member State of the United Nations
registry-un-observer = Non-member observer State of the United Nations
registry-ldc = Least developed country
registry-ldc-short = LDC
registry-lldc = Landlocked developing country
registry-lldc-short = LLDC
registry-sids = Small island developing State
registry-sids-short = SIDS
registry-established = Established
registry-website = Website
registry-source = Source
registry-as-of = As of
registry-note = Note
registry-search-placeholder = Search by name or code
registry-empty = No party matches these filters.
registry-names-note = Names in languages other than English are common names, not the official United Nations terminology.

## Catalogue: the framework of the Concept Paper

catalogue-title = Catalogue of the framework
catalogue-intro = The principles, priorities of cooperation and platforms of the Global Security Initiative Concept Paper, with the instruments and mechanisms each names.
catalogue-principles = Principles
catalogue-priorities = Priorities of cooperation
catalogue-platforms = Platforms and mechanisms
catalogue-section = Section { $section }
catalogue-domains = Security domains
catalogue-domain-traditional = Traditional security
catalogue-domain-non-traditional = Non-traditional security
catalogue-instruments = Instruments
catalogue-linked-items = Linked items
catalogue-linked-mechanisms = Organisations and mechanisms named
catalogue-modules = Served by
catalogue-module-concerns = Security concerns
catalogue-module-dialogue = Dialogue and consultation
catalogue-module-hotspots = Hotspot issues
catalogue-module-cooperation = Cooperation projects
catalogue-module-training = Training
catalogue-module-exchange-maritime = Maritime security exchange
catalogue-module-exchange-cyber = Cyber security exchange
catalogue-module-exchange-counter-terrorism = Counter-terrorism exchange
catalogue-module-exchange-crime = Exchange on transnational crime
catalogue-module-exchange-health = Public health exchange
catalogue-version = Catalogue version { $version }
catalogue-summary-note = Summaries are written in the platform’s own words; the Concept Paper remains the authoritative text.

## Security concerns (Concept Paper, principle II.4)

concern-list-title = Security concerns
concern-intro = The legitimate security concerns of all countries should be taken seriously and addressed properly. Here a party lodges a concern with the parties it is addressed to, and every step of their exchange is signed and recorded.
concern-count =
    { $count ->
        [one] { $count } concern
       *[other] { $count } concerns
    }
concern-status-open = Open
concern-status-addressed = Addressed
concern-status-withdrawn = Withdrawn
concern-filter-status = Status
concern-filter-status-all = All statuses
concern-filter-party = Party
concern-filter-party-any = Any party
concern-filter-priority = Priority of cooperation
concern-filter-priority-any = Any priority
concern-filter-overdue = Overdue
concern-filter-overdue-any = Overdue or not
concern-filter-overdue-only = Overdue only
concern-filter-overdue-not = Not overdue
concern-badge-overdue = Overdue
concern-badge-overdue-help = At least one addressee has not acknowledged or responded within the time allowed.
concern-column-title = Title
concern-column-lodged-by = Lodged by
concern-column-addressees = Addressees
concern-column-lodged-on = Lodged on
concern-column-status = Status
concern-lodged-by = Lodged by
concern-lodged-on = Lodged on { $date }
concern-closed-on = Closed on { $date }
concern-addressees = Addressees
concern-domain = Security domain
concern-priorities = Priorities of cooperation
concern-un-references = United Nations references
concern-description = Description
concern-closing-note = Closing note
concern-history = Record of the concern
concern-history-help = Every step below is a signed record with its inclusion proof in the public log.

concern-lodge = Lodge a concern
concern-lodge-title = Lodge a security concern
concern-lodge-intro = Your party lodges the concern with the parties it names. Once lodged, the concern is signed and recorded; it cannot be deleted, but it can later be withdrawn.
concern-field-title = Title
concern-field-title-help = A short statement of the concern, of at most { $max } characters.
concern-field-description = Description
concern-field-description-help = Set out the concern, its grounds and what your party requests of the addressees, in at most { $max } characters.
concern-field-domain = Security domain
concern-field-domain-help = Traditional security (such as military matters) or non-traditional security (such as terrorism, cyber security, biosecurity or climate change).
concern-field-priorities = Priorities of cooperation
concern-field-priorities-help = Select at least one priority of cooperation (III.1 to III.20) to which the concern relates.
concern-field-addressees = Addressees
concern-field-addressees-help = The parties to which the concern is addressed. A party cannot address a concern to itself.
concern-field-un-references = United Nations references
concern-field-un-references-help = Optional. Symbols of relevant United Nations documents, separated by commas, for example S/RES/2231 (2015), A/RES/76/234.
concern-field-response-due = Response due
concern-field-response-due-help = Optional. The date by which responses are requested; it must lie in the future. If none is given, responses are due { $days } days after lodging.
concern-lodge-submit = Lodge the concern
concern-lodge-confirm = Lodge this concern on behalf of { $party }? It will be signed and recorded permanently.
concern-lodge-sign-in = Sign in as a delegate, focal point or secretariat member of your party to lodge a concern.

concern-action-acknowledge = Acknowledge
concern-action-respond = Respond
concern-action-propose-consultations = Propose consultations
concern-action-close-addressed = Close as addressed
concern-action-withdraw = Withdraw
concern-field-response = Response
concern-field-response-help = The response of your party. It becomes part of the public record of the concern.
concern-field-proposal = Proposal of consultations
concern-field-proposal-help = Propose the format, level, venue or timing of consultations on the concern.
concern-field-note = Closing note
concern-field-note-help = Optional. How the concern was addressed, or why it is withdrawn.
concern-field-outcome = Outcome
concern-actions = Actions of your party
concern-confirm-acknowledge = Acknowledge receipt of this concern on behalf of { $party }?
concern-confirm-respond = Submit this response on behalf of { $party }?
concern-confirm-consultations = Propose consultations on behalf of { $party }?
concern-confirm-close-addressed = Close this concern as addressed? A closed concern cannot be reopened.
concern-confirm-withdraw = Withdraw this concern? A withdrawn concern cannot be reopened.
concern-done-lodged = The concern has been lodged and recorded.
concern-done-acknowledged = Receipt of the concern has been acknowledged.
concern-done-responded = The response has been recorded.
concern-done-consultations = The proposal of consultations has been recorded.
concern-done-closed-addressed = The concern has been closed as addressed.
concern-done-withdrawn = The concern has been withdrawn.

concern-timeline-lodged = { $party } lodged the concern
concern-timeline-acknowledged = { $party } acknowledged the concern
concern-timeline-responded = { $party } responded
concern-timeline-consultations = { $party } proposed consultations
concern-timeline-closed-addressed = { $party } closed the concern as addressed
concern-timeline-withdrawn = { $party } withdrew the concern

concern-clocks = Response times
concern-clocks-help = Each addressee is asked to acknowledge a concern within { $days } days of its lodging, and to respond by the response date.
concern-clock-acknowledged-after =
    { $days ->
        [0] Acknowledged on the day of lodging
        [one] Acknowledged after { $days } day
       *[other] Acknowledged after { $days } days
    }
concern-clock-responded-after =
    { $days ->
        [0] Responded on the day of lodging
        [one] Responded after { $days } day
       *[other] Responded after { $days } days
    }
concern-clock-awaiting-acknowledgement = Awaiting acknowledgement
concern-clock-awaiting-response = Awaiting response
concern-clock-acknowledgement-due = Acknowledgement due { $date }
concern-clock-response-due = Response due { $date }
concern-clock-overdue = Overdue
concern-clock-acknowledgement = Acknowledgement
concern-clock-acknowledgement-overdue = Acknowledgement overdue since { $date }
concern-clock-response-overdue = Response overdue since { $date }
concern-clock-stopped = The clocks stopped when the concern was closed.
concern-addressee-responses =
    { $count ->
        [0] No responses
        [one] { $count } response
       *[other] { $count } responses
    }
concern-addressee-consultations =
    { $count ->
        [0] No proposals of consultations
        [one] { $count } proposal of consultations
       *[other] { $count } proposals of consultations
    }

concern-error-not-found = No such concern exists.
concern-error-not-addressee = Only an addressee of this concern may acknowledge it, respond to it or propose consultations.
concern-error-not-lodging-party = Only { $party }, which lodged this concern, may close or withdraw it.
concern-error-role = Only a delegate, focal point or secretariat member of a party may act on its behalf.
concern-error-already-addressed = This concern has already been closed as addressed and can no longer be changed.
concern-error-already-withdrawn = This concern has already been withdrawn and can no longer be changed.
concern-error-already-acknowledged = { $party } has already acknowledged this concern.
concern-error-already-exists = A concern with this identifier already exists.
concern-error-self-addressed = A party cannot address a concern to itself.
concern-error-no-addressee = Please name at least one addressee.
concern-error-duplicate-addressee = An addressee is named more than once.
concern-error-unknown-party = No party { $party } is registered.
concern-error-no-priority = Please select at least one priority of cooperation (III.1 to III.20).
concern-error-unknown-priority = “{ $priority }” is not a priority of cooperation; use III.1 to III.20.
concern-error-due-in-past = The response date must lie in the future.
concern-error-title-empty = Please enter a title.
concern-error-description-empty = Please enter a description.
concern-error-text-empty = Please enter the text.
concern-error-too-long = The text is longer than the { $max } characters allowed.
concern-error-un-reference = “{ $symbol }” is not a United Nations document symbol (for example S/RES/2231 (2015) or A/RES/76/234).

concern-empty = No concerns have been lodged yet.
concern-empty-filtered = No concern matches these filters.
concern-empty-addressed-to-you = No concern is addressed to your party.

## Transparency log

transparency-title = Transparency
transparency-intro = Every change on the platform is a signed record appended to a public log. Anyone can check that a record is in the log and that the log has only grown, without having to trust this server.
transparency-checkpoint = Latest checkpoint
transparency-checkpoint-help = The checkpoint commits to the whole log: its size and root hash, signed with the node’s key.
transparency-tree-size = Log size
transparency-root-hash = Root hash
transparency-verifier-key = Verifier key
transparency-records = Records
transparency-record-count =
    { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
transparency-record = Record no. { $index }
transparency-record-kind = Kind of record
transparency-record-author = Author
transparency-record-time = Time
transparency-record-subject = Subject
transparency-leaf-hash = Leaf hash
transparency-signature = Signature
transparency-canonical-bytes = Canonical bytes
transparency-consistency = Consistency proof
transparency-consistency-help = Proves that the log of { $from } records is a prefix of the log of { $to } records: nothing has been changed or removed.
transparency-proof-valid = The inclusion proof is valid for this checkpoint.
transparency-proof-invalid = The inclusion proof does not match this checkpoint.
transparency-verify-offline = Verify offline
transparency-verify-offline-help = Download the record with its proof and check them with the independent verifier described in the documentation.
transparency-verify-docs = The formats and every step of the check are described in
transparency-proof-checked-by-server = (Checked by this server; your browser checks it again when scripts are enabled.)
transparency-proof-checked-by-browser = (Checked by your browser.)
transparency-empty = The log has no records yet.

## My party: users, keys, tokens and pending actions

party-title = My party
party-overview = Overview
party-users = Users
party-user-name = Name
party-user-roles = Roles
party-user-status = Status
party-user-active = Active
party-user-disabled = Disabled
party-user-add = Add a user
party-user-disable = Disable
party-user-enable = Enable
party-role-delegate = Delegate
party-role-focal-point = Focal point
party-role-secretariat = Secretariat
party-role-reader = Reader
party-keys = Signing keys
party-key-fingerprint = Fingerprint
party-key-created = Created
party-key-active = Active
party-key-retired = Retired
party-key-rotate = Replace the signing key
party-key-rotate-confirm = Replace the signing key of { $party }? Records already signed remain valid.
party-tokens = API tokens
party-token-name = Name
party-token-create = Create a token
party-token-created = Copy the token now: it is shown only once, and only its hash is stored.
party-token-revoke = Revoke
party-token-revoke-confirm = Revoke this token? Programs that use it will lose access immediately.
party-token-revoked = The token has been revoked.
party-token-status-revoked = Revoked
party-token-last-used = Last used
party-token-never-used = Never used
party-pending = Pending actions
party-pending-acknowledge =
    { $count ->
        [one] { $count } concern awaits your acknowledgement
       *[other] { $count } concerns await your acknowledgement
    }
party-pending-respond =
    { $count ->
        [one] { $count } concern awaits your response
       *[other] { $count } concerns await your response
    }
party-pending-none = Nothing is waiting for your party.
party-awaiting-invitation = Answer the invitation to “{ $meeting }” (opens { $date })
party-awaiting-registration = Approve or decline the registration of { $party } for “{ $meeting }”
party-awaiting-amendment = Accept or reject amendment { $number } by { $party } to “{ $document }”
party-awaiting-position = Record your party’s position on “{ $document }” (decision { $number })
party-awaiting-silence = “{ $document }”: the silence procedure runs until { $date }; object before then to break silence
party-awaiting-close = Close decision { $number } on “{ $document }”: its silence procedure has ended
party-awaiting-commitment = Report on commitment { $number } of { $symbol }
party-awaiting-commitment-due = Report on commitment { $number } of { $symbol } (due { $date })
party-users-empty = No users have been created yet.
party-tokens-empty = No tokens have been created yet.

## Signing in

auth-title = Sign in
auth-intro = Sign in with the account that your party’s secretariat created for you.
auth-username = User name
auth-password = Password
auth-submit = Sign in
auth-wrong-password = The user name or password is incorrect.
auth-rate-limited =
    { $minutes ->
        [one] Too many attempts. Please try again in { $minutes } minute.
       *[other] Too many attempts. Please try again in { $minutes } minutes.
    }
auth-session-expired = Your session has expired. Please sign in again.
auth-csrf-failed = This form has expired or was not sent from this site. Please reload the page and try again.
auth-account-disabled = This account has been disabled. Please contact your party’s secretariat.
auth-sign-in-required = Please sign in to continue.
auth-signed-out = You have been signed out.

## Dialogue (IV.1–IV.4): meetings, outcome documents, decisions and commitments.
## These ids live in the party- group (English and Chinese complete, other languages fall back
## to English) until a group of their own is added to the tests.

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
dialogue-meeting-error-title-empty = Please give the meeting a title.
dialogue-meeting-error-dates = Please give the opening and closing dates.
dialogue-meeting-error-closes-before-opens = The meeting cannot close before it opens.
dialogue-meeting-error-no-place = Please give a venue, an online address, or both.
dialogue-meeting-error-no-language = Please choose at least one working language.
dialogue-meeting-error-agenda-empty = The agenda needs at least one item.
dialogue-meeting-error-agenda-line = Line { $line } of the agenda has no title.
dialogue-meeting-error-agenda-priority = Line { $line } of the agenda: “{ $priority }” is not a priority of the Concept Paper (use III.1 to III.20).
dialogue-meeting-error-not-found = No meeting with this identifier exists.
dialogue-meeting-error-no-delegates = Please name at least one delegate, the head of delegation first.
dialogue-meeting-error-item = Please choose an item of the agenda.
dialogue-meeting-error-no-reason = Please give the reason for cancelling the meeting.
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
dialogue-document-error-no-paragraphs = Please write the text, with a blank line between paragraphs.
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
dialogue-decision-error-deadline-past = The deadline of the silence procedure must be in the future.
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
party-rules-title = Decision rules
party-rules-help = The rules your meetings may decide by, the rule they use unless a meeting chooses another, the quorum and the series your adopted documents are numbered in. Declaring them again is a new signed record.
party-rules-undeclared = Your mechanism has not declared its rules yet: its meetings decide by consensus or the silence procedure, and its documents are numbered under its id in capitals.
party-rules-allowed = Rules your meetings may use
party-rules-default = Default rule
party-rules-quorum = Quorum
party-rules-quorum-help = Optional: a number of members present (10) or a fraction of the members (2/3).
party-rules-series = Document series
party-rules-series-help = Capital letters, digits and '-', in parts separated by '/': SCO/GSI gives SCO/GSI/2026/1.
party-rules-declare = Declare these rules
party-rules-declared = The rules have been declared and recorded.
