//! The refusals of distributions. See [`crate::error`].

crate::refusals! {
    Invalid not_a_distribution(value) = "distribution-not-a-distribution":
        "\"{value}\" is not a distribution: use public, originator or parties:CHN,RUS";
    Invalid not_wider(from, to) = "distribution-not-wider":
        "a distribution can only be widened: {to} leaves out a reader of {from}, and what was disclosed cannot be taken back";
    Conflict unchanged(to) = "distribution-unchanged": "it is already read by {to}: nothing to widen";
}
