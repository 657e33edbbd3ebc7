//! STUB: helper 1 replaces this file. Signatures are the contract.

use crate::domain::platform::Platform;
use crate::domain::post::PostData;

/// How near a meter is to its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Comfortably inside.
    Ok,
    /// At 90 % of the limit or more.
    Near,
    /// Over the limit: the post cannot be approved.
    Over,
}

/// What a meter counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// The caption as published (caption plus hashtags).
    Caption,
    /// The post's title (YouTube's video title).
    Title,
    /// Hashtags in the published caption.
    Hashtags,
    /// Links in the published caption.
    Links,
    /// `<` or `>` in a YouTube title or description (limit 0).
    AngleBrackets,
}

/// The unit `used` and `limit` are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Characters as the platform counts them.
    Chars,
    /// X's weighted characters.
    Weighted,
    /// UTF-8 bytes.
    Bytes,
    /// Items (hashtags, links, characters found).
    Items,
}

/// One live counter of the caption studio.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meter {
    /// The platform whose rule it is.
    pub platform: Platform,
    /// What it counts.
    pub measure: Measure,
    /// The unit.
    pub unit: Unit,
    /// How much is used.
    pub used: usize,
    /// The platform's limit.
    pub limit: usize,
    /// Ok, near or over.
    pub level: Level,
}

/// The caption as published: the caption, then a blank line and the
/// post's hashtags not already in it.
pub fn final_caption(caption: &str, hashtags: &[String]) -> String {
    let _ = hashtags;
    caption.to_owned()
}

/// Every meter of every platform chosen on `post`, in the post's platform
/// order.
pub fn meters(post: &PostData) -> Vec<Meter> {
    let _ = post;
    Vec::new()
}

/// Where the platform's feed folds `text` ("… more"): a byte offset into
/// `text`, or `None` when it shows whole or the platform has no fold.
pub fn fold_at(platform: Platform, text: &str) -> Option<usize> {
    let _ = (platform, text);
    None
}
