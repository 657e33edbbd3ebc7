//! STUB: helper 2 replaces this file. Signatures are the contract.

use crate::domain::caption::settings::CaptionTemplate;
use crate::domain::coverage::CoverageData;
use crate::domain::post::PostData;
use crate::domain::workspace::Workspace;

/// A placeholder the app knows how to fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placeholder {
    /// `{judul}`
    Judul,
    /// `{tanggal}`
    Tanggal,
    /// `{waktu}`
    Waktu,
    /// `{lokasi}`
    Lokasi,
    /// `{pejabat}`
    Pejabat,
    /// `{tautan}`
    Tautan,
    /// `{byline}`
    Byline,
}

/// A template filled for one post.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filled {
    /// The caption; placeholders without a value are left as written.
    pub text: String,
    /// Known placeholders that had no value (left in `text`).
    pub empty: Vec<Placeholder>,
    /// Names in braces the app does not know, e.g. `lokasih` (left in `text`).
    pub unknown: Vec<String>,
}

/// Fills `body` for `post`, with its coverage record if it has one.
pub fn fill(
    body: &str,
    post: &PostData,
    coverage: Option<&CoverageData>,
    ws: &Workspace,
) -> Filled {
    let _ = (post, coverage, ws);
    Filled {
        text: body.to_owned(),
        ..Filled::default()
    }
}

/// The built-in templates, in menu order, with names in `lang` (`id`/`en`).
pub fn builtin_templates(lang: &str) -> Vec<CaptionTemplate> {
    let _ = lang;
    Vec::new()
}
