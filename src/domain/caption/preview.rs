//! How a caption reads in a platform's feed, as pieces the UI styles:
//! hashtags apart from the text, and what falls behind the "… more" fold.

use crate::domain::caption::count::{fold_at, hashtag_ranges};
use crate::domain::platform::Platform;

/// A run of the caption shown one way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The text, line breaks included.
    pub text: String,
    /// A hashtag.
    pub hashtag: bool,
    /// Behind the fold: shown only after "… more".
    pub folded: bool,
}

/// `text` as `platform`'s feed shows it, cut at hashtags and at the fold.
/// The segments' texts joined give `text` back.
pub fn segments(platform: Platform, text: &str) -> Vec<Segment> {
    let fold = fold_at(platform, text).unwrap_or(text.len());
    let mut cuts = vec![0, fold, text.len()];
    let tags = hashtag_ranges(text);
    for r in &tags {
        cuts.push(r.start);
        cuts.push(r.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| Segment {
            text: text[w[0]..w[1]].to_owned(),
            hashtag: tags.iter().any(|r| r.start <= w[0] && w[1] <= r.end),
            folded: w[0] >= fold,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_join_back_and_mark_hashtags() {
        let text = "Jembatan baru.\n\n#Bengkayang #BumiSebalo";
        let s = segments(Platform::X, text);
        assert_eq!(s.iter().map(|s| s.text.as_str()).collect::<String>(), text);
        let tags: Vec<&str> = s
            .iter()
            .filter(|s| s.hashtag)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(tags, ["#Bengkayang", "#BumiSebalo"]);
        assert!(s.iter().all(|s| !s.folded), "X has no fold");
    }

    #[test]
    fn a_long_caption_folds_on_instagram() {
        let text = format!("{} #Bengkayang", "Pelayanan KTP-el keliling. ".repeat(10));
        let s = segments(Platform::Instagram, &text);
        assert!(s.first().is_some_and(|s| !s.folded));
        assert!(s.last().is_some_and(|s| s.folded && s.hashtag));
        assert_eq!(s.iter().map(|s| s.text.as_str()).collect::<String>(), text);
        let shown: usize = s
            .iter()
            .filter(|s| !s.folded)
            .map(|s| s.text.chars().count())
            .sum();
        assert!(shown <= 125, "{shown}");
    }
}
