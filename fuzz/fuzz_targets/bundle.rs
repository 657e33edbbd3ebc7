//! Any bytes offered as a `.zip` bundle: `read_bundle` must refuse them or
//! give a plan and photos that, written again with `write_bundle`, read
//! back the same; never panic, never allocate past the bundle limits.
//! (The plan inside is the `plan` target's business.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use siar::domain::bundle::{read_bundle, write_bundle};

fuzz_target!(|bytes: &[u8]| {
    let Ok(bundle) = read_bundle(bytes) else {
        return;
    };
    let again = read_bundle(&write_bundle(&bundle.plan, &bundle.photos));
    assert_eq!(
        again.as_ref(),
        Ok(&bundle),
        "a bundle read does not survive writing"
    );
});
