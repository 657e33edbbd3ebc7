//! Emoji sequences, found by hand: what X counts as one emoji (weight 2)
//! and Threads as its UTF-8 bytes.
//!
//! A sequence is one of (after Unicode's UTS #51, simplified):
//!
//! - a flag: two regional indicators, `🇮🇩`;
//! - a keycap: `0`–`9`, `#` or `*`, an optional U+FE0F, then U+20E3, `1️⃣`;
//! - one or more elements joined by U+200D (ZWJ), `👨‍👩‍👧‍👦`, where an element is
//!   a pictograph, then an optional U+FE0F, an optional skin tone
//!   (U+1F3FB–1F3FF, `👍🏽`) and an optional tag run ending in U+E007F
//!   (`🏴󠁧󠁢󠁳󠁣󠁴󠁿`).
//!
//! A pictograph that is text by default (`©`, `❤`, `↔`, …) starts a
//! sequence only when a U+FE0F or a skin tone follows it (`❤️`, `☝🏽`); after
//! a ZWJ any pictograph joins. Plain digits, `#` and `*` are never emoji on
//! their own. No Unicode crate: the two tables below are the only data, so
//! the wasm bundle stays small.

use std::ops::Range;

/// Zero width joiner: glues the elements of a ZWJ sequence.
const ZWJ: char = '\u{200D}';
/// Variation selector 16: "show the previous character as an emoji".
const VS16: char = '\u{FE0F}';
/// Combining enclosing keycap.
const KEYCAP: char = '\u{20E3}';
/// Ends a tag sequence.
const CANCEL_TAG: char = '\u{E007F}';

/// Extended_Pictographic of Unicode's `emoji-data.txt` (15.1), as inclusive
/// code point ranges in order. Unassigned code points in the emoji blocks
/// are included, as Unicode does, so emoji added later count too.
const PICTOGRAPHIC: &[(u32, u32)] = &[
    (0x00A9, 0x00A9),
    (0x00AE, 0x00AE),
    (0x203C, 0x203C),
    (0x2049, 0x2049),
    (0x2122, 0x2122),
    (0x2139, 0x2139),
    (0x2194, 0x2199),
    (0x21A9, 0x21AA),
    (0x231A, 0x231B),
    (0x2328, 0x2328),
    (0x2388, 0x2388),
    (0x23CF, 0x23CF),
    (0x23E9, 0x23F3),
    (0x23F8, 0x23FA),
    (0x24C2, 0x24C2),
    (0x25AA, 0x25AB),
    (0x25B6, 0x25B6),
    (0x25C0, 0x25C0),
    (0x25FB, 0x25FE),
    (0x2600, 0x2605),
    (0x2607, 0x2612),
    (0x2614, 0x2685),
    (0x2690, 0x2705),
    (0x2708, 0x2712),
    (0x2714, 0x2714),
    (0x2716, 0x2716),
    (0x271D, 0x271D),
    (0x2721, 0x2721),
    (0x2728, 0x2728),
    (0x2733, 0x2734),
    (0x2744, 0x2744),
    (0x2747, 0x2747),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2763, 0x2767),
    (0x2795, 0x2797),
    (0x27A1, 0x27A1),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2934, 0x2935),
    (0x2B05, 0x2B07),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3297),
    (0x3299, 0x3299),
    (0x1F000, 0x1F0FF),
    (0x1F10D, 0x1F10F),
    (0x1F12F, 0x1F12F),
    (0x1F16C, 0x1F171),
    (0x1F17E, 0x1F17F),
    (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A),
    (0x1F1AD, 0x1F1E5),
    (0x1F201, 0x1F20F),
    (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F23A),
    (0x1F23C, 0x1F23F),
    (0x1F249, 0x1F3FA),
    (0x1F400, 0x1F53D),
    (0x1F546, 0x1F64F),
    (0x1F680, 0x1F6FF),
    (0x1F774, 0x1F77F),
    (0x1F7D5, 0x1F7FF),
    (0x1F80C, 0x1F80F),
    (0x1F848, 0x1F84F),
    (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F),
    (0x1F8AE, 0x1F8FF),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1FAFF),
    (0x1FC00, 0x1FFFD),
];

/// The pictographs below U+10000 shown as emoji even without U+FE0F
/// (Emoji_Presentation=Yes): `⌚`, `⚡`, `✅`, `❌`, `⭐`, …
const BMP_EMOJI_PRESENTATION: &[(u32, u32)] = &[
    (0x231A, 0x231B),
    (0x23E9, 0x23EC),
    (0x23F0, 0x23F0),
    (0x23F3, 0x23F3),
    (0x25FD, 0x25FE),
    (0x2614, 0x2615),
    (0x2648, 0x2653),
    (0x267F, 0x267F),
    (0x2693, 0x2693),
    (0x26A1, 0x26A1),
    (0x26AA, 0x26AB),
    (0x26BD, 0x26BE),
    (0x26C4, 0x26C5),
    (0x26CE, 0x26CE),
    (0x26D4, 0x26D4),
    (0x26EA, 0x26EA),
    (0x26F2, 0x26F3),
    (0x26F5, 0x26F5),
    (0x26FA, 0x26FA),
    (0x26FD, 0x26FD),
    (0x2705, 0x2705),
    (0x270A, 0x270B),
    (0x2728, 0x2728),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2795, 0x2797),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
];

/// Whether `c` falls in one of `table`'s sorted, disjoint ranges.
fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// A pictograph (Unicode's Extended_Pictographic): `😀`, `❤`, `©`, `↔`.
pub fn is_pictographic(c: char) -> bool {
    in_table(PICTOGRAPHIC, c)
}

/// A skin tone modifier, U+1F3FB–1F3FF (`🏻` … `🏿`).
pub fn is_skin_tone(c: char) -> bool {
    ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
}

/// A regional indicator, U+1F1E6–1F1FF: two of them make a flag.
pub fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// A character a keycap is made of: `0`–`9`, `#`, `*`.
pub fn is_keycap_base(c: char) -> bool {
    c.is_ascii_digit() || c == '#' || c == '*'
}

/// A tag character of a tag sequence (not the closing U+E007F).
fn is_tag(c: char) -> bool {
    ('\u{E0020}'..='\u{E007E}').contains(&c)
}

/// Shown as an emoji without U+FE0F: every pictograph above U+FFFF, the
/// BMP ones marked Emoji_Presentation, skin tones and regional indicators.
/// (A few pictographs above U+FFFF are text by default, such as `🌡`;
/// counting them as emoji changes nothing on X, where they weigh 2 anyway.)
pub fn is_emoji_presentation(c: char) -> bool {
    is_regional_indicator(c)
        || is_skin_tone(c)
        || (u32::from(c) > 0xFFFF && is_pictographic(c))
        || in_table(BMP_EMOJI_PRESENTATION, c)
}

/// Whether an emoji sequence may start with `c`. Whether one does depends
/// on what follows: `1` starts one only as `1️⃣`, `©` only as `©️`. Use
/// [`emoji_at`] to know.
pub fn is_emoji_start(c: char) -> bool {
    is_pictographic(c) || is_skin_tone(c) || is_regional_indicator(c) || is_keycap_base(c)
}

/// The character at byte `at` of `text`, if `at` is inside it.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// The end of the element whose first character `c` ends at byte `after`:
/// past its U+FE0F, skin tone and tag run. `None` when the element is not
/// an emoji (a text-default pictograph with neither U+FE0F nor a skin tone,
/// unless `joined`, after a ZWJ).
fn element_end(text: &str, c: char, after: usize, joined: bool) -> Option<usize> {
    let mut end = after;
    let mut emoji = joined || is_emoji_presentation(c);
    if char_at(text, end) == Some(VS16) {
        end += VS16.len_utf8();
        emoji = true;
    }
    if let Some(tone) = char_at(text, end).filter(|&t| is_skin_tone(t)) {
        end += tone.len_utf8();
        emoji = true;
        if char_at(text, end) == Some(VS16) {
            end += VS16.len_utf8();
        }
    }
    // A tag run counts only when it is closed by U+E007F.
    let mut tags = end;
    while let Some(t) = char_at(text, tags).filter(|&t| is_tag(t)) {
        tags += t.len_utf8();
    }
    if tags > end && char_at(text, tags) == Some(CANCEL_TAG) {
        end = tags + CANCEL_TAG.len_utf8();
    }
    emoji.then_some(end)
}

/// The end (a byte offset) of the emoji sequence that starts at byte
/// `start` of `text`, or `None` when none starts there (or `start` is not
/// a character boundary).
///
/// Flags pair regional indicators from `start` on, so call it at the start
/// of a run of them, as [`emoji_sequences`] does.
pub fn emoji_at(text: &str, start: usize) -> Option<usize> {
    let c = char_at(text, start)?;
    let after = start + c.len_utf8();
    if is_regional_indicator(c) {
        return Some(match char_at(text, after) {
            Some(d) if is_regional_indicator(d) => after + d.len_utf8(),
            _ => after,
        });
    }
    if is_keycap_base(c) {
        let mut end = after;
        if char_at(text, end) == Some(VS16) {
            end += VS16.len_utf8();
        }
        return (char_at(text, end) == Some(KEYCAP)).then_some(end + KEYCAP.len_utf8());
    }
    if !is_pictographic(c) && !is_skin_tone(c) {
        return None;
    }
    let mut end = element_end(text, c, after, false)?;
    while char_at(text, end) == Some(ZWJ) {
        let next = end + ZWJ.len_utf8();
        match char_at(text, next).filter(|&d| is_pictographic(d)) {
            Some(d) => match element_end(text, d, next + d.len_utf8(), true) {
                Some(e) => end = e,
                None => break,
            },
            None => break,
        }
    }
    Some(end)
}

/// The byte ranges of every whole emoji sequence in `text`, in order:
/// `"Dirgahayu 🇮🇩 👍🏽"` holds two, `🇮🇩` and `👍🏽`.
pub fn emoji_sequences(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(c) = char_at(text, pos) {
        match emoji_at(text, pos) {
            Some(end) => {
                found.push(pos..end);
                pos = end;
            }
            None => pos += c.len_utf8(),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each sequence found.
    fn seqs(text: &str) -> Vec<&str> {
        emoji_sequences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn tables_are_sorted_and_disjoint() {
        for table in [PICTOGRAPHIC, BMP_EMOJI_PRESENTATION] {
            for (lo, hi) in table {
                assert!(lo <= hi, "{lo:X}..{hi:X}");
            }
            for pair in table.windows(2) {
                assert!(
                    pair[0].1 < pair[1].0,
                    "{:X} overlaps {:X}",
                    pair[0].1,
                    pair[1].0
                );
            }
        }
        // Every BMP emoji-presentation character is a pictograph.
        for &(lo, hi) in BMP_EMOJI_PRESENTATION {
            for c in lo..=hi {
                assert!(is_pictographic(char::from_u32(c).unwrap()), "{c:X}");
            }
        }
    }

    #[test]
    fn single_emoji_and_plain_text() {
        assert_eq!(seqs("Selamat pagi 😀!"), ["😀"]);
        assert_eq!(
            seqs("Bupati Bengkayang meresmikan jembatan."),
            Vec::<&str>::new()
        );
        assert_eq!(seqs("⚡✅⭐"), ["⚡", "✅", "⭐"]);
        assert_eq!(seqs("中文 テキスト"), Vec::<&str>::new());
    }

    #[test]
    fn skin_tones_and_zwj_sequences_are_one() {
        assert_eq!(seqs("👍🏽"), ["👍🏽"]);
        assert_eq!(seqs("👩🏽‍💻 bekerja"), ["👩🏽‍💻"]);
        assert_eq!(seqs("👨‍👩‍👧‍👦"), ["👨‍👩‍👧‍👦"]);
        assert_eq!(seqs("🧑🏽‍🤝‍🧑🏻"), ["🧑🏽‍🤝‍🧑🏻"]);
        assert_eq!(seqs("🏳️‍🌈"), ["🏳️‍🌈"]);
        assert_eq!(seqs("❤️‍🔥"), ["❤️‍🔥"]);
        // Text-default pictographs join after a ZWJ even without U+FE0F.
        assert_eq!(seqs("👨‍⚕"), ["👨‍⚕"]);
        // A text-default pictograph with a skin tone is an emoji.
        assert_eq!(seqs("☝🏽"), ["☝🏽"]);
        // A lone skin tone is an emoji (a colour swatch).
        assert_eq!(seqs("🏽"), ["🏽"]);
    }

    #[test]
    fn a_dangling_joiner_stays_outside() {
        let text = "😀\u{200D}a";
        assert_eq!(seqs(text), ["😀"]);
        assert_eq!(emoji_at(text, 0), Some(4));
    }

    #[test]
    fn flags_pair_regional_indicators() {
        assert_eq!(seqs("🇮🇩"), ["🇮🇩"]);
        assert_eq!(seqs("🇮🇩🇲🇾"), ["🇮🇩", "🇲🇾"]);
        // An odd one out stands alone.
        assert_eq!(seqs("🇮🇩🇮"), ["🇮🇩", "🇮"]);
    }

    #[test]
    fn keycaps_need_the_keycap_mark() {
        assert_eq!(seqs("1️⃣ 2⃣ #️⃣ *️⃣"), ["1️⃣", "2⃣", "#️⃣", "*️⃣"]);
        assert_eq!(seqs("1 # * 2026 #HariIbu"), Vec::<&str>::new());
        assert_eq!(seqs("1\u{FE0F}"), Vec::<&str>::new());
        assert!(is_emoji_start('1'));
        assert!(!is_emoji_start('a'));
    }

    #[test]
    fn tag_sequences_end_with_cancel_tag() {
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
        assert_eq!(seqs(scotland), [scotland]);
        // Unclosed tags are not part of the flag.
        let open = "🏴\u{E0067}\u{E0062}";
        assert_eq!(seqs(open), ["🏴"]);
    }

    #[test]
    fn text_default_pictographs_need_vs16() {
        assert_eq!(seqs("❤"), Vec::<&str>::new());
        assert_eq!(seqs("❤️"), ["❤️"]);
        assert_eq!(seqs("© 2026 ®"), Vec::<&str>::new());
        assert_eq!(seqs("©️"), ["©️"]);
        assert_eq!(seqs("™ ↔ ‼"), Vec::<&str>::new());
        // Text presentation selector keeps it text.
        assert_eq!(seqs("❤\u{FE0E}"), Vec::<&str>::new());
    }

    #[test]
    fn emoji_at_mid_char_or_past_end_is_none() {
        let text = "😀";
        assert_eq!(emoji_at(text, 1), None);
        assert_eq!(emoji_at(text, 4), None);
        assert_eq!(emoji_at(text, 99), None);
    }
}
