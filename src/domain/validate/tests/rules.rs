//! The string rules and paths on their own, and the fallback for a rule
//! the validator might miss.

use super::super::{envelope, fields, rules};
use super::*;

#[test]
fn paths_quote_keys_that_are_not_plain_words() {
    assert_eq!(fields::join("", "format"), "format");
    assert_eq!(fields::join("workspace", "timezone"), "workspace.timezone");
    assert_eq!(
        fields::join("w.followers", "my page"),
        r#"w.followers["my page"]"#
    );
    assert_eq!(fields::join("w", "a\"b"), r#"w["a\"b"]"#);
    assert_eq!(fields::join("w", ""), r#"w[""]"#);
    assert_eq!(fields::index("posts", 3), "posts[3]");
}

#[test]
fn shown_values_are_cut_at_100_characters() {
    assert_eq!(rules::shown("abc"), "abc");
    let exactly = "é".repeat(100);
    assert_eq!(rules::shown(&exactly), exactly);
    assert_eq!(rules::shown(&"é".repeat(101)), format!("{exactly}…"));
}

#[test]
fn text_limits_count_characters_not_bytes() {
    assert_eq!(rules::other_text(&"é".repeat(2000)), None);
    assert_eq!(
        rules::other_text(&"é".repeat(2001)),
        Some(ProblemKind::TooLong { max: 2000 })
    );
    assert_eq!(rules::caption(&"🙂".repeat(65_536)), None);
    assert_eq!(
        rules::notes(&"x".repeat(20_001)),
        Some(ProblemKind::TooLong { max: 20_000 })
    );
    assert_eq!(rules::name("  a  "), None);
    assert_eq!(rules::name("\u{feff}"), Some(ProblemKind::Empty));
}

#[test]
fn hashtags_and_hex() {
    for ok in ["#a", "#HUTRI81", "##a", "#a#b", "#Kalbar🌿"] {
        assert_eq!(rules::hashtag(ok), None, "{ok}");
    }
    for bad in ["", "#", "a", "# a", "#a\tb", "#a\u{a0}"] {
        assert!(
            matches!(rules::hashtag(bad), Some(ProblemKind::BadHashtag { .. })),
            "{bad:?}"
        );
    }
    let long = format!("#{}", "a".repeat(2000));
    assert_eq!(
        rules::hashtag(&long),
        Some(ProblemKind::TooLong { max: 2000 })
    );
    assert_eq!(rules::sha256_hex(&"0a".repeat(32)), None);
    assert!(rules::sha256_hex(&"0A".repeat(32)).is_some());
}

#[test]
fn a_rule_missing_from_the_validator_is_still_a_refusal_with_a_path() {
    // These values skip `check`: they stand for a rule it might miss.
    let mut value = base();
    value["posts"][0]["date"] = json!("not a date");
    let error = envelope::convert(&value).unwrap_err();
    assert_eq!(error.path(), Some("posts[0]"));
    let ImportError::Invalid { problems, total: 1 } = &error else {
        panic!("{error:?}");
    };
    assert!(
        matches!(&problems[0].kind, ProblemKind::NotReadable { message } if message.contains("date"))
    );

    let mut value = base();
    value["workspace"]["locale"] = json!("fr");
    assert_eq!(
        envelope::convert(&value).unwrap_err().path(),
        Some("workspace")
    );
    let mut value = base();
    value["version"] = json!("1");
    assert_eq!(envelope::convert(&value).unwrap_err().path(), Some(""));
    assert_eq!(
        envelope::convert(&base()).unwrap(),
        assert_accepted(&base())
    );
}
