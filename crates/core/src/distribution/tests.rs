use super::*;

fn p(s: &str) -> PartyId {
    PartyId::parse(s).unwrap()
}

#[test]
fn the_text_form_reads_back() {
    for text in ["public", "originator", "parties:CHN,KAZ"] {
        assert_eq!(Distribution::parse(text).unwrap().to_string(), text);
    }
    assert_eq!(
        Distribution::parse("parties: KAZ, CHN,KAZ").unwrap(),
        Distribution::parse("parties:CHN,KAZ").unwrap()
    );
    assert_eq!(
        Distribution::parse("parties:").unwrap(),
        Distribution::Originator
    );
    assert!(Distribution::parse("secret").is_err());
    assert!(Distribution::parse("parties:chn!").is_err());
}

#[test]
fn only_the_named_parties_and_the_originator_read_a_restricted_record() {
    let to_chn = Distribution::parties([p("CHN")]);
    let kaz = p("KAZ");
    assert!(Reader::Party(p("KAZ")).may_read(&kaz, &to_chn));
    assert!(Reader::Party(p("CHN")).may_read(&kaz, &to_chn));
    assert!(!Reader::Party(p("RUS")).may_read(&kaz, &to_chn));
    assert!(!Reader::Anonymous.may_read(&kaz, &to_chn));
    assert!(Reader::Node.may_read(&kaz, &to_chn));
    assert!(!Reader::Party(p("CHN")).may_read(&kaz, &Distribution::Originator));
    assert!(Reader::Party(p("KAZ")).may_read(&kaz, &Distribution::Originator));
    for reader in [Reader::Anonymous, Reader::Party(p("RUS"))] {
        assert!(reader.may_read(&kaz, &Distribution::Public));
    }
}

#[test]
fn widening_keeps_every_earlier_reader() {
    let chn = Distribution::parties([p("CHN")]);
    let chn_rus = Distribution::parties([p("CHN"), p("RUS")]);
    assert!(chn.is_widened_by(&chn_rus));
    assert!(chn.is_widened_by(&Distribution::Public));
    assert!(Distribution::Originator.is_widened_by(&chn));
    assert!(!chn_rus.is_widened_by(&chn));
    assert!(!Distribution::Public.is_widened_by(&chn));
    assert!(!chn.is_widened_by(&Distribution::parties([p("RUS")])));
}

#[test]
fn each_distribution_has_its_tlp_label() {
    assert_eq!(Distribution::Public.tlp().as_str(), "TLP:CLEAR");
    assert_eq!(
        Distribution::parties([p("CHN")]).tlp().as_str(),
        "TLP:AMBER+STRICT"
    );
    assert_eq!(Distribution::Originator.tlp().as_str(), "TLP:RED");
    assert_eq!(
        serde_json::to_value(Distribution::parties([p("CHN")])).unwrap(),
        serde_json::json!({"to": "parties", "parties": ["CHN"]})
    );
}
