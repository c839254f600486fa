//! The refusals of the decisions module. See [`gsi_core::error`].

crate::refusals! {
    Invalid dispute_party_must_abstain(party) = "decision-dispute-party-must-abstain":
        "{party} is a party to the dispute under Chapter VI and must abstain (Article 27(3))";
    Invalid position_does_not_fit(party, position, rule, fits) = "decision-position-does-not-fit":
        "{party} took the position \"{position}\", which does not fit {rule}: use {fits}";
    Invalid not_present(party) = "decision-not-present":
        "{party} is not present and cannot take a position";
    Invalid not_a_member_cannot_take_position(party) = "decision-not-a-member-cannot-take-position":
        "{party} is not a member of the body and cannot take a position";
    Invalid security_council_composition(size, permanent_seats, members, permanent) = "decision-security-council-composition":
        "the Security Council has {size} members of which {permanent_seats} are permanent; this body has {members} members of which {permanent} are permanent";
    Invalid party_concerned_not_member(party_concerned) = "decision-party-concerned-not-member":
        "the party concerned, {party_concerned}, is not a member of the body";
    Invalid silence_has_no_quorum() = "decision-silence-has-no-quorum":
        "the silence procedure has no quorum: presence does not apply to it";
    Invalid quorum_not_a_fraction(num, den) = "decision-quorum-not-a-fraction":
        "a quorum of {num}/{den} is not a fraction between 0 and 1";
    Invalid present_not_member(party) = "decision-present-not-member":
        "{party} is marked present but is not a member of the body";
    Invalid member_twice(party) = "decision-member-twice":
        "{party} is listed twice as a member";
    Invalid body_without_members() = "decision-body-without-members":
        "a decision-making body needs at least one member";
    Invalid comfort_with_wrong_position(party, position) = "decision-comfort-with-wrong-position":
        "{party} records a comfort level with \"{position}\"; a comfort level goes with support or standing aside only";
    Forbidden not_a_member_takes_no_position(party) = "decision-not-a-member-takes-no-position":
        "{party} is not a member of this body and takes no position in it";
    Invalid not_a_quorum(value) = "decision-not-a-quorum":
        "\"{value}\" is not a quorum: use a number of members such as 10, or a fraction of the members such as 2/3";
    Invalid consensus_minus_one_needs_party() = "decision-consensus-minus-one-needs-party":
        "consensus minus one needs party_concerned: the party whose objection does not block";
    Invalid silence_needs_deadline() = "decision-silence-needs-deadline":
        "the silence procedure needs a deadline";
    Invalid does_not_apply_to_rule(field, rule) = "decision-does-not-apply-to-rule":
        "{field} does not apply to the rule {rule}";
    Invalid not_one_of(value, what, listed) = "decision-not-one-of":
        "\"{value}\" is not {what}: use {listed}";
    Invalid not_a_position(value) = "decision-not-a-position":
        "\"{value}\" is not a position: use support, stand_aside, object or opt_out under a consensus rule, yes, no or abstain under a vote";
}
