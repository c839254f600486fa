//! The refusals of the concerns module. See [`crate::error`].

crate::refusals! {
    Invalid not_a_closing_outcome(value) = "concern-not-a-closing-outcome":
        "\"{value}\" is not a closing outcome: use addressed or withdrawn";
    Invalid not_a_status(value) = "concern-not-a-status":
        "\"{value}\" is not a status: use open, addressed, withdrawn or all";
    Conflict already_closed(concern, status) = "concern-already-closed": "concern {concern} is already {status}";
    Forbidden not_an_addressee(party, concern) = "concern-not-an-addressee":
        "{party} is not an addressee of concern {concern}; only addressees may acknowledge or respond";
    Conflict already_exists(concern) = "concern-already-exists": "concern {concern} already exists";
    Invalid no_addressee() = "concern-no-addressee": "a concern needs at least one addressee";
    Invalid addressee_twice() = "concern-addressee-twice": "an addressee is named twice";
    Invalid addressed_to_itself(party) = "concern-addressed-to-itself": "{party} cannot address a concern to itself";
    Invalid no_priority() = "concern-no-priority":
        "tag the concern with at least one priority area (III.1 to III.20)";
    Invalid response_date_past() = "concern-response-date-past": "the response date must lie in the future";
    Conflict already_acknowledged(party, concern) = "concern-already-acknowledged":
        "{party} has already acknowledged concern {concern}";
    Forbidden only_the_lodger_closes(party, concern) = "concern-only-the-lodger-closes":
        "only {party} lodged concern {concern} and may close or withdraw it";
    Forbidden only_the_lodger_widens(party, concern) = "concern-only-the-lodger-widens":
        "only {party} lodged concern {concern} and may widen who reads it";
    Invalid addressee_left_out(party) = "concern-addressee-left-out":
        "the distribution leaves out the addressee {party}, who must read the concern to answer it";
    NotFound unknown_concern(subject) = "concern-unknown": "{subject} refers to an unknown concern";
    NotFound no_such_concern(concern) = "concern-no-such": "no concern {concern}";
}
