//! Hostile plan files, natively: every file of `support/hostile.rs` and
//! every input kept in `tests/regressions/` (crashes the fuzzer found) is
//! either refused clearly or read as a plan that follows the spec and
//! survives merge, export and re-reading (`support/plan_check.rs`), without
//! a panic. Where the spec says what must happen to a file, that is
//! checked too; and each comes out of a `.zip` bundle as it went in (the
//! zip's own hostile names and sizes are tested in `src/domain/bundle.rs`,
//! which can build raw archives). `cargo test --test hostile`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/hostile.rs"]
mod hostile;
#[path = "support/plan_check.rs"]
mod plan_check;

use std::panic::{catch_unwind, AssertUnwindSafe};

use hostile::{Expect, Whole};
use plan_check::Outcome;
use siar::domain::bundle::{read_bundle, write_bundle};
use siar::domain::validate::ImportError;

/// The spec's reading of `bytes` as `plan_check::check` does it, with a
/// panic turned into a failure that says what panicked.
fn check(bytes: &[u8]) -> Result<Outcome, String> {
    // Nothing is shared between files, so a panic leaves nothing broken.
    match catch_unwind(AssertUnwindSafe(|| plan_check::check(bytes))) {
        Ok(result) => result,
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("a panic");
            Err(format!("panicked: {message}"))
        }
    }
}

/// Whether `outcome` is what the spec says for the file.
fn meets(expect: &Expect, outcome: &Outcome) -> Result<(), String> {
    let refused = |whole: Whole, error: &ImportError| {
        let same = matches!(
            (whole, error),
            (Whole::TooLarge, ImportError::TooLarge { .. })
                | (Whole::TooManyRecords, ImportError::TooManyRecords { .. })
                | (Whole::NotJson, ImportError::NotJson { .. })
                | (Whole::NotAPlan, ImportError::NotAPlan)
                | (Whole::NewerVersion, ImportError::NewerVersion { .. })
        );
        same.then_some(())
    };
    let ok = match (expect, outcome) {
        (Expect::Any, _) | (Expect::Accepted, Outcome::Accepted(_)) => Some(()),
        (Expect::ProblemAt(path), Outcome::Refused(ImportError::Invalid { problems, .. })) => {
            problems.iter().any(|p| p.path == *path).then_some(())
        }
        (Expect::Refused(whole), Outcome::Refused(error)) => refused(*whole, error),
        _ => None,
    };
    ok.ok_or_else(|| match outcome {
        Outcome::Accepted(_) => format!("expected {expect:?}, but it was read"),
        Outcome::Refused(error) => format!("expected {expect:?}, got {error}"),
    })
}

/// Short enough to list many failures at once.
fn first_line(s: &str) -> String {
    s.chars().take(300).collect::<String>().replace('\n', " / ")
}

#[test]
fn every_hostile_file_is_read_or_refused_as_the_spec_says() {
    let cases = hostile::cases();
    assert!(cases.len() >= 200, "only {} hostile files", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let result = check(&case.bytes).and_then(|outcome| meets(&case.expect, &outcome));
        if let Err(why) = result {
            failures.push(format!("{}: {}", first_line(&case.name), first_line(&why)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} hostile files:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn hostile_files_are_deterministic_and_named_once() {
    let (a, b) = (hostile::hostile_plans(), hostile::hostile_plans());
    assert!(a == b, "two runs made different files");
    let mut names: Vec<&str> = a.iter().map(|(name, _)| name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "two files share a name");
}

/// A hostile plan inside a `.zip` bundle is handed on exactly as it was,
/// for `read_plan` to judge: the bundle adds no way around the checks.
#[test]
fn hostile_plans_in_a_bundle_come_out_unchanged() {
    for (name, plan) in hostile::hostile_plans() {
        // The megabyte files add nothing here but time.
        if plan.len() > 1 << 20 {
            continue;
        }
        let zip = write_bundle(&plan, &[]);
        let bundle = read_bundle(&zip).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(bundle.plan == plan, "{name}: the plan changed");
    }
}

/// Inputs that once broke the properties (from `cargo fuzz`), kept so they
/// never do again. Any file in `tests/regressions/` but its README.
#[test]
fn every_regression_input_is_read_or_refused_clearly() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/regressions");
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/regressions exists") {
        let path = entry.expect("a directory entry").path();
        if path.file_name().is_some_and(|n| n == "README.md") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("a readable file");
        if let Err(why) = check(&bytes) {
            failures.push(format!("{}: {}", path.display(), first_line(&why)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
