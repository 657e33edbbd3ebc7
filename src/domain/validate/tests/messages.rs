//! The English sentences of problems and refusals, and `ImportError::path`.

use super::*;
use ProblemKind as K;

fn sentence(path: &str, kind: ProblemKind) -> String {
    Problem {
        path: path.into(),
        kind,
    }
    .to_string()
}

#[test]
fn problems_read_as_the_spec_writes_them() {
    let value = |v: &str| v.to_owned();
    let cases = [
        (
            sentence(
                "posts[3].date",
                K::NotADate {
                    value: value("2026-02-30"),
                },
            ),
            r#"posts[3].date: "2026-02-30" is not a date"#,
        ),
        (
            sentence("workspace.name", K::Missing),
            "workspace.name: is missing",
        ),
        (
            sentence(
                "version",
                K::WrongType {
                    expected: Expected::Integer,
                },
            ),
            "version: must be an integer",
        ),
        (
            sentence(
                "posts[1].time",
                K::NotATime {
                    value: value("24:00"),
                },
            ),
            r#"posts[1].time: "24:00" is not a time (HH:MM)"#,
        ),
        (
            sentence(
                "posts[0].platforms[1]",
                K::NotOneOf {
                    value: value("myspace"),
                    allowed: vec!["instagram", "x"],
                },
            ),
            r#"posts[0].platforms[1]: "myspace" is not one of instagram, x"#,
        ),
        (
            sentence(
                "pillars[0].target_per_week",
                K::OutOfRange { min: 0, max: 50 },
            ),
            "pillars[0].target_per_week: must be from 0 to 50",
        ),
        (
            sentence(
                "posts[4].metrics.likes",
                K::OutOfRange {
                    min: 0,
                    max: i64::MAX,
                },
            ),
            "posts[4].metrics.likes: must be at least 0",
        ),
        (
            sentence("posts[2].title", K::TooLong { max: 200 }),
            "posts[2].title: is longer than 200 characters",
        ),
        (
            sentence("posts[7].id", K::DuplicateId { value: value("p1") }),
            r#"posts[7].id: the id "p1" is already used by an earlier record of this kind"#,
        ),
        (
            // Quotes and control characters in a value stay visible.
            sentence(
                "posts[0].links[1].url",
                K::BadUrl {
                    value: value("javascript:\"x\"\n"),
                },
            ),
            r#"posts[0].links[1].url: "javascript:\"x\"\n" is not an http or https address of at most 2048 characters"#,
        ),
        (
            sentence(
                "",
                K::NotReadable {
                    message: value("bad"),
                },
            ),
            "the file: cannot be read: bad",
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
    // Every kind has a sentence that names its path.
    let all = [
        K::Missing,
        K::WrongType {
            expected: Expected::ObjectOrNull,
        },
        K::NotATimestamp { value: value("x") },
        K::NotASpecialDate { value: value("x") },
        K::BadId { value: value("x") },
        K::Empty,
        K::NoneChosen,
        K::BadColor { value: value("x") },
        K::BadHashtag { value: value("x") },
        K::BadHex { value: value("x") },
    ];
    for kind in all {
        let s = sentence("a.b", kind);
        assert!(s.starts_with("a.b: ") && s.len() > 12, "{s}");
    }
}

#[test]
fn refusals_have_sentences_and_paths() {
    let invalid = ImportError::Invalid {
        problems: vec![Problem {
            path: "format".into(),
            kind: K::Empty,
        }],
        total: 3,
    };
    assert_eq!(invalid.path(), Some("format"));
    assert_eq!(
        invalid.to_string(),
        "the file breaks 3 rule(s) of the plan format\nformat: is empty\n… and 2 more (only 50 are listed)"
    );
    let newer = ImportError::NewerVersion { version: 2 };
    assert_eq!(newer.path(), Some("version"));
    assert!(newer.to_string().contains("newer Siar"), "{newer}");
    for (error, text) in [
        (ImportError::NotAPlan, "the file is not a Siar plan"),
        (
            ImportError::NotJson { line: 0, column: 0 },
            "the file is not JSON",
        ),
        (
            ImportError::NotJson { line: 3, column: 9 },
            "the file is not JSON (at line 3, column 9)",
        ),
        (
            ImportError::TooManyRecords { count: 100_001 },
            "the file has 100001 records, more than the 100000 a plan file may have",
        ),
        (
            ImportError::TooLarge { bytes: 26_214_401 },
            "the file is 26214401 bytes, more than the 26214400 a plan file may have",
        ),
    ] {
        assert_eq!(error.path(), None);
        assert_eq!(error.to_string(), text);
    }
}
