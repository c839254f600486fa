//! The refusals of the dialogue module. See [`gsi_core::error`].

crate::refusals! {
    Invalid default_not_allowed(rule) = "dialogue-default-not-allowed":
        "the default rule, {rule}, is not among the allowed rules";
    Invalid no_allowed_rule() = "dialogue-no-allowed-rule":
        "a mechanism allows at least one rule";
    Invalid state_declares_no_rules(party) = "dialogue-state-declares-no-rules":
        "{party} is a state; only mechanisms and organisations declare decision rules";
    Invalid not_a_series(series) = "dialogue-not-a-series":
        "\"{series}\" is not a document series: use 2 to 40 capital letters, digits or '-', in parts separated by '/' (for example GSI/HLC)";
    Invalid not_a_web_address(field, value) = "dialogue-not-a-web-address":
        "the {field} \"{value}\" is not an http or https address";
    Conflict meeting_already_convened(meeting) = "dialogue-meeting-already-convened":
        "meeting {meeting} is already convened";
    Conflict no_pending_registration(party) = "dialogue-no-pending-registration":
        "{party} has no registration awaiting a decision";
    NotFound meeting_missing() = "dialogue-meeting-missing":
        "the meeting does not exist";
    Conflict revised_since_opened() = "dialogue-revised-since-opened":
        "the meeting was revised after this form was opened; nothing was changed. Open the form again to see the meeting as it stands";
    Invalid revision_changes_nothing() = "dialogue-revision-changes-nothing":
        "the revision changes nothing";
    Invalid agenda_empty() = "dialogue-agenda-empty":
        "the agenda needs at least one item";
    Conflict item_cannot_be_removed(item, title, held) = "dialogue-item-cannot-be-removed":
        "item {item} (\"{title}\") cannot be removed: it has {held}, and removing the item would drop them from the meeting's record; retitle it instead";
    Invalid retitle_needs_change(item) = "dialogue-retitle-needs-change":
        "retitling item {item} needs a new title, new priorities or both";
    Invalid item_changed_twice(item) = "dialogue-item-changed-twice":
        "item {item} is changed more than once in the revision";
    Invalid agenda_has_no_item(count, item) = "dialogue-agenda-has-no-item":
        "the agenda has items 1 to {count}; there is no item {item}";
    Forbidden neither_convenes_nor_takes_part(party) = "dialogue-neither-convenes-nor-takes-part":
        "{party} neither convenes nor takes part in this meeting";
    Conflict not_speaking(party, item) = "dialogue-not-speaking":
        "{party} is not on the list of speakers for item {item}";
    Conflict already_speaking(party, item) = "dialogue-already-speaking":
        "{party} is already on the list of speakers for item {item}";
    Invalid not_a_delegate(delegate, party) = "dialogue-not-a-delegate":
        "\"{delegate}\" is not a delegate of {party}; register the delegate first";
    Forbidden not_an_approved_participant(party) = "dialogue-not-an-approved-participant":
        "{party} is not an approved participant of this meeting";
    Conflict no_registration_to_withdraw(party) = "dialogue-no-registration-to-withdraw":
        "{party} has no registration to withdraw";
    Invalid ad_hoc_convener_cancels() = "dialogue-ad-hoc-convener-cancels":
        "the convener of an ad hoc meeting cancels it rather than withdrawing";
    Conflict registration_not_pending(party, status) = "dialogue-registration-not-pending":
        "{party}'s registration is {status}, not awaiting a decision";
    NotFound not_registered(party) = "dialogue-not-registered":
        "{party} has not registered";
    Invalid state_registers_as_member_or_observer(party) = "dialogue-state-registers-as-member-or-observer":
        "{party} is a state or organisation: it registers as a member or an observer";
    Forbidden not_invited_as_member(party) = "dialogue-not-invited-as-member":
        "{party} was not invited as a member of this ad hoc meeting; it may ask to observe";
    Forbidden not_a_member_on_date(party, mechanism, date) = "dialogue-not-a-member-on-date":
        "{party} is not a member of {mechanism} on {date}; it may register as an observer";
    Invalid delegation_size() = "dialogue-delegation-size":
        "a delegation names 1 to 50 delegates, head of delegation first";
    Invalid convener_does_not_register(party) = "dialogue-convener-does-not-register":
        "{party} convenes this meeting and serves it as secretariat; it does not register";
    Invalid rule_not_allowed(mechanism, rule, allowed) = "dialogue-rule-not-allowed":
        "{mechanism} does not allow the rule {rule}; it allows {allowed}";
    Invalid ad_hoc_without_members() = "dialogue-ad-hoc-without-members":
        "an ad hoc meeting is between named parties: invite at least one as a member";
    Invalid invited_twice(party) = "dialogue-invited-twice":
        "{party} is invited twice";
    Invalid convener_invites_itself(party) = "dialogue-convener-invites-itself":
        "{party} convenes the meeting and does not invite itself";
    Conflict meeting_exists(meeting) = "dialogue-meeting-exists":
        "a meeting {meeting} already exists";
    Invalid no_language() = "dialogue-no-language":
        "a meeting needs at least one language";
    Invalid not_a_language(value) = "dialogue-not-a-language":
        "\"{value}\" is not a language code (use two or three letters, such as en or zh)";
    Invalid no_place() = "dialogue-no-place":
        "a meeting needs a place, an online address, or both";
    Invalid closes_before_opens(closes, opens) = "dialogue-closes-before-opens":
        "the meeting closes ({closes}) before it opens ({opens})";
    NotFound no_agenda_item(number) = "dialogue-no-agenda-item":
        "the agenda has no item {number}";
    Forbidden only_the_convener(convener, what, party) = "dialogue-only-the-convener":
        "only the convener, {convener}, may {what}; {party} is not the convener";
    Conflict meeting_cancelled(reason) = "dialogue-meeting-cancelled":
        "the meeting was cancelled ({reason})";
    NotFound no_commitment(commitment) = "dialogue-no-commitment":
        "no commitment {commitment}";
    Conflict symbol_mismatch(symbol, expected) = "dialogue-symbol-mismatch":
        "the closing gives the symbol {symbol} where the series gives {expected}";
    Conflict no_decision_open() = "dialogue-no-decision-open":
        "no decision is open";
    Conflict silence_ended(deadline) = "dialogue-silence-ended":
        "the silence procedure ended at {deadline}; positions are no longer taken";
    Conflict amendment_no_longer_applies(amendment) = "dialogue-amendment-no-longer-applies":
        "amendment {amendment} no longer applies";
    NotFound no_amendment(amendment) = "dialogue-no-amendment":
        "no amendment {amendment}";
    Conflict document_already_drafted(document) = "dialogue-document-already-drafted":
        "document {document} is already drafted";
    Conflict only_adopted_commitments() = "dialogue-only-adopted-commitments":
        "only an adopted document's paragraphs can be commitments";
    Conflict amendment_not_pending(amendment) = "dialogue-amendment-not-pending":
        "amendment {amendment} is not awaiting a decision";
    NotFound document_missing() = "dialogue-document-missing":
        "the document does not exist";
    Invalid too_much_evidence() = "dialogue-too-much-evidence":
        "a report links at most 20 pieces of evidence";
    Forbidden not_committed(party, commitment) = "dialogue-not-committed":
        "{party} is not committed by commitment {commitment} and does not report on it";
    NotFound no_such_commitment(commitment) = "dialogue-no-such-commitment":
        "the document has no commitment {commitment}";
    Invalid not_joined_adoption(party) = "dialogue-not-joined-adoption":
        "{party} did not join the adoption, so it cannot be committed by it";
    Invalid commitment_without_party() = "dialogue-commitment-without-party":
        "a commitment names at least one party";
    Invalid no_such_paragraph_in_adopted(count, paragraph) = "dialogue-no-such-paragraph-in-adopted":
        "the adopted text has paragraphs 1 to {count}; there is no paragraph {paragraph}";
    Conflict no_decision_open_on_document() = "dialogue-no-decision-open-on-document":
        "no decision is open on this document";
    Invalid silence_deadline_passed(deadline) = "dialogue-silence-deadline-passed":
        "the silence deadline {deadline} has already passed";
    Conflict no_members_to_decide() = "dialogue-no-members-to-decide":
        "the meeting has no approved members to decide";
    Conflict amendment_pending(amendment) = "dialogue-amendment-pending":
        "amendment {amendment} is still to be accepted or rejected";
    Invalid mechanism_disallows_rule(rule) = "dialogue-mechanism-disallows-rule":
        "this meeting's mechanism does not allow {rule}";
    Conflict amendment_no_longer_applies_reject(amendment) = "dialogue-amendment-no-longer-applies-reject":
        "amendment {amendment} no longer applies: the paragraph it changes is gone from the current text; reject it";
    Conflict amendment_already_decided(amendment) = "dialogue-amendment-already-decided":
        "amendment {amendment} was already decided";
    NotFound no_such_amendment(amendment) = "dialogue-no-such-amendment":
        "the document has no amendment {amendment}";
    Invalid document_keeps_a_paragraph() = "dialogue-document-keeps-a-paragraph":
        "a document keeps at least one paragraph";
    Invalid amendment_changes_nothing(paragraph) = "dialogue-amendment-changes-nothing":
        "the amendment leaves paragraph {paragraph} as it is";
    Invalid no_such_paragraph_in_version(version, count, paragraph) = "dialogue-no-such-paragraph-in-version":
        "version {version} has paragraphs 1 to {count}; there is no paragraph {paragraph}";
    Forbidden not_convener_nor_member(party) = "dialogue-not-convener-nor-member":
        "{party} is neither the convener nor an approved member of this meeting";
    Conflict document_exists(document) = "dialogue-document-exists":
        "a document {document} already exists";
    Invalid paragraph_count() = "dialogue-paragraph-count":
        "a document has 1 to 500 paragraphs";
    Conflict document_adopted_text_fixed() = "dialogue-document-adopted-text-fixed":
        "the document is adopted; its text can no longer change";
    Conflict decision_open_text_fixed() = "dialogue-decision-open-text-fixed":
        "a decision is open on this document; the text is fixed until it closes";
    NotFound no_such_meeting(meeting) = "dialogue-no-such-meeting": "no meeting {meeting}";
    NotFound no_such_document(document) = "dialogue-no-such-document": "no document {document}";
    NotFound no_such_version(count, version) = "dialogue-no-such-version":
        "the document has versions 1 to {count}; there is no version {version}";
    Conflict silence_still_running(deadline) = "dialogue-silence-still-running":
        "the silence procedure runs until {deadline}; the decision closes after it";
}
