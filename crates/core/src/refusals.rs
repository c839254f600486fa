//! The refusals of the parts every module shares: free text, ids, the framework's terms, roles,
//! authorship, parties, memberships, and reading records back. See [`crate::error`].

crate::refusals! {
    Invalid text_empty(field) = "text-empty": "the {field} is empty";
    Invalid text_too_long(field, chars, max) = "text-too-long":
        "the {field} has {chars} characters; at most {max} are allowed";
    Invalid text_control_character(field, code, at) = "text-control-character":
        "the {field} contains the control character U+{code} at character {at}; only tabs and line breaks are allowed";
    Invalid text_bidi_control(field, code, at) = "text-bidi-control":
        "the {field} contains the directional formatting character U+{code} at character {at}, which can make the text read differently from what is stored; leave the direction to the page";
    Invalid not_a_party_id(value) = "not-a-party-id":
        "\"{value}\" is not a party id: use an ISO 3166-1 alpha-3 code such as CHN, or a lowercase slug such as sco";
    Invalid not_a_concern_id(value) = "not-a-concern-id": "\"{value}\" is not a concern id";
    Invalid not_a_meeting_id(value) = "not-a-meeting-id": "\"{value}\" is not a meeting id";
    Invalid not_a_document_id(value) = "not-a-document-id": "\"{value}\" is not a document id";
    Invalid not_a_priority(value, last) = "not-a-priority":
        "\"{value}\" is not a priority: use III.1 to III.{last}";
    Invalid not_a_security_domain(value) = "not-a-security-domain":
        "\"{value}\" is not a security domain: use traditional or non_traditional";
    Invalid not_a_un_symbol(value) = "not-a-un-symbol":
        "\"{value}\" is not a UN document symbol (for example S/RES/2231 (2015) or A/RES/76/234)";
    Invalid not_a_role(value) = "not-a-role":
        "\"{value}\" is not a role: use delegate, focal_point, secretariat or reader";
    Invalid not_a_date(value) = "not-a-date": "\"{value}\" is not a date: use YYYY-MM-DD";
    Invalid not_a_time(value, reason) = "not-a-time": "\"{value}\" is not an RFC 3339 time: {reason}";
    Invalid not_a_party_kind(value, kinds) = "not-a-party-kind":
        "\"{value}\" is not a party kind: use one of {kinds}";
    Invalid not_a_membership_role(value) = "not-a-membership-role":
        "\"{value}\" is not a membership role: use member, permanent_member, elected_member, observer, dialogue_partner, partner, participant, organiser, administrator, contributor, state_party or suspended_member";
    Forbidden acts_for_another_party(user, party, author) = "acts-for-another-party":
        "user {user} belongs to {party} and cannot act for {author}";
    Forbidden role_may_not_author(user, author) = "role-may-not-author":
        "user {user} has no role that may author records for {author}";
    Invalid alpha3_for_a_non_state(party, kind) = "alpha3-for-a-non-state":
        "party {party}: ISO 3166-1 alpha-3 ids belong to states and territories, not to a {kind}";
    NotFound party_not_registered(party) = "party-not-registered": "no party {party} is registered";
    Invalid keeps_no_membership_list(party, kind) = "keeps-no-membership-list":
        "{party} is a {kind} and keeps no membership list";
    Invalid own_member() = "own-member": "a mechanism cannot be its own member";
    Invalid membership_ends_before_it_starts(to, from) = "membership-ends-before-it-starts":
        "the membership ends ({to}) before it starts ({from})";
    Forbidden registers_no_participants(party, kind) = "registers-no-participants":
        "only a forum, mechanism or organisation registers participants; {party} is a {kind}";
    Invalid not_a_registrable_participant(kind) = "not-a-registrable-participant":
        "a secretariat registers think tanks, academies and social organisations, not a {kind}";
    Invalid unknown_record_kind(kind) = "unknown-record-kind": "no module writes records of kind {kind}";
    Invalid record_does_not_parse(kind, reason) = "record-does-not-parse":
        "record of kind {kind} does not parse: {reason}";
    Invalid entity_of_another_type(key) = "entity-of-another-type": "{key} is not of the type read";
    NotFound entity_missing(what) = "entity-missing": "{what} does not exist";
    Invalid key_names_a_history(key) = "key-names-a-history": "{key} names a history, not one entity";
}
