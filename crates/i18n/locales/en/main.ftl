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
common-error-500 = Internal error
common-error-500-detail = The platform encountered an error. Nothing was recorded. Please try again later.
common-error-home = Return to the home page
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
