### Security concerns (Concept Paper, principle II.4).
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

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
concern-error-role = Only a delegate, focal point or secretariat member of a party may act on its behalf.
concern-error-unknown-priority = “{ $priority }” is not a priority of cooperation; use III.1 to III.20.

concern-empty = No concerns have been lodged yet.
concern-empty-filtered = No concern matches these filters.
concern-empty-addressed-to-you = No concern is addressed to your party.

concern-field-readers = Who may read it
concern-readers-addressees = Your party and the addressees only (TLP:AMBER+STRICT)
concern-readers-public = Everyone, including visitors who are not signed in (TLP:CLEAR)
concern-field-readers-help = You can let more parties read it later. What has been disclosed cannot be taken back.
concern-readers = Read by
concern-readers-anyone = anyone
concern-publish-help = Publishing lets everyone read this concern and every record about it, including visitors who are not signed in. It cannot be undone.
concern-action-publish = Publish the concern
concern-done-published = The concern is now public.
concern-timeline-widened = { $party } let more parties read the concern
