# GSI Platform — user-interface strings, English (the reference locale).
#
# Strings every page shares; each module has its own file beside this one (registry.ftl,
# concerns.ftl, dialogue.ftl). Every message must also exist in the same file under zh/. The nav-, common-, home-, registry-,
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
common-error-413 = Too large
common-error-413-detail = The form sent more than the platform accepts at once (2 MiB). Nothing was recorded. Shorten the text, or split it over several submissions.
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
party-tokens-help = A token lets a program act as you. Give it only the scopes it needs and the shortest life that works; it stops at its expiry, when revoked, or when you sign out everywhere and revoke tokens.
party-token-scopes = May
party-token-expires = Expires
party-token-status-expired = Expired
party-token-lasts = Lasts
party-token-days = { $days } days
party-token-scope-read = Read what you may see
party-token-scope-write-registry = Change the registry
party-token-scope-write-concerns = Lodge and answer concerns
party-token-scope-write-dialogue = Act in meetings and documents
party-token-needs-scope = Choose at least one thing the token may do.
party-token-days-invalid = Choose how long the token lasts from the list.
party-sign-out-everywhere = Sign out everywhere
party-sign-out-everywhere-help = Ends every session of yours, in every browser and on every device, this one included. Use it if a device was lost or your password may be known.
party-sign-out-revoke-tokens = Also revoke all my API tokens
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
    { $seconds ->
        [one] Too many attempts. Please try again in { $seconds } second.
       *[other] Too many attempts. Please try again in { $seconds } seconds.
    }
auth-busy = The platform is checking many sign-ins at this moment. Please try again in a second.
auth-session-expired = Your session has expired. Please sign in again.
auth-csrf-failed = This form has expired or was not sent from this site. Please reload the page and try again.
auth-account-disabled = This account has been disabled. Please contact your party’s secretariat.
auth-sign-in-required = Please sign in to continue.
auth-signed-out = You have been signed out.
auth-signed-out-everywhere =
    You have been signed out in every browser. { $tokens ->
        [0] Your API tokens still work.
        [one] One API token was revoked.
       *[other] { $tokens } API tokens were revoked.
    }

## My party: a mechanism's decision rules

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
transparency-sealed = sealed record
transparency-author-hidden = not shown
transparency-sealed-help = This record is sealed: only the parties it is meant for may read it. Anyone can still check its signature, its place in the log and the log's checkpoints.
nav-api-docs-intro = Every operation of this node’s API, read from its OpenAPI document:
home-waiting = Waiting for your party
home-waiting-none = Nothing waits for your party.
home-waiting-all = Everything on My party
