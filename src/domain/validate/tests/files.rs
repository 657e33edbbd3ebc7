//! Whole files: the shared fixtures, the size and record limits, JSON
//! syntax, the envelope and the problem cap.

use super::*;

#[test]
fn the_valid_fixture_reads_as_plan_from_json_does() {
    let text = shared("plan-bengkayang-2026-12.json");
    let plan = read_plan(text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan, Plan::from_json(&text).unwrap());
    assert_eq!(plan.posts.len(), 40);
    // With a byte order mark, as Windows tools write it.
    let with_bom = format!("\u{feff}{text}");
    assert_eq!(read_plan(with_bom.as_bytes()).unwrap(), plan);
}

#[test]
fn every_invalid_fixture_is_refused_at_its_path() {
    let expected: Value = serde_json::from_str(&shared("invalid/expected.json")).unwrap();
    let entries = expected.as_array().unwrap();
    assert!(!entries.is_empty());
    for entry in entries {
        let file = entry["file"].as_str().unwrap();
        let want = entry["error_path_contains"].as_str().unwrap();
        let text = shared(&format!("invalid/{file}"));
        let error = read_plan(text.as_bytes()).expect_err(file);
        if !want.is_empty() {
            let path = error.path().unwrap_or_else(|| panic!("{file}: {error:?}"));
            assert!(path.contains(want), "{file}: {path} lacks {want}");
        }
    }
}

#[test]
fn invalid_fixtures_give_the_expected_refusals() {
    let read_file = |file: &str| read_plan(shared(&format!("invalid/{file}")).as_bytes());
    assert!(matches!(
        read_file("truncated.json"),
        Err(ImportError::NotJson { line: 1, .. })
    ));
    assert!(matches!(
        read_file("not-json.json"),
        Err(ImportError::NotJson { line: 1, column: 2 })
    ));
    assert!(matches!(
        read_file("empty.json"),
        Err(ImportError::NotJson { .. })
    ));
    assert_eq!(read_file("array-top.json"), Err(ImportError::NotAPlan));
    assert_eq!(
        read_file("future-version.json"),
        Err(ImportError::NewerVersion { version: 2 })
    );
    let version = read_file("version-string.json").unwrap_err();
    assert_eq!(version.path(), Some("version"));
    let bad_date = read_file("bad-date.json").unwrap_err();
    assert_eq!(
        bad_date.to_string(),
        "the file breaks 1 rule(s) of the plan format\n\
         posts[3].date: \"2026-02-30\" is not a date"
    );
}

#[test]
fn a_file_over_25_mib_is_refused_before_parsing() {
    // Spaces: a parse would take a while and end in NotJson, not TooLarge.
    let spaces = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        read_plan(&spaces),
        Err(ImportError::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        })
    );
    let at_limit = &spaces[..MAX_FILE_BYTES];
    assert!(matches!(
        read_plan(at_limit),
        Err(ImportError::NotJson { .. })
    ));
}

/// A file whose record arrays hold `n` empty objects split over kinds.
fn many_records(per_kind: &[(&str, usize)]) -> Vec<u8> {
    let mut text = String::from(r#"{"format":"siar.plan","version":1"#);
    for (key, n) in per_kind {
        text.push_str(&format!(r#","{key}":["#));
        text.push_str(&vec!["{}"; *n].join(","));
        text.push(']');
    }
    text.push('}');
    text.into_bytes()
}

#[test]
fn more_than_100_000_records_are_refused_before_a_full_parse() {
    assert_eq!(
        read_plan(&many_records(&[("posts", MAX_RECORDS + 1)])),
        Err(ImportError::TooManyRecords {
            count: MAX_RECORDS + 1
        })
    );
    // All kinds count together; other keys do not count.
    let split = many_records(&[("members", 50_000), ("slots", 50_001), ("x_posts", 10)]);
    assert_eq!(
        read_plan(&split),
        Err(ImportError::TooManyRecords { count: 100_001 })
    );
}

#[test]
fn problems_are_capped_at_50_and_all_counted() {
    // At the record limit: each empty post misses id, title, date,
    // platforms, created_at and updated_at.
    let (kept, total) = match read_plan(&many_records(&[("posts", MAX_RECORDS)])) {
        Err(ImportError::Invalid { problems, total }) => (problems, total),
        other => panic!("{other:?}"),
    };
    assert_eq!((kept.len(), total), (MAX_PROBLEMS, 6 * MAX_RECORDS + 2));
    assert_eq!(kept[0].path, "exported_at");
    assert_eq!(kept[2].path, "posts[0].id");

    let mut plan = base();
    let post = plan["posts"][0].clone();
    plan["posts"] = (0..60)
        .map(|i| {
            let mut p = post.clone();
            p["id"] = json!(format!("p{i}"));
            p["date"] = json!("2026-02-30");
            p
        })
        .collect();
    let (kept, total) = problems(&plan);
    assert_eq!((kept.len(), total), (50, 60));
    assert_eq!(kept[49].path, "posts[49].date");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = |open: &str, close: &str| {
        format!(
            r#"{{"format":"siar.plan","version":1,"x_deep":{}1{},"posts":[]}}"#,
            open.repeat(10_000),
            close.repeat(10_000)
        )
    };
    for text in [deep("[", "]"), deep(r#"{"a":"#, "}")] {
        assert!(matches!(
            read_plan(text.as_bytes()),
            Err(ImportError::NotJson { line: 1, .. })
        ));
    }
    // Nesting that serde_json allows is read, and kept, by both readers.
    let mut plan = base();
    plan["x_deep"] = (0..100).fold(json!(1), |inner, _| json!([inner]));
    assert_accepted(&plan);
    let in_records = format!(
        r#"{{"posts":[{}{}]}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(matches!(
        read_plan(in_records.as_bytes()),
        Err(ImportError::NotJson { .. })
    ));
}

#[test]
fn syntax_errors_and_bad_bytes_are_not_json() {
    let cases: [(&[u8], usize, usize); 6] = [
        (b"", 1, 0),
        (b"   \n  ", 2, 2),
        (b"{\"format\": \"siar.plan\",\n  }", 2, 3),
        (b"{\"format\": \"siar.plan\"} trailing", 1, 25),
        // Invalid UTF-8 inside a string, on line 2.
        (b"{\"format\": \"siar.plan\",\n \"x\": \"\xff\"}", 2, 8),
        (b"{\"a\": 1e999}", 1, 11),
    ];
    for (bytes, line, column) in cases {
        assert_eq!(
            read_plan(bytes),
            Err(ImportError::NotJson { line, column }),
            "{}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn a_key_repeated_in_one_object_is_refused_where_it_is() {
    // serde's Plan refuses it too; a Value would silently keep the last.
    let text = "{\"format\": \"siar.plan\",\n\"posts\": [{\"title\": \"A\",\n \"title\": \"B\"}]}";
    assert!(Plan::from_json(text).is_err());
    assert!(matches!(
        read_plan(text.as_bytes()),
        Err(ImportError::NotJson { line: 3, .. })
    ));
    // Also in an unknown field, where a Value would lose data.
    let unknown = r#"{"format": "siar.plan", "x": {"a": 1, "a": 2}}"#;
    assert!(matches!(
        read_plan(unknown.as_bytes()),
        Err(ImportError::NotJson { .. })
    ));
}

#[test]
fn only_an_object_with_a_format_is_a_plan() {
    for text in [
        "[]",
        "null",
        "\"siar.plan\"",
        "42",
        "{}",
        r#"{"version": 1}"#,
    ] {
        assert_eq!(
            read_plan(text.as_bytes()),
            Err(ImportError::NotAPlan),
            "{text}"
        );
    }
}

#[test]
fn a_wrong_format_is_the_only_problem_reported() {
    let wrong = edited("/format", Some(json!("something.else")));
    let wrong = {
        let mut v = wrong;
        v["posts"][0]["date"] = json!("2026-02-30");
        v
    };
    assert_eq!(
        found(&wrong),
        [(
            "format".to_owned(),
            ProblemKind::NotOneOf {
                value: "something.else".into(),
                allowed: vec!["siar.plan"]
            }
        )]
    );
    for not_a_string in [json!(5), json!(null), json!(["siar.plan"])] {
        assert_eq!(
            found(&edited("/format", Some(not_a_string))),
            [(
                "format".to_owned(),
                ProblemKind::WrongType {
                    expected: Expected::String
                }
            )]
        );
    }
}

#[test]
fn version_rules() {
    for newer in [2, 7, u64::MAX] {
        let error = read(&edited("/version", Some(json!(newer)))).unwrap_err();
        assert_eq!(error, ImportError::NewerVersion { version: newer });
        assert_eq!(error.path(), Some("version"));
    }
    let at_least_one = ProblemKind::OutOfRange {
        min: 1,
        max: i64::MAX,
    };
    let integer = ProblemKind::WrongType {
        expected: Expected::Integer,
    };
    for (value, kind) in [
        (Some(json!(0)), at_least_one.clone()),
        (Some(json!(-1)), at_least_one),
        (Some(json!("1")), integer.clone()),
        (Some(json!(1.0)), integer.clone()),
        (Some(json!(2.5)), integer.clone()),
        (Some(json!(null)), integer),
        (None, ProblemKind::Missing),
    ] {
        assert_eq!(
            found(&edited("/version", value.clone())),
            [("version".to_owned(), kind)],
            "{value:?}"
        );
    }
    // A string version is one problem among all the others.
    let mut both = edited("/version", Some(json!("1")));
    both["posts"][0]["time"] = json!("24:00");
    let paths: Vec<String> = found(&both).into_iter().map(|(p, _)| p).collect();
    assert_eq!(paths, ["version", "posts[0].time"]);
}
