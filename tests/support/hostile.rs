//! Broken and hostile plan files, made by mutating valid ones.
//!
//! Plain, deterministic Rust (serde_json only, no browser calls, no
//! randomness), so that the native test (`tests/hostile.rs`) and a browser
//! test can both include it:
//!
//! ```ignore
//! #[path = "support/hostile.rs"]
//! mod hostile;
//!
//! for (name, bytes) in hostile::hostile_plans() {
//!     // offer `bytes` to `siar::domain::validate::read_plan`; `name` says
//!     // what was done to the file, for the failure message.
//! }
//! ```
//!
//! [`hostile_plans`] is all a caller needs. [`cases`] gives the same files
//! with what the spec (`shared/spec/plan-format.md`) says must happen to
//! each ([`Expect`]), for tests that assert more than "no panic".
//!
//! Every name is `<category>: <what was done>`. The categories:
//!
//! | category | what |
//! |---|---|
//! | `wrong-type` | each value of the small plan replaced by values of other JSON types |
//! | `missing` | each key of the small plan removed |
//! | `extra` | unknown keys (also `__proto__`, `constructor`, wrong-case names) added to every object |
//! | `limit` | texts at and one past their limits (title, caption, notes, other), in ASCII and in emoji |
//! | `huge` | strings and arrays of megabytes, 100,000+ records, files over 25 MiB |
//! | `deep` | arrays and objects nested 10 to 100,000 levels deep, in and around the plan |
//! | `utf8` | invalid UTF-8 (stray, overlong, surrogate, truncated), lone `\ud800` escapes, NUL |
//! | `bom` | a UTF-8 byte order mark, two of them, a UTF-16 one |
//! | `duplicate-key` | a key repeated within one object, at each level |
//! | `number` | integers out of range, floats where integers go, `-0`, `1e400`, 20-digit numbers |
//! | `nan` | `NaN`, `Infinity`, `-Infinity` tokens |
//! | `path-id` | ids and id references that look like paths (`../../etc/passwd`, `C:\x`, …) |
//! | `url` | `javascript:`, `data:`, `file:` and other bad URLs; good ones at the limit |
//! | `html` | titles, captions, names … full of HTML, script and bidi controls |
//! | `date` | impossible dates, times and timestamps, and the extremes that are fine |
//! | `enum` | values of enums in the wrong case, empty, unknown |
//! | `structure` | not an object, trailing text, comments, records that are not objects |
//! | `records` | ids repeated within a kind, and across kinds (which is fine) |
//! | `bytes` | the fixture cut short and with bytes flipped at fixed places |

// Each includer uses a different part of this module.
#![allow(dead_code)]

use serde_json::{json, Map, Value};

/// The small valid plan: every record kind once, every optional field
/// used, unknown keys at each level.
pub const SMALL_PLAN: &str = include_str!("small-plan.json");

/// The shared fixture: a month of a real office's plan.
pub const FIXTURE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/fixtures/plan-bengkayang-2026-12.json"
));

/// The largest file `read_plan` reads (spec: 25 MiB).
const MAX_FILE_BYTES: usize = 25 * 1024 * 1024;
/// The most records in a file (spec: 100,000).
const MAX_RECORDS: usize = 100_000;

/// What the spec says must happen to a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Nothing particular: a clear refusal or a plan that follows the spec.
    Any,
    /// The file follows the spec and must be read.
    Accepted,
    /// Refused as breaking a rule, with a problem at this path, written as
    /// `Problem::path` writes it (`posts[0].links[0].url`).
    ProblemAt(String),
    /// Refused as a whole, for this reason.
    Refused(Whole),
}

/// Why a file is refused as a whole (`ImportError`'s variants without a
/// path).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whole {
    /// Over 25 MiB.
    TooLarge,
    /// Over 100,000 records.
    TooManyRecords,
    /// Not JSON, invalid UTF-8, too deep, or a key repeated.
    NotJson,
    /// JSON, but not an object with `format`.
    NotAPlan,
    /// `version` above 1.
    NewerVersion,
}

/// One hostile file.
#[derive(Clone, Debug)]
pub struct Case {
    /// `<category>: <what was done>`.
    pub name: String,
    /// The file.
    pub bytes: Vec<u8>,
    /// What must happen to it.
    pub expect: Expect,
}

/// Every hostile file, as `(name, bytes)`, in a fixed order.
pub fn hostile_plans() -> Vec<(String, Vec<u8>)> {
    cases().into_iter().map(|c| (c.name, c.bytes)).collect()
}

/// Every hostile file with what must happen to it, in a fixed order.
pub fn cases() -> Vec<Case> {
    let mut out = Cases::default();
    wrong_types(&mut out);
    missing_keys(&mut out);
    extra_keys(&mut out);
    limits(&mut out);
    huge(&mut out);
    deep(&mut out);
    utf8(&mut out);
    bom(&mut out);
    duplicate_keys(&mut out);
    numbers(&mut out);
    nan(&mut out);
    path_ids(&mut out);
    urls(&mut out);
    html(&mut out);
    dates(&mut out);
    enums(&mut out);
    structure(&mut out);
    records(&mut out);
    bytes(&mut out);
    out.0
}

/// The list being built.
#[derive(Default)]
struct Cases(Vec<Case>);

impl Cases {
    /// Adds a file, unless one of that name is there already (rotating
    /// places can land on one already covered).
    fn push(&mut self, category: &str, what: impl AsRef<str>, bytes: Vec<u8>, expect: Expect) {
        let name = format!("{category}: {}", what.as_ref());
        if self.0.iter().any(|c| c.name == name) {
            return;
        }
        self.0.push(Case {
            name,
            bytes,
            expect,
        });
    }

    /// The small plan with the value at JSON pointer `at` set to `value`.
    fn set(&mut self, category: &str, at: &str, value: Value, expect: Expect) {
        let mut plan = small();
        *slot(&mut plan, at) = value.clone();
        let what = format!("{at} = {}", shown(&value));
        self.push(category, what, to_bytes(&plan), expect);
    }
}

/// The small plan as a value.
fn small() -> Value {
    serde_json::from_str(SMALL_PLAN).expect("the small plan is JSON")
}

/// The fixture as a value.
fn fixture() -> Value {
    serde_json::from_str(FIXTURE).expect("the fixture is JSON")
}

/// The value at JSON pointer `at`, which the small plan must have.
fn slot<'v>(plan: &'v mut Value, at: &str) -> &'v mut Value {
    plan.pointer_mut(at)
        .unwrap_or_else(|| panic!("no {at} in the plan"))
}

/// `value` as a file, pretty-printed as Siar writes plans.
fn to_bytes(value: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(value).expect("a Value serialises")
}

/// A value for a name: short, on one line.
fn shown(value: &Value) -> String {
    let text = match value {
        // Only the head of a long string is quoted: writing out megabytes
        // to keep forty characters would cost more than the test.
        Value::String(s) if s.len() > 80 => {
            let head: String = s.chars().take(40).collect();
            return format!("{}… ({} bytes)", Value::from(head), s.len());
        }
        _ => value.to_string(),
    };
    match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{}… ({} bytes)", &text[..cut], text.len()),
        None => text,
    }
}

/// The path `read_plan` reports for JSON pointer `at`: `/posts/0/url` is
/// `posts[0].url` (the pointers used here hold plain keys only).
pub fn problem_path(at: &str) -> String {
    let mut path = String::new();
    for part in at.split('/').skip(1) {
        if part.bytes().all(|b| b.is_ascii_digit()) {
            path.push_str(&format!("[{part}]"));
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(part);
        }
    }
    path
}

/// The small plan written with the JSON text `raw` in place of the value at
/// `at`: for what a `Value` cannot hold (NaN, repeated keys, bad UTF-8).
fn splice(at: &str, raw: &[u8]) -> Vec<u8> {
    const HOLE: &str = "\u{1}hole\u{1}";
    let mut plan = small();
    *slot(&mut plan, at) = Value::from(HOLE);
    let text = to_bytes(&plan);
    let hole = serde_json::to_vec(HOLE).expect("a string serialises");
    let start = find(&text, &hole).expect("the hole is in the text");
    [&text[..start], raw, &text[start + hole.len()..]].concat()
}

/// Where `needle` first occurs in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Every JSON pointer of the small plan, parents before children.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let child = format!("{at}/{key}");
                out.push(child.clone());
                pointers(v, child, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let child = format!("{at}/{i}");
                out.push(child.clone());
                pointers(v, child, out);
            }
        }
        _ => {}
    }
}

fn all_pointers() -> Vec<String> {
    let mut out = Vec::new();
    pointers(&small(), String::new(), &mut out);
    out
}

/// Each value of the small plan replaced by two values of other types:
/// `null` and one from a rotating list, so that every type appears.
fn wrong_types(out: &mut Cases) {
    let others = [
        json!(true),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(""),
        json!("x"),
        json!([]),
        json!({}),
        json!([null]),
        json!({"": null}),
    ];
    for (i, at) in all_pointers().iter().enumerate() {
        out.set("wrong-type", at, Value::Null, Expect::Any);
        out.set(
            "wrong-type",
            at,
            others[i % others.len()].clone(),
            Expect::Any,
        );
    }
}

/// Each key of each object of the small plan removed.
fn missing_keys(out: &mut Cases) {
    for at in all_pointers() {
        let (parent, key) = at.rsplit_once('/').expect("a pointer has a /");
        let mut plan = small();
        let holder = if parent.is_empty() {
            &mut plan
        } else {
            slot(&mut plan, parent)
        };
        if let Value::Object(map) = holder {
            map.remove(key);
            out.push("missing", &at, to_bytes(&plan), Expect::Any);
        }
    }
}

/// Unknown keys, kept as they are by the spec, added to every object that
/// is a record, the workspace, the top level or part of a post (links,
/// approval, metrics): all must still read. Also names that mean something
/// to JavaScript or differ from a known key only in case.
fn extra_keys(out: &mut Cases) {
    let objects = [
        "",
        "/workspace",
        "/members/0",
        "/pillars/0",
        "/posts/0",
        "/posts/0/links/0",
        "/posts/0/approval",
        "/posts/0/metrics",
        "/ideas/0",
        "/coverage/0",
        "/special_days/0",
        "/slots/0",
    ];
    let keys: [(&str, Value); 6] = [
        ("__proto__", json!({"polluted": true})),
        ("constructor", json!({"prototype": {"x": 1}})),
        ("Title", json!("Wrong case")),
        ("x-\u{202e}evil", json!([1, "two", null, {"three": 3.5}])),
        ("", json!("")),
        ("x_big_int", json!(u64::MAX)),
    ];
    for at in objects {
        for (key, value) in &keys {
            let mut plan = small();
            let holder = if at.is_empty() {
                &mut plan
            } else {
                slot(&mut plan, at)
            };
            holder
                .as_object_mut()
                .expect("an object")
                .insert((*key).to_owned(), value.clone());
            let what = format!("{at}/{key:?}");
            out.push("extra", what, to_bytes(&plan), Expect::Accepted);
        }
    }
    // In `followers`, every key is a platform count: an unknown value there
    // is refused, not kept.
    let mut plan = small();
    slot(&mut plan, "/workspace/followers")
        .as_object_mut()
        .expect("an object")
        .insert("__proto__".into(), json!({}));
    let at = "workspace.followers.__proto__".to_owned();
    out.push(
        "extra",
        "/workspace/followers/__proto__",
        to_bytes(&plan),
        Expect::ProblemAt(at),
    );
}

/// Texts at their limit (read) and one past it (refused), counted in
/// characters: ASCII, and emoji of four bytes each.
fn limits(out: &mut Cases) {
    let fields = [
        ("/posts/0/title", 200),
        ("/workspace/name", 200),
        ("/members/0/name", 200),
        ("/posts/0/caption", 65_536),
        ("/posts/0/notes", 20_000),
        ("/ideas/0/description", 20_000),
        ("/posts/0/links/0/label", 2_000),
        ("/coverage/0/location", 2_000),
        ("/workspace/byline", 2_000),
        ("/exported_by", 2_000),
        ("/ideas/0/tags/0", 2_000),
    ];
    for (at, max) in fields {
        for unit in ["a", "\u{1F600}"] {
            let fits = Value::from(unit.repeat(max));
            out.set("limit", at, fits, Expect::Accepted);
            let over = Value::from(unit.repeat(max + 1));
            out.set("limit", at, over, Expect::ProblemAt(problem_path(at)));
        }
    }
    // A title is trimmed first: spaces around it do not count, and a title
    // of spaces only is empty.
    let padded = format!("  {}  ", "a".repeat(200));
    out.set(
        "limit",
        "/posts/0/title",
        Value::from(padded),
        Expect::Accepted,
    );
    for blank in [" ", "\t\n", "\u{3000}"] {
        let at = "/posts/0/title";
        out.set(
            "limit",
            at,
            Value::from(blank),
            Expect::ProblemAt(problem_path(at)),
        );
    }
}

/// Megabytes: long strings and arrays, many records, files over 25 MiB.
fn huge(out: &mut Cases) {
    let big = "A".repeat(24 * 1024 * 1024);
    // An unknown key has no limit of its own; the file is under 25 MiB.
    out.set(
        "huge",
        "/posts/0/x_custom",
        Value::from(big.clone()),
        Expect::Accepted,
    );
    let at = "/posts/0/caption";
    out.set(
        "huge",
        at,
        Value::from(big.clone()),
        Expect::ProblemAt(problem_path(at)),
    );
    let at = "/posts/0/id";
    out.set(
        "huge",
        at,
        Value::from("a".repeat(1 << 20)),
        Expect::ProblemAt(problem_path(at)),
    );

    // One byte over 25 MiB, of spaces after a valid plan: refused unread.
    let mut file = SMALL_PLAN.as_bytes().to_vec();
    file.resize(MAX_FILE_BYTES + 1, b' ');
    out.push(
        "huge",
        "25 MiB + 1 byte",
        file,
        Expect::Refused(Whole::TooLarge),
    );
    let mut file = SMALL_PLAN.as_bytes().to_vec();
    file.resize(MAX_FILE_BYTES, b' ');
    out.push("huge", "exactly 25 MiB", file, Expect::Accepted);

    // Records counted before the file is parsed in full.
    for (n, expect) in [
        (MAX_RECORDS + 1, Expect::Refused(Whole::TooManyRecords)),
        (MAX_RECORDS, Expect::ProblemAt("posts[0]".into())),
    ] {
        let mut text = String::from(r#"{"format":"siar.plan","version":1,"posts":["#);
        text.push_str(&vec!["0"; n].join(","));
        text.push_str("]}");
        out.push("huge", format!("{n} posts"), text.into_bytes(), expect);
    }
    let many = vec![json!(0); MAX_RECORDS + 1];
    out.set(
        "huge",
        "/members",
        Value::from(many),
        Expect::Refused(Whole::TooManyRecords),
    );

    // Long arrays inside one record (not records, so not counted).
    let tags: Vec<Value> = (0..20_000).map(|i| json!(format!("#t{i}"))).collect();
    out.set(
        "huge",
        "/posts/0/hashtags",
        Value::from(tags),
        Expect::Accepted,
    );
    let platforms = vec![json!("instagram"); 100_000];
    out.set(
        "huge",
        "/posts/0/platforms",
        Value::from(platforms),
        Expect::Any,
    );
    let crew = vec![json!("not an id!"); 100_000];
    out.set(
        "huge",
        "/coverage/0/crew_ids",
        Value::from(crew),
        Expect::ProblemAt("coverage[0].crew_ids[0]".into()),
    );
    let followers: Map<String, Value> = (0..10_000).map(|i| (format!("p{i}"), json!(i))).collect();
    out.set(
        "huge",
        "/workspace/followers",
        Value::from(followers),
        Expect::Accepted,
    );
}

/// Nesting: serde_json stops at 128 levels; deeper files are not JSON to
/// Siar, and none may overflow the stack, wherever the nesting is.
fn deep(out: &mut Cases) {
    for depth in [10usize, 100, 120, 127, 128, 129, 1_000, 5_000, 100_000] {
        let arrays = [
            "[".repeat(depth).into_bytes(),
            "]".repeat(depth).into_bytes(),
        ]
        .concat();
        let objects = [
            r#"{"a":"#.repeat(depth).into_bytes(),
            b"0".to_vec(),
            "}".repeat(depth).into_bytes(),
        ]
        .concat();
        // The plan is itself 3 levels deep around `/posts/0/x_custom`.
        let fits = depth + 3 <= 128;
        let expect = |fits: bool| match fits {
            true => Expect::Accepted,
            false => Expect::Refused(Whole::NotJson),
        };
        out.push(
            "deep",
            format!("arrays {depth} deep in an unknown key"),
            splice("/posts/0/x_custom", &arrays),
            expect(fits),
        );
        out.push(
            "deep",
            format!("objects {depth} deep in an unknown key"),
            splice("/posts/0/x_custom", &objects),
            expect(fits),
        );
        out.push(
            "deep",
            format!("arrays {depth} deep as a post"),
            splice("/posts/0", &arrays),
            Expect::Any,
        );
        out.push(
            "deep",
            format!("objects {depth} deep as the workspace"),
            splice("/workspace", &objects),
            Expect::Any,
        );
        out.push(
            "deep",
            format!("arrays {depth} deep as the file"),
            arrays,
            Expect::Any,
        );
        // Unclosed: the parser must give up, not run out of stack.
        out.push(
            "deep",
            format!("{depth} unclosed ["),
            "[".repeat(depth).into_bytes(),
            Expect::Refused(Whole::NotJson),
        );
    }
}

/// Text that is not UTF-8, or is but should not be taken at face value.
fn utf8(out: &mut Cases) {
    let not_utf8: [(&str, &[u8]); 7] = [
        ("stray continuation byte", b"\"a\x80b\""),
        ("overlong slash", b"\"\xc0\xaf\""),
        ("encoded surrogate", b"\"\xed\xa0\x80\""),
        ("above U+10FFFF", b"\"\xf4\x90\x80\x80\""),
        ("truncated emoji", b"\"\xf0\x9f\x98\""),
        ("Latin-1 e acute", b"\"caf\xe9\""),
        ("0xFF byte", b"\"\xff\""),
    ];
    for (what, raw) in not_utf8 {
        for at in ["/posts/0/title", "/posts/0/x_custom"] {
            out.push(
                "utf8",
                format!("{what} in {at}"),
                splice(at, raw),
                Expect::Refused(Whole::NotJson),
            );
        }
    }
    // A key that is not UTF-8.
    let mut file = SMALL_PLAN.as_bytes().to_vec();
    let at = find(&file, b"\"x_top_level\"").expect("the key") + 1;
    file[at] = 0xfe;
    out.push(
        "utf8",
        "a key with an 0xFE byte",
        file,
        Expect::Refused(Whole::NotJson),
    );
    // The file cut inside a character.
    let emoji = splice("/posts/0/title", "\"\u{1F600}\"".as_bytes());
    let cut = find(&emoji, "\u{1F600}".as_bytes()).expect("the emoji") + 2;
    out.push(
        "utf8",
        "cut inside an emoji",
        emoji[..cut].to_vec(),
        Expect::Refused(Whole::NotJson),
    );

    // Escapes: lone surrogates are not text; NUL and controls are, escaped.
    for (what, raw) in [
        ("lone high surrogate", r#""\ud800""#),
        ("lone low surrogate", r#""\udc00x""#),
        ("reversed pair", r#""\udc00\ud800""#),
    ] {
        out.push(
            "utf8",
            what,
            splice("/posts/0/caption", raw.as_bytes()),
            Expect::Refused(Whole::NotJson),
        );
    }
    let raw = r#""\ud83d\ude00 ok""#;
    out.push(
        "utf8",
        "escaped surrogate pair",
        splice("/posts/0/caption", raw.as_bytes()),
        Expect::Accepted,
    );
    out.set(
        "utf8",
        "/posts/0/caption",
        Value::from("a\u{0}b\u{7}\u{1b}[31m"),
        Expect::Accepted,
    );
    out.set(
        "utf8",
        "/posts/0/title",
        Value::from("\u{0}"),
        Expect::Accepted,
    );
    out.push(
        "utf8",
        "raw control byte in a string",
        splice("/posts/0/caption", b"\"a\x01b\""),
        Expect::Refused(Whole::NotJson),
    );
    out.push(
        "utf8",
        "raw NUL byte after the object",
        [SMALL_PLAN.as_bytes(), b"\0"].concat(),
        Expect::Refused(Whole::NotJson),
    );
}

/// Byte order marks: one UTF-8 BOM is skipped (Windows tools write it),
/// anything else is not JSON.
fn bom(out: &mut Cases) {
    let text = SMALL_PLAN.as_bytes();
    out.push(
        "bom",
        "UTF-8 BOM",
        [b"\xEF\xBB\xBF", text].concat(),
        Expect::Accepted,
    );
    out.push(
        "bom",
        "UTF-8 BOM on the fixture",
        [b"\xEF\xBB\xBF", FIXTURE.as_bytes()].concat(),
        Expect::Accepted,
    );
    out.push(
        "bom",
        "two UTF-8 BOMs",
        [b"\xEF\xBB\xBF\xEF\xBB\xBF", text].concat(),
        Expect::Refused(Whole::NotJson),
    );
    out.push(
        "bom",
        "BOM only",
        b"\xEF\xBB\xBF".to_vec(),
        Expect::Refused(Whole::NotJson),
    );
    out.push(
        "bom",
        "BOM after whitespace",
        [b" \xEF\xBB\xBF", text].concat(),
        Expect::Refused(Whole::NotJson),
    );
    out.push(
        "bom",
        "BOM at the end",
        [text, b"\xEF\xBB\xBF"].concat(),
        Expect::Refused(Whole::NotJson),
    );
    let utf16: Vec<u8> = SMALL_PLAN
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    out.push(
        "bom",
        "UTF-16 LE with BOM",
        [&b"\xFF\xFE"[..], &utf16].concat(),
        Expect::Refused(Whole::NotJson),
    );
    out.push(
        "bom",
        "UTF-16 LE without BOM",
        utf16,
        Expect::Refused(Whole::NotJson),
    );
    out.set(
        "bom",
        "/posts/0/title",
        Value::from("\u{feff}Judul"),
        Expect::Accepted,
    );
}

/// A key twice in one object, at every level: refused rather than
/// guessed (JSON readers keep different ones).
fn duplicate_keys(out: &mut Cases) {
    let twice: [(&str, &str); 9] = [
        ("", r#""format": "siar.plan""#),
        ("", r#""posts": []"#),
        ("", r#""x_top_level": 1"#),
        ("/workspace", r#""name": "Lain""#),
        ("/posts/0", r#""title": "Lain""#),
        ("/posts/0", r#""deleted": true"#),
        ("/posts/0/links/0", r#""url": "javascript:alert(1)""#),
        ("/posts/0/approval", r#""by": "m2""#),
        ("/posts/0/x_custom", r#""kept": 1"#),
    ];
    for (at, member) in twice {
        // Put the repeat first in the object: `{"k": …, <the rest, with k>}`.
        let file = match at {
            "" => [b"{", member.as_bytes(), b",", &SMALL_PLAN.as_bytes()[1..]].concat(),
            _ => {
                let mut plan = small();
                let original = slot(&mut plan, at).to_string();
                let raw = format!("{{{member},{}", &original[1..]);
                splice(at, raw.as_bytes())
            }
        };
        out.push(
            "duplicate-key",
            format!("{at}/{member}"),
            file,
            Expect::Refused(Whole::NotJson),
        );
    }
    out.push(
        "duplicate-key",
        "same key with other escapes",
        splice("/posts/0/x_custom", br#"{"a":1,"\u0061":2}"#),
        Expect::Refused(Whole::NotJson),
    );
    out.push(
        "duplicate-key",
        "keys differing in case",
        splice("/posts/0/x_custom", br#"{"a":1,"A":2}"#),
        Expect::Accepted,
    );
}

/// Numbers out of range or not integers where integers go; and numbers in
/// unknown keys, which must survive the round trip.
fn numbers(out: &mut Cases) {
    let bad: [(&str, &str); 22] = [
        ("/version", "0"),
        ("/version", "-1"),
        ("/version", "1.0"),
        ("/version", "1e0"),
        ("/version", "18446744073709551616"),
        ("/pillars/0/target_per_week", "51"),
        ("/pillars/0/target_per_week", "-1"),
        ("/pillars/0/target_per_week", "256"),
        ("/pillars/0/target_per_week", "2.5"),
        ("/pillars/0/target_per_week", "1e1"),
        ("/slots/0/weekday", "0"),
        ("/slots/0/weekday", "8"),
        ("/slots/0/weekday", "-9223372036854775808"),
        ("/posts/0/metrics/reach", "-1"),
        ("/posts/0/metrics/reach", "9223372036854775808"),
        ("/posts/0/metrics/likes", "1.5"),
        ("/posts/0/metrics/views", "99999999999999999999"),
        ("/workspace/followers/instagram", "-5"),
        ("/workspace/followers/instagram", "1E3"),
        ("/pillars/0/target_per_week", "-0"),
        ("/slots/0/weekday", "7.0"),
        ("/posts/0/metrics/shares", "-0.0"),
    ];
    for (at, raw) in bad {
        let expect = if raw == "-0" {
            // `-0` is a float to serde_json: refusing it is as right as
            // reading it as 0.
            Expect::Any
        } else {
            Expect::ProblemAt(problem_path(at))
        };
        out.push(
            "number",
            format!("{at} = {raw}"),
            splice(at, raw.as_bytes()),
            expect,
        );
    }
    out.push(
        "number",
        "/version = 2",
        splice("/version", b"2"),
        Expect::Refused(Whole::NewerVersion),
    );
    out.push(
        "number",
        "/version = u64::MAX",
        splice("/version", b"18446744073709551615"),
        Expect::Refused(Whole::NewerVersion),
    );
    out.push(
        "number",
        "/version = 1e400",
        splice("/version", b"1e400"),
        Expect::Refused(Whole::NotJson),
    );
    out.push(
        "number",
        "/posts/0/metrics/reach = 18446744073709551615",
        splice("/posts/0/metrics/reach", b"18446744073709551615"),
        Expect::ProblemAt("posts[0].metrics.reach".into()),
    );
    out.push(
        "number",
        "/pillars/0/target_per_week = 50",
        splice("/pillars/0/target_per_week", b"50"),
        Expect::Accepted,
    );

    // In unknown keys anything JSON allows is kept, and must come back.
    for raw in [
        "0.1",
        "-0.0",
        "1e-400",
        "5e-324",
        "2.2250738585072011e-308",
        "1.7976931348623157e308",
        "123456789012345678901234567890",
        "-9223372036854775809",
        "0.30000000000000004",
        "1.0000000000000002",
        "9007199254740993",
        "3.141592653589793238462643383279",
    ] {
        out.push(
            "number",
            format!("unknown key = {raw}"),
            splice("/posts/0/x_custom", raw.as_bytes()),
            Expect::Any,
        );
    }
    out.push(
        "number",
        "unknown key = 1e400",
        splice("/posts/0/x_custom", b"1e400"),
        Expect::Refused(Whole::NotJson),
    );
    out.push(
        "number",
        "leading zero",
        splice("/version", b"01"),
        Expect::Refused(Whole::NotJson),
    );
    out.push(
        "number",
        "plus sign",
        splice("/version", b"+1"),
        Expect::Refused(Whole::NotJson),
    );
    out.push(
        "number",
        "hex",
        splice("/version", b"0x1"),
        Expect::Refused(Whole::NotJson),
    );
}

/// `NaN` and infinities are not JSON.
fn nan(out: &mut Cases) {
    for token in ["NaN", "nan", "Infinity", "-Infinity", "inf", "undefined"] {
        for at in [
            "/version",
            "/pillars/0/target_per_week",
            "/posts/0/x_custom",
        ] {
            out.push(
                "nan",
                format!("{at} = {token}"),
                splice(at, token.as_bytes()),
                Expect::Refused(Whole::NotJson),
            );
        }
    }
}

/// Ids and references that would be paths, if anyone used them as ones.
fn path_ids(out: &mut Cases) {
    let ids = [
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "C:\\x",
        "C:",
        "/abs",
        "..",
        ".",
        "a/b",
        "%2e%2e%2f",
        "a\u{0}b",
        "file:///etc/passwd",
        "ａ", // a fullwidth letter
        "a b",
        "",
        &"a".repeat(65),
    ];
    let places = [
        "/workspace/id",
        "/members/0/id",
        "/posts/0/id",
        "/posts/0/pillar_id",
        "/posts/0/assignee_id",
        "/posts/0/approval/by",
        "/coverage/0/crew_ids/0",
        "/ideas/0/post_id",
        "/slots/0/pillar_id",
    ];
    for (i, id) in ids.iter().enumerate() {
        // Every id in the record ids, and a rotating place for references.
        for at in ["/posts/0/id", places[i % places.len()]] {
            out.set(
                "path-id",
                at,
                Value::from(*id),
                Expect::ProblemAt(problem_path(at)),
            );
        }
    }
    // The longest id is fine.
    out.set(
        "path-id",
        "/posts/0/id",
        Value::from("a".repeat(64)),
        Expect::Accepted,
    );
}

/// URLs: the spec allows absolute `http`/`https` of at most 2,048
/// characters and refuses any other scheme.
fn urls(out: &mut Cases) {
    let refused = [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "javascript://example.com/%0Aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:image/svg+xml,<svg onload=alert(1)>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "file://C:/Windows/win.ini",
        "blob:https://example.com/uuid",
        "//example.com/x",
        "/relative/path",
        "example.com",
        "http:/example.com",
        "http://",
        "https:///path",
        "http://exa mple.com",
        "http://example.com/\u{0}",
        "https://example.com\n",
        "http://[::1",
        "http://example.com:port/",
        "https://@",
        "ftp://example.com/",
        "",
    ];
    let places = ["/posts/0/links/0/url", "/posts/0/published_url"];
    for (i, url) in refused.iter().enumerate() {
        let at = places[i % places.len()];
        out.set(
            "url",
            at,
            Value::from(*url),
            Expect::ProblemAt(problem_path(at)),
        );
    }
    // Coverage links are URLs too.
    let mut plan = small();
    slot(&mut plan, "/coverage/0/links")
        .as_array_mut()
        .expect("an array")
        .push(json!({"label": "x", "url": "javascript:alert(1)"}));
    out.push(
        "url",
        "/coverage/0/links/0/url = javascript:",
        to_bytes(&plan),
        Expect::ProblemAt("coverage[0].links[0].url".into()),
    );

    let at = "/posts/0/links/0/url";
    let long = |n: usize| format!("https://example.com/{}", "a".repeat(n - 20));
    out.set("url", at, Value::from(long(2_048)), Expect::Accepted);
    out.set(
        "url",
        at,
        Value::from(long(2_049)),
        Expect::ProblemAt(problem_path(at)),
    );
    for fine in [
        "HTTPS://EXAMPLE.COM",
        "http://[::1]:8080/x",
        "https://user:pw@example.com/?q=<script>#x",
        "https://example.com/javascript:alert(1)",
        "http://xn--bcher-kva.example/",
    ] {
        out.set("url", at, Value::from(fine), Expect::Accepted);
    }
}

/// Markup and script in every kind of text: it is text, read as it is
/// (the UI renders text as text), and must come back byte for byte.
fn html(out: &mut Cases) {
    let texts = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg/onload=alert(1)>",
        "</textarea><iframe src=javascript:alert(1)>",
        "{{7*7}} ${alert(1)} <%= 1 %>",
        "&lt;b&gt; &amp;amp; &#x3C;",
        "a\u{202e}gpj.exe",
        "zero\u{200b}width\u{2060}joiner",
        "'; DROP TABLE posts; --",
        "<style>*{display:none}</style>",
    ];
    let places = [
        "/posts/0/title",
        "/posts/0/caption",
        "/posts/0/notes",
        "/posts/0/links/0/label",
        "/workspace/name",
        "/workspace/byline",
        "/members/0/name",
        "/pillars/0/description",
        "/ideas/0/title",
        "/ideas/0/tags/0",
        "/coverage/0/location",
        "/coverage/0/officials",
        "/special_days/0/name",
        "/exported_by",
    ];
    for (i, text) in texts.iter().enumerate() {
        // Each text in the title and caption, and in two rotating places.
        for at in [
            "/posts/0/title",
            "/posts/0/caption",
            places[i % places.len()],
            places[(i + 7) % places.len()],
        ] {
            out.set("html", at, Value::from(*text), Expect::Accepted);
        }
    }
    out.set(
        "html",
        "/posts/0/hashtags/0",
        Value::from("#<script>alert(1)</script>"),
        Expect::Accepted,
    );
    let at = "/posts/0/hashtags/0";
    out.set(
        "html",
        at,
        Value::from("#<img src=x onerror=alert(1)>"),
        Expect::ProblemAt(problem_path(at)),
    );
}

/// Dates, times and timestamps the spec refuses, and extremes it allows.
fn dates(out: &mut Cases) {
    let refused: [(&str, &str); 24] = [
        ("/posts/0/date", "2026-02-30"),
        ("/posts/0/date", "2026-13-01"),
        ("/posts/0/date", "2026-1-1"),
        ("/posts/0/date", "-0001-01-01"),
        ("/posts/0/date", "+10000-01-01"),
        ("/posts/0/date", "2026-12-01T00:00:00Z"),
        ("/posts/0/date", "２０２６-12-01"),
        ("/coverage/0/date", "2025-02-29"),
        ("/ideas/0/target_date", "0000-00-00"),
        ("/posts/0/time", "24:00"),
        ("/posts/0/time", "23:60"),
        ("/posts/0/time", "9:00"),
        ("/slots/0/time", "09:00:00"),
        ("/special_days/0/date", "02-30"),
        ("/special_days/0/date", "13-01"),
        ("/posts/0/created_at", "2026-11-29T03:15:00"),
        ("/posts/0/created_at", "2026-11-29 03:15:00"),
        ("/posts/0/updated_at", "2026-11-29T03:15:00+24:00"),
        ("/workspace/updated_at", "9999-12-31T23:59:59-01:00"),
        ("/exported_at", "0000-01-01T00:00:00+01:00"),
        ("/posts/0/approval/at", "yesterday"),
        ("/posts/0/published_at", "1700000000"),
        ("/posts/0/metrics/recorded_at", "2026-02-30T00:00:00Z"),
        ("/members/0/created_at", ""),
    ];
    for (at, value) in refused {
        out.set(
            "date",
            at,
            Value::from(value),
            Expect::ProblemAt(problem_path(at)),
        );
    }
    let fine = [
        ("/posts/0/date", "0000-01-01"),
        ("/posts/0/date", "9999-12-31"),
        ("/posts/0/date", "2024-02-29"),
        ("/posts/0/time", "00:00"),
        ("/posts/0/updated_at", "9999-12-31T23:59:59.999999999Z"),
        ("/posts/0/updated_at", "0000-01-01T00:00:00Z"),
        ("/posts/0/updated_at", "2026-11-29t03:15:00.5+14:00"),
        ("/workspace/updated_at", "9999-12-31T23:59:59+01:00"),
        ("/special_days/0/date", "2027-02-28"),
    ];
    for (at, value) in fine {
        out.set("date", at, Value::from(value), Expect::Accepted);
    }
}

/// Enum values must be exactly one of the spec's keys.
fn enums(out: &mut Cases) {
    let refused = [
        ("/format", "Siar.Plan"),
        ("/members/0/role", "Admin"),
        ("/members/0/role", "root"),
        ("/posts/0/platforms/0", "Instagram"),
        ("/posts/0/platforms/0", "instagram "),
        ("/posts/0/format", ""),
        ("/posts/0/status", "deleted"),
        ("/ideas/0/stage", "done"),
        ("/coverage/0/needs/0", "photos"),
        ("/coverage/0/status", "PLANNED"),
        ("/special_days/0/kind", "holiday\u{0}"),
        ("/workspace/locale", "id-ID"),
        ("/slots/0/format", "gif"),
    ];
    for (at, value) in refused {
        out.set(
            "enum",
            at,
            Value::from(value),
            Expect::ProblemAt(problem_path(at)),
        );
    }
    out.set(
        "enum",
        "/posts/0/platforms",
        json!([]),
        Expect::ProblemAt("posts[0].platforms".into()),
    );
    out.set(
        "enum",
        "/slots/0/platforms",
        json!(["x", "x", "x"]),
        Expect::Any,
    );
}

/// Files that are not a plan-shaped object at all.
fn structure(out: &mut Cases) {
    let not_json: [(&str, &[u8]); 10] = [
        ("empty", b""),
        ("whitespace", b" \n\t "),
        ("trailing comma", b"{\"format\":\"siar.plan\",}"),
        ("comment", b"// plan\n{\"format\":\"siar.plan\"}"),
        ("single quotes", b"{'format':'siar.plan'}"),
        ("unquoted key", b"{format:\"siar.plan\"}"),
        (
            "two objects",
            b"{\"format\":\"siar.plan\"}{\"format\":\"siar.plan\"}",
        ),
        ("a plan then garbage", b"{\"format\":\"siar.plan\"} x"),
        ("truncated string", b"{\"format\":\"siar.pl"),
        ("JSON lines", b"{\"format\":\"siar.plan\"}\n{}\n"),
    ];
    for (what, bytes) in not_json {
        out.push(
            "structure",
            what,
            bytes.to_vec(),
            Expect::Refused(Whole::NotJson),
        );
    }
    for (what, bytes) in [
        ("array", &b"[]"[..]),
        ("string", b"\"siar.plan\""),
        ("number", b"1"),
        ("null", b"null"),
        ("true", b"true"),
        ("empty object", b"{}"),
        ("no format", b"{\"version\":1}"),
    ] {
        out.push(
            "structure",
            what,
            bytes.to_vec(),
            Expect::Refused(Whole::NotAPlan),
        );
    }
    out.push(
        "structure",
        "format only",
        b"{\"format\":\"siar.plan\"}".to_vec(),
        Expect::ProblemAt("version".into()),
    );
    out.set(
        "structure",
        "/workspace",
        json!([]),
        Expect::ProblemAt("workspace".into()),
    );
    out.set(
        "structure",
        "/posts",
        json!({"0": {}}),
        Expect::ProblemAt("posts".into()),
    );
    for (i, not_object) in [json!(null), json!("p1"), json!([]), json!(1)]
        .into_iter()
        .enumerate()
    {
        let at = ["/members/0", "/posts/0", "/ideas/0", "/slots/0"][i];
        out.set(
            "structure",
            at,
            not_object,
            Expect::ProblemAt(problem_path(at)),
        );
    }
    // Whitespace JSON allows, around and inside.
    let spaced = format!("\r\n\t {} \r\n\t ", SMALL_PLAN);
    out.push(
        "structure",
        "whitespace around",
        spaced.into_bytes(),
        Expect::Accepted,
    );
    let compact = serde_json::to_vec(&small()).expect("a Value serialises");
    out.push("structure", "no whitespace", compact, Expect::Accepted);
}

/// Ids repeated within a kind are refused; the same id in two kinds is
/// fine; tombstones of unknown records are fine.
fn records(out: &mut Cases) {
    for (kind, at) in [
        ("posts", "/posts"),
        ("members", "/members"),
        ("slots", "/slots"),
    ] {
        let mut plan = small();
        let list = slot(&mut plan, at).as_array_mut().expect("an array");
        let mut copy = list[0].clone();
        // A later copy that would win a merge, were it let in.
        copy["updated_at"] = json!("2030-01-01T00:00:00Z");
        list.push(copy);
        out.push(
            "records",
            format!("{kind}: the same id twice"),
            to_bytes(&plan),
            Expect::ProblemAt(format!("{kind}[1].id")),
        );
    }
    let mut plan = small();
    for kind in [
        "members",
        "pillars",
        "posts",
        "ideas",
        "coverage",
        "special_days",
        "slots",
    ] {
        plan[kind][0]["id"] = json!("same");
    }
    plan["workspace"]["id"] = json!("same");
    out.push(
        "records",
        "one id in every kind",
        to_bytes(&plan),
        Expect::Accepted,
    );

    // Default pillars, edited or deleted at epoch or later.
    let mut plan = small();
    plan["pillars"][0]["updated_at"] = json!("1970-01-01T00:00:00Z");
    plan["pillars"][0]["deleted"] = json!(true);
    out.push(
        "records",
        "a default pillar deleted at the epoch",
        to_bytes(&plan),
        Expect::Accepted,
    );

    // The fixture with every record deleted.
    let mut plan = fixture();
    for kind in [
        "members",
        "pillars",
        "posts",
        "ideas",
        "coverage",
        "special_days",
        "slots",
    ] {
        for record in plan[kind].as_array_mut().expect("an array") {
            record["deleted"] = json!(true);
        }
    }
    out.push(
        "records",
        "the fixture, every record deleted",
        to_bytes(&plan),
        Expect::Accepted,
    );
}

/// The fixture cut short and with single bytes changed at fixed places
/// (deterministic: a fixed stride through the file).
fn bytes(out: &mut Cases) {
    let text = FIXTURE.as_bytes();
    out.push(
        "bytes",
        "the fixture as it is",
        text.to_vec(),
        Expect::Accepted,
    );
    let step = text.len() / 24;
    for i in 1..24 {
        let at = i * step;
        out.push(
            "bytes",
            format!("cut at byte {at}"),
            text[..at].to_vec(),
            Expect::Refused(Whole::NotJson),
        );
        let mut flipped = text.to_vec();
        // Characters JSON gives meaning to, in turn.
        let meaningful = b"\"{}[],:\\0\x7f";
        flipped[at] = meaningful[i % meaningful.len()];
        out.push(
            "bytes",
            format!("byte {at} set to {:?}", flipped[at] as char),
            flipped,
            Expect::Any,
        );
    }
}
