//! The caption studio's rules: how each platform counts a caption and what
//! it refuses (`count`, `emoji`), the workspace's hashtag sets, caption
//! templates and checklist (`settings`), filling a template from a post and
//! its coverage record (`template`), and the checklist itself (`checks`).
//!
//! `readiness` joins them: what stands between a caption and approval.

pub mod checks;
pub mod count;
pub mod emoji;
pub mod preview;
pub mod settings;
pub mod template;

use crate::domain::post::PostData;
use crate::domain::workspace::Workspace;

pub use checks::{run_checks, CheckFailure};
pub use count::{final_caption, meters, Level, Meter};
pub use settings::{Check, HashtagSet};

/// Everything that keeps `post`'s caption from being approved: every meter
/// over its platform's limit, every forbidden character, and every enabled
/// check of `ws` that fails. Empty when the caption may be approved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Readiness {
    /// Meters over their limit.
    pub over: Vec<Meter>,
    /// Checks that fail.
    pub failures: Vec<CheckFailure>,
}

impl Readiness {
    /// Nothing stands in the way.
    pub fn is_ready(&self) -> bool {
        self.over.is_empty() && self.failures.is_empty()
    }
}

/// What stands between `post`'s caption and approval in workspace `ws`.
pub fn readiness(post: &PostData, ws: &Workspace) -> Readiness {
    Readiness {
        over: meters(post)
            .into_iter()
            .filter(|m| m.level == Level::Over)
            .collect(),
        failures: run_checks(post, ws),
    }
}
