//! Any bytes offered as a plan file: `read_plan` (parse and validate) must
//! refuse them clearly or accept a plan that follows the spec and survives
//! merging into a fresh install, export and re-reading unchanged. The
//! properties are `tests/support/plan_check.rs`, shared with the native
//! hostile-file test, so a crash found here is one that test can replay
//! (copy the input into `tests/regressions/`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/plan_check.rs"]
mod plan_check;

fuzz_target!(|bytes: &[u8]| {
    if let Err(broken) = plan_check::check(bytes) {
        panic!("{broken}");
    }
});
