//! Cleaning what people type: names and hashtags.

/// The most characters a title or name may have after trimming.
pub const NAME_MAX_CHARS: usize = 200;

/// Why a name or title was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but whitespace.
    Empty,
    /// Longer than `max` characters after trimming.
    TooLong {
        /// The limit, in characters.
        max: usize,
    },
}

/// Whitespace as the plan schema's `\s` sees it: Unicode whitespace plus
/// U+FEFF, which JavaScript counts as a space and Rust does not. A name of
/// only U+FEFF, or a hashtag containing one, would otherwise pass here and
/// fail the schema's `\S` patterns.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Trims a title or name and checks it is 1 to 200 characters long.
///
/// Characters are Unicode scalar values (`chars()`), as the spec's limits
/// count them, not UTF-8 bytes: `é` or `🙂` is one character (an emoji
/// built with joiners is several).
pub fn clean_name(s: &str) -> Result<String, NameProblem> {
    let trimmed = s.trim_matches(is_space);
    if trimmed.is_empty() {
        Err(NameProblem::Empty)
    } else if trimmed.chars().count() > NAME_MAX_CHARS {
        Err(NameProblem::TooLong {
            max: NAME_MAX_CHARS,
        })
    } else {
        Ok(trimmed.to_owned())
    }
}

/// Turns what someone typed into one hashtag: whitespace removed, exactly
/// one leading `#`. `None` if nothing is left.
///
/// `"# Hari Ibu"` becomes `#HariIbu`; `"##bengkayang"` becomes
/// `#bengkayang`. Case is kept: `#BumiSebalo` reads better than
/// `#bumisebalo`, and platforms match hashtags without regard to case.
pub fn normalize_hashtag(s: &str) -> Option<String> {
    let joined: String = s.chars().filter(|&c| !is_space(c)).collect();
    let body = joined.trim_start_matches('#');
    (!body.is_empty()).then(|| format!("#{body}"))
}

/// Reads a list of hashtags typed into one field, separated by whitespace
/// or commas, each normalised as by [`normalize_hashtag`]. A hashtag that
/// repeats an earlier one but for case is dropped; the first spelling stays.
pub fn parse_hashtags(s: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut tags = Vec::new();
    for tag in s
        .split(|c: char| is_space(c) || c == ',')
        .filter_map(normalize_hashtag)
    {
        let folded = tag.to_lowercase();
        if !seen.contains(&folded) {
            seen.push(folded);
            tags.push(tag);
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_name_trims_and_counts_characters() {
        assert_eq!(
            clean_name("  Hari Jadi Kabupaten Bengkayang \n"),
            Ok("Hari Jadi Kabupaten Bengkayang".into())
        );
        assert_eq!(
            clean_name("Kunjungan  kerja"),
            Ok("Kunjungan  kerja".into()),
            "inside kept"
        );
        assert_eq!(clean_name(""), Err(NameProblem::Empty));
        assert_eq!(clean_name(" \t\n "), Err(NameProblem::Empty));
        // No-break and ideographic spaces are whitespace too.
        assert_eq!(
            clean_name("\u{a0}\u{3000}\u{feff}"),
            Err(NameProblem::Empty)
        );
        assert_eq!(clean_name("🎉"), Ok("🎉".into()));

        let at_limit = "é".repeat(200);
        assert_eq!(
            clean_name(&format!(" {at_limit} ")),
            Ok(at_limit.clone()),
            "400 bytes, 200 chars"
        );
        assert_eq!(
            clean_name(&"🙂".repeat(200)).map(|s| s.chars().count()),
            Ok(200)
        );
        assert_eq!(
            clean_name(&"a".repeat(201)),
            Err(NameProblem::TooLong { max: 200 })
        );
        assert_eq!(
            clean_name(&format!("{at_limit}x")),
            Err(NameProblem::TooLong { max: 200 })
        );
    }

    #[test]
    fn normalize_hashtag_edge_cases() {
        assert_eq!(normalize_hashtag("bengkayang"), Some("#bengkayang".into()));
        assert_eq!(normalize_hashtag("#Bengkayang"), Some("#Bengkayang".into()));
        assert_eq!(normalize_hashtag("# Hari Ibu "), Some("#HariIbu".into()));
        assert_eq!(normalize_hashtag("##tag"), Some("#tag".into()));
        assert_eq!(
            normalize_hashtag("HUT\u{a0}RI ke-81"),
            Some("#HUTRIke-81".into())
        );
        assert_eq!(
            normalize_hashtag("BumiSebalo🌿"),
            Some("#BumiSebalo🌿".into())
        );
        assert_eq!(
            normalize_hashtag("\u{feff}#Bumi\u{feff}Sebalo"),
            Some("#BumiSebalo".into())
        );
        assert_eq!(
            normalize_hashtag("Pariwisata_Kalbar"),
            Some("#Pariwisata_Kalbar".into())
        );
        for empty in ["", "   ", "#", " # ", "##", "\t\n"] {
            assert_eq!(normalize_hashtag(empty), None, "{empty:?}");
        }
    }

    #[test]
    fn parse_hashtags_splits_normalises_and_dedupes() {
        assert_eq!(
            parse_hashtags("#DiskominfoBengkayang, bengkayangbumisebalo #BengkayangBumiSebalo\n#HariIbu,,#hariibu"),
            ["#DiskominfoBengkayang", "#bengkayangbumisebalo", "#HariIbu"]
        );
        assert_eq!(parse_hashtags("#a#b # c"), ["#a#b", "#c"]);
        assert!(parse_hashtags("  , ,# ").is_empty());
        assert_eq!(parse_hashtags("#Kalbar🌿 #KALBAR🌿"), ["#Kalbar🌿"]);
    }
}
