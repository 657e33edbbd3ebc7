//! Text that wraps and shrinks to fit its box.
//!
//! The canvas measures; this decides. Sizes are tried from the largest
//! down, so a short headline stays big and a long one wraps and shrinks
//! until it fits. Nothing typed is dropped silently: a word wider than the
//! box is broken between characters, and text that does not fit even at
//! the smallest size is cut and flagged, so the UI can warn.

/// Text fitted to a box.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    /// The font size used, px.
    pub size: f64,
    /// The lines, in order.
    pub lines: Vec<String>,
    /// It does not fit even at the smallest size: the lines shown are cut
    /// (the person is warned).
    pub overflow: bool,
}

/// Each size tried is this much of the one before (and at least
/// [`MIN_STEP`] px smaller), ending exactly at the smallest size.
const SHRINK: f64 = 0.95;
/// The smallest step between two sizes tried, px.
const MIN_STEP: f64 = 1.0;
/// Slack for rounding in the measurements, px.
const EPSILON: f64 = 1e-6;

/// Wraps `text` (keeping its line breaks) into lines no wider than
/// `max_w`, at the largest size from `max_size` down to `min_size` whose
/// lines fit in `max_h` (line height `line_height` × size). `measure(s,
/// size)` is the width of `s` at `size` (the canvas's `measureText`).
pub fn fit_text(
    text: &str,
    max_w: f64,
    max_h: f64,
    max_size: f64,
    min_size: f64,
    line_height: f64,
    measure: &mut dyn FnMut(&str, f64) -> f64,
) -> Fitted {
    let max_size = if max_size.is_finite() && max_size > 0.0 {
        max_size
    } else {
        1.0
    };
    let min_size = if min_size.is_finite() && min_size > 0.0 {
        min_size.min(max_size)
    } else {
        max_size
    };
    let line_height = if line_height.is_finite() && line_height > 0.0 {
        line_height
    } else {
        1.0
    };
    let text = text.trim();
    if text.is_empty() {
        return Fitted {
            size: max_size,
            lines: Vec::new(),
            overflow: false,
        };
    }
    let mut size = max_size;
    loop {
        let lines = wrap(text, max_w, size, measure);
        let height = lines.len() as f64 * size * line_height;
        let wide = lines.iter().any(|l| measure(l, size) > max_w + EPSILON);
        if height <= max_h + EPSILON && !wide {
            return Fitted {
                size,
                lines,
                overflow: false,
            };
        }
        if size <= min_size {
            // Only lines wider than the box at the smallest size are the
            // single characters `wrap` could not break further.
            let room = ((max_h + EPSILON) / (size * line_height)).floor().max(0.0) as usize;
            let mut shown = lines;
            shown.truncate(room);
            return Fitted {
                size,
                lines: shown,
                overflow: true,
            };
        }
        size = (size * SHRINK).min(size - MIN_STEP).max(min_size);
    }
}

/// Greedy word wrap of `text` at `size`: words are joined by one space
/// while the line stays within `max_w`; each `\n` starts a new line (a
/// blank line stays blank); a word wider than `max_w` is broken between
/// characters.
fn wrap(
    text: &str,
    max_w: f64,
    size: f64,
    measure: &mut dyn FnMut(&str, f64) -> f64,
) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if measure(&candidate, size) <= max_w + EPSILON {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if measure(word, size) <= max_w + EPSILON {
                line = word.to_owned();
            } else {
                let mut pieces = break_word(word, max_w, size, measure);
                line = pieces.pop().unwrap_or_default();
                lines.extend(pieces);
            }
        }
        lines.push(line);
    }
    lines
}

/// `word` in pieces no wider than `max_w` (each at least one character,
/// so a box narrower than a letter still makes progress).
fn break_word(
    word: &str,
    max_w: f64,
    size: f64,
    measure: &mut dyn FnMut(&str, f64) -> f64,
) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for ch in word.chars() {
        piece.push(ch);
        if piece.chars().count() > 1 && measure(&piece, size) > max_w + EPSILON {
            piece.pop();
            pieces.push(std::mem::take(&mut piece));
            piece.push(ch);
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character half the size wide, as a monospace font would be.
    fn mono(s: &str, size: f64) -> f64 {
        s.chars().count() as f64 * size * 0.5
    }

    fn fit(text: &str, w: f64, h: f64, max: f64, min: f64) -> Fitted {
        fit_text(text, w, h, max, min, 1.2, &mut mono)
    }

    #[test]
    fn a_short_title_stays_at_the_largest_size_on_one_line() {
        let f = fit("Pengumuman", 900.0, 300.0, 90.0, 36.0);
        assert_eq!(f.size, 90.0);
        assert_eq!(f.lines, ["Pengumuman"]);
        assert!(!f.overflow);
    }

    #[test]
    fn a_long_title_wraps_and_shrinks() {
        let title = "Bupati Bengkayang Meresmikan Jembatan Gantung Desa Sahan \
                     Kecamatan Seluas untuk Memperlancar Akses Warga";
        let f = fit(title, 900.0, 400.0, 90.0, 36.0);
        assert!(!f.overflow);
        assert!(f.size < 90.0 && f.size >= 36.0, "{}", f.size);
        assert!(f.lines.len() > 2, "{:?}", f.lines);
        assert!(f.lines.len() as f64 * f.size * 1.2 <= 400.0);
        for line in &f.lines {
            assert!(mono(line, f.size) <= 900.0, "{line}");
        }
        assert_eq!(
            f.lines.join(" "),
            title.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        // The largest size that fits was chosen: one step up does not fit.
        let bigger = (f.size / SHRINK).min(90.0);
        let lines = wrap(title, 900.0, bigger, &mut mono);
        assert!(bigger > f.size && lines.len() as f64 * bigger * 1.2 > 400.0);
    }

    #[test]
    fn very_long_text_overflows_at_the_smallest_size() {
        let text =
            "Warga diimbau tidak menyebarkan informasi yang belum jelas sumbernya. ".repeat(20);
        let f = fit(&text, 600.0, 200.0, 60.0, 30.0);
        assert!(f.overflow);
        assert_eq!(f.size, 30.0);
        // 200 / (30 × 1.2) = 5.6: five lines shown, the rest cut.
        assert_eq!(f.lines.len(), 5);
        assert!(f.lines.iter().all(|l| mono(l, 30.0) <= 600.0));
    }

    #[test]
    fn explicit_line_breaks_are_kept() {
        let f = fit(
            "Selamat\nHari Jadi\n\nKabupaten Bengkayang\r\n",
            2000.0,
            1000.0,
            80.0,
            30.0,
        );
        assert_eq!(
            f.lines,
            ["Selamat", "Hari Jadi", "", "Kabupaten Bengkayang"]
        );
        assert_eq!(f.size, 80.0);
    }

    #[test]
    fn a_word_wider_than_the_box_is_broken_not_dropped() {
        let url = "https://bengkayangkab.go.id/berita/klarifikasi-hoaks-bantuan-sosial";
        let f = fit(&format!("Cek {url}"), 400.0, 2000.0, 40.0, 40.0);
        assert!(!f.overflow);
        assert_eq!(f.lines[0], "Cek");
        assert_eq!(f.lines[1..].concat(), url);
        // 400 / (40 × 0.5) = 20 characters a line.
        assert!(f.lines.iter().all(|l| l.chars().count() <= 20));
        assert!(f.lines.len() > 3);
    }

    #[test]
    fn empty_text_has_no_lines_and_no_overflow() {
        for text in ["", "   ", "\n\n"] {
            let f = fit(text, 100.0, 10.0, 50.0, 20.0);
            assert!(f.lines.is_empty() && !f.overflow, "{text:?}");
        }
    }

    #[test]
    fn odd_arguments_do_not_loop_or_panic() {
        let f = fit_text("Bengkayang", 1.0, 1.0, 10.0, 40.0, 0.0, &mut mono);
        assert!(f.overflow);
        assert_eq!(f.size, 10.0, "min above max is taken as max");
        let f = fit_text("ab", 0.0, 1000.0, 10.0, 10.0, 1.0, &mut mono);
        assert_eq!(
            f.lines,
            ["a", "b"],
            "a box narrower than a letter still breaks"
        );
        assert!(f.overflow);
        let f = fit_text("ab", 100.0, 100.0, f64::NAN, -1.0, 1.0, &mut mono);
        assert_eq!(f.lines, ["ab"]);
    }
}
