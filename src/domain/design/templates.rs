//! The six templates' layouts.
//!
//! Every box is a fraction of the output size, so one template serves
//! every preset; the shape decides the arrangement: the wide preset
//! (1200×630) puts the photo or a brand column on the left and the text on
//! the right, the square and portrait feed sizes stack them, and the story
//! (1080×1920) stacks them too but keeps text and logo out of the top and
//! bottom eighths, where Instagram draws its own bars. Margins are 6 % of
//! the shorter side; text sizes scale with the width (at most 1.4 × the
//! height, so the wide preset's text suits its column). Text is laid out
//! from the top of its box.

use super::{Align, Element, Paint, Preset, Rect, Slot, TemplateKind, Verdict};

/// The Announcement template's label.
pub const ANNOUNCEMENT_LABEL: &str = "PENGUMUMAN";
/// The label over the Hoax template's source line (the Subtitle slot).
pub const SOURCE_LABEL: &str = "SUMBER";
/// The Quote template's opening mark.
pub const OPEN_QUOTE: &str = "\u{201c}";
/// The Quote template's closing mark.
pub const CLOSE_QUOTE: &str = "\u{201d}";

/// What the verdict band of the Hoax template says.
pub fn verdict_label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Hoax => "HOAKS",
        Verdict::Fact => "FAKTA",
    }
}

/// The text slots `template` draws, in the order its form asks for them.
///
/// The Hoax template's source ("Sumber: …") is the Subtitle slot, drawn
/// under a fixed [`SOURCE_LABEL`]; its form should call the field
/// "Sumber".
pub fn slots(template: TemplateKind) -> Vec<Slot> {
    match template {
        TemplateKind::Announcement => vec![Slot::Title, Slot::Body, Slot::Date],
        TemplateKind::Event => vec![Slot::Title, Slot::Date, Slot::Place],
        TemplateKind::Quote => vec![Slot::Title, Slot::Subtitle],
        TemplateKind::Number => vec![Slot::Title, Slot::Subtitle, Slot::Body],
        TemplateKind::Greeting => vec![Slot::Title, Slot::Subtitle],
        TemplateKind::Hoax => vec![Slot::Title, Slot::Body, Slot::Subtitle],
    }
}

/// Whether `template` draws a photo (and its form offers one).
pub fn uses_photo(template: TemplateKind) -> bool {
    matches!(
        template,
        TemplateKind::Event | TemplateKind::Quote | TemplateKind::Greeting
    )
}

/// What to draw for `template` at `preset`, back to front. Boxes are in
/// output pixels, laid out from fractions of the size so one template
/// serves every preset. `has_photo` lets a template without a photo use
/// its ground instead.
pub fn layout(
    template: TemplateKind,
    preset: Preset,
    has_photo: bool,
    verdict: Verdict,
) -> Vec<Element> {
    let c = Canvas::new(preset);
    let has_photo = has_photo && uses_photo(template);
    match template {
        TemplateKind::Announcement => announcement(&c),
        TemplateKind::Event => event(&c, has_photo),
        TemplateKind::Quote => quote(&c, has_photo),
        TemplateKind::Number => number(&c),
        TemplateKind::Greeting => greeting(&c, has_photo),
        TemplateKind::Hoax => hoax(&c, verdict),
    }
}

/// How the output is shaped, which decides the arrangement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// Much wider than tall (1200×630): side by side.
    Wide,
    /// Square or a little taller (feed posts): stacked.
    Feed,
    /// Much taller than wide (story): stacked, clear of the app's bars.
    Tall,
}

/// The output size and the measures derived from it.
struct Canvas {
    w: f64,
    h: f64,
    /// The shorter side.
    s: f64,
    /// The margin.
    m: f64,
    /// What text sizes are fractions of.
    u: f64,
    shape: Shape,
    /// Where text and logo may start and must end (the story keeps clear
    /// of Instagram's bars; elsewhere the margin).
    top: f64,
    bottom: f64,
    /// The logo's side.
    logo: f64,
}

impl Canvas {
    fn new(preset: Preset) -> Canvas {
        let (w, h) = preset.size();
        let (w, h) = (f64::from(w), f64::from(h));
        let s = w.min(h);
        let m = 0.06 * s;
        let shape = if w > 1.2 * h {
            Shape::Wide
        } else if h > 1.5 * w {
            Shape::Tall
        } else {
            Shape::Feed
        };
        let inset = if shape == Shape::Tall { 0.12 * h } else { m };
        Canvas {
            w,
            h,
            s,
            m,
            u: w.min(1.4 * h),
            shape,
            top: inset,
            bottom: h - inset,
            logo: if shape == Shape::Wide { 0.13 } else { 0.1 } * s,
        }
    }

    /// The whole output.
    fn all(&self) -> Rect {
        rect(0.0, 0.0, self.w, self.h)
    }

    /// The logo in the top right corner.
    fn logo_top_right(&self) -> Rect {
        rect(self.w - self.m - self.logo, self.top, self.logo, self.logo)
    }

    /// A text style whose sizes are fractions of `u`.
    fn style(&self, max: f64, min: f64, line: f64, weight: u16) -> Style {
        Style {
            max: max * self.u,
            min: min * self.u,
            line,
            weight,
        }
    }

    /// Headlines.
    fn title(&self) -> Style {
        self.style(0.09, 0.035, 1.15, 800)
    }

    /// Lines under a headline: a speaker, a number's label, a greeting's
    /// second line.
    fn subtitle(&self) -> Style {
        self.style(0.05, 0.028, 1.25, 700)
    }

    /// Running text.
    fn body(&self) -> Style {
        self.style(0.038, 0.024, 1.35, 400)
    }

    /// Dates and places.
    fn meta(&self, weight: u16) -> Style {
        self.style(0.04, 0.026, 1.25, weight)
    }

    /// Small print: a source line.
    fn small(&self) -> Style {
        self.style(0.032, 0.022, 1.3, 400)
    }

    /// A thin brand-coloured bar under a label or headline, at `x`, `y`.
    fn bar(&self, x: f64, y: f64, paint: Paint) -> Element {
        let h = 0.014 * self.s;
        Element::Fill {
            rect: rect(x, y, 0.14 * self.w.min(self.h * 1.5), h),
            paint,
            radius: h / 2.0,
        }
    }
}

/// Sizes and weight of one kind of text.
#[derive(Clone, Copy)]
struct Style {
    max: f64,
    min: f64,
    line: f64,
    weight: u16,
}

impl Style {
    /// The height of `n` lines at the largest size.
    fn lines(&self, n: f64) -> f64 {
        n * self.max * self.line
    }

    /// The height of `n` lines at the smallest size.
    fn min_lines(&self, n: f64) -> f64 {
        n * self.min * self.line
    }
}

fn rect(x: f64, y: f64, w: f64, h: f64) -> Rect {
    Rect { x, y, w, h }
}

fn bottom_of(r: Rect) -> f64 {
    r.y + r.h
}

fn fill(rect: Rect, paint: Paint) -> Element {
    Element::Fill {
        rect,
        paint,
        radius: 0.0,
    }
}

fn text(slot: Slot, rect: Rect, paint: Paint, style: Style, align: Align) -> Element {
    Element::Text {
        slot,
        rect,
        paint,
        weight: style.weight,
        align,
        max_size: style.max,
        min_size: style.min,
        line_height: style.line,
    }
}

/// An upper-case bold letter is at most this many times the size wide,
/// which keeps a fixed label inside its box in any bundled font.
const LABEL_EM: f64 = 0.8;

/// A one-line label at `size`, or smaller so that it fits `w`; its box is
/// 1.25 × the size tall.
fn label(words: &str, x: f64, y: f64, w: f64, size: f64, paint: Paint, align: Align) -> Element {
    let size = size.min(w / (words.chars().count().max(1) as f64 * LABEL_EM));
    Element::Label {
        text: words.to_owned(),
        rect: rect(x, y, w, size * 1.25),
        paint,
        size,
        align,
    }
}

/// The height of a label's box at `size` (before fitting).
fn label_height(size: f64) -> f64 {
    size * 1.25
}

/// A large quotation mark in a `size`-square box.
fn mark(words: &str, x: f64, y: f64, size: f64, align: Align) -> Element {
    Element::Label {
        text: words.to_owned(),
        rect: rect(x, y, size, size),
        paint: Paint::Accent,
        size,
        align,
    }
}

/// Pengumuman: a header band with the label and logo, the headline, the
/// details and the date (wide: a brand column holding label and date).
fn announcement(c: &Canvas) -> Vec<Element> {
    let (w, h, m) = (c.w, c.h, c.m);
    let (title, body, date) = (c.title(), c.body(), c.meta(700));
    let mut out = vec![fill(c.all(), Paint::Paper)];
    if c.shape == Shape::Wide {
        let cw = 0.36 * w;
        out.push(fill(rect(0.0, 0.0, cw, h), Paint::Primary));
        let logo = rect(m, m, c.logo, c.logo);
        let label_y = bottom_of(logo) + 0.6 * m;
        let size = 0.045 * c.u;
        out.push(label(
            ANNOUNCEMENT_LABEL,
            m,
            label_y,
            cw - 2.0 * m,
            size,
            Paint::White,
            Align::Left,
        ));
        out.push(c.bar(m, label_y + label_height(size) + 0.5 * m, Paint::Accent));
        let dh = date.lines(2.0);
        out.push(text(
            Slot::Date,
            rect(m, h - m - dh, cw - 2.0 * m, dh),
            Paint::White,
            date,
            Align::Left,
        ));
        let x = cw + m;
        let tw = w - x - m;
        let th = 0.5 * (h - 2.0 * m);
        out.push(text(
            Slot::Title,
            rect(x, m, tw, th),
            Paint::Ink,
            title,
            Align::Left,
        ));
        let by = m + th + 0.4 * m;
        out.push(text(
            Slot::Body,
            rect(x, by, tw, h - m - by),
            Paint::Ink,
            body,
            Align::Left,
        ));
        out.push(Element::Logo { rect: logo });
        return out;
    }
    let logo = c.logo_top_right();
    let band = bottom_of(logo) + m;
    out.push(fill(rect(0.0, 0.0, w, band), Paint::Primary));
    let size = 0.045 * c.u;
    let label_y = logo.y + (logo.h - label_height(size)) / 2.0;
    out.push(label(
        ANNOUNCEMENT_LABEL,
        m,
        label_y,
        w - 3.0 * m - c.logo,
        size,
        Paint::White,
        Align::Left,
    ));
    let bar_y = band + m;
    out.push(c.bar(m, bar_y, Paint::Accent));
    let dh = date.lines(2.0);
    let date_y = c.bottom - dh;
    out.push(fill(
        rect(m, date_y - 0.5 * m, w - 2.0 * m, 0.004 * c.s),
        Paint::Primary,
    ));
    out.push(text(
        Slot::Date,
        rect(m, date_y, w - 2.0 * m, dh),
        Paint::Primary,
        date,
        Align::Left,
    ));
    let y0 = bar_y + 0.014 * c.s + 0.8 * m;
    let y1 = date_y - m;
    let th = 0.55 * (y1 - y0);
    out.push(text(
        Slot::Title,
        rect(m, y0, w - 2.0 * m, th),
        Paint::Ink,
        title,
        Align::Left,
    ));
    let by = y0 + th + 0.4 * m;
    out.push(text(
        Slot::Body,
        rect(m, by, w - 2.0 * m, y1 - by),
        Paint::Ink,
        body,
        Align::Left,
    ));
    let strip = 0.02 * c.s;
    out.push(fill(rect(0.0, h - strip, w, strip), Paint::Primary));
    out.push(Element::Logo { rect: logo });
    out
}

/// Agenda / liputan: the photo (top, or left when wide) and a brand band
/// with the headline, the date and the place; the logo in the band's
/// bottom corner, off the photo. Without a photo the band fills the
/// design.
fn event(c: &Canvas, has_photo: bool) -> Vec<Element> {
    let (w, h, m) = (c.w, c.h, c.m);
    let (title, date, place) = (c.title(), c.meta(700), c.meta(400));
    let stripe = 0.012 * c.s;
    let mut out = vec![fill(c.all(), Paint::Primary)];
    // The text area: left, top, right, bottom.
    let (x0, mut y0, x1, y1) = if c.shape == Shape::Wide {
        let pw = if has_photo { 0.5 * w } else { 0.0 };
        if has_photo {
            out.push(Element::Photo {
                rect: rect(0.0, 0.0, pw, h),
                round: false,
            });
            out.push(fill(rect(pw, 0.0, stripe, h), Paint::Accent));
            (pw + stripe + m, m, w - m, h - m)
        } else {
            (m, m, w - m, h - m)
        }
    } else if has_photo {
        let ph = 0.5 * h;
        out.push(Element::Photo {
            rect: rect(0.0, 0.0, w, ph),
            round: false,
        });
        out.push(fill(rect(0.0, ph, w, stripe), Paint::Accent));
        (m, ph + stripe + 0.8 * m, w - m, c.bottom)
    } else {
        (m, c.top, w - m, c.bottom)
    };
    if !has_photo {
        out.push(c.bar(x0, y0, Paint::Accent));
        y0 += 0.014 * c.s + 0.8 * m;
    }
    // Date and place sit at the bottom beside the logo, each one line at
    // the largest size or two at the smallest; the headline takes the rest.
    let tw = x1 - x0;
    let logo = rect(x1 - c.logo, y1 - c.logo, c.logo, c.logo);
    let row_w = tw - c.logo - 0.5 * m;
    let rh = date.lines(1.0).max(date.min_lines(2.0));
    let py = y1 - rh;
    out.push(text(
        Slot::Place,
        rect(x0, py, row_w, rh),
        Paint::White,
        place,
        Align::Left,
    ));
    let dy = py - 0.2 * m - rh;
    out.push(text(
        Slot::Date,
        rect(x0, dy, row_w, rh),
        Paint::Accent,
        date,
        Align::Left,
    ));
    let th = dy - 0.6 * m - y0;
    out.push(text(
        Slot::Title,
        rect(x0, y0, tw, th),
        Paint::White,
        title,
        Align::Left,
    ));
    out.push(Element::Logo { rect: logo });
    out
}

/// Kutipan: large quotation marks around the quote (Title), the speaker
/// (Subtitle) beside a round portrait (feed), under it all (story), or the
/// portrait in a left column (wide).
fn quote(c: &Canvas, has_photo: bool) -> Vec<Element> {
    let (w, h, m) = (c.w, c.h, c.m);
    let words = c.style(0.07, 0.032, 1.25, 700);
    let speaker = c.subtitle();
    let qm = 0.14 * c.u;
    let mut out = vec![fill(c.all(), Paint::Primary)];
    let logo = c.logo_top_right();
    match c.shape {
        Shape::Feed => {
            out.push(mark(OPEN_QUOTE, m, c.top, qm, Align::Left));
            let d = 0.2 * c.s;
            let row_y = c.bottom - d;
            let sx = if has_photo {
                out.push(Element::Photo {
                    rect: rect(m, row_y, d, d),
                    round: true,
                });
                m + d + 0.5 * m
            } else {
                m
            };
            let sh = speaker.lines(2.0);
            out.push(text(
                Slot::Subtitle,
                rect(sx, row_y + (d - sh) / 2.0, w - sx - m, sh),
                Paint::Accent,
                speaker,
                Align::Left,
            ));
            let close_y = row_y - 0.4 * m - qm;
            out.push(mark(CLOSE_QUOTE, w - m - qm, close_y, qm, Align::Center));
            let qy = c.top + qm;
            out.push(text(
                Slot::Title,
                rect(m, qy, w - 2.0 * m, close_y - 0.2 * m - qy),
                Paint::White,
                words,
                Align::Left,
            ));
        }
        Shape::Tall => {
            let d = 0.34 * w;
            let y = if has_photo {
                out.push(Element::Photo {
                    rect: rect((w - d) / 2.0, c.top, d, d),
                    round: true,
                });
                c.top + d + 0.5 * m
            } else {
                bottom_of(logo) + m
            };
            out.push(mark(OPEN_QUOTE, (w - qm) / 2.0, y, qm, Align::Center));
            let sh = speaker.lines(2.0);
            let sy = c.bottom - sh;
            out.push(text(
                Slot::Subtitle,
                rect(m, sy, w - 2.0 * m, sh),
                Paint::Accent,
                speaker,
                Align::Center,
            ));
            let close_y = sy - 0.4 * m - qm;
            out.push(mark(
                CLOSE_QUOTE,
                (w - qm) / 2.0,
                close_y,
                qm,
                Align::Center,
            ));
            let qy = y + qm;
            out.push(text(
                Slot::Title,
                rect(m, qy, w - 2.0 * m, close_y - 0.2 * m - qy),
                Paint::White,
                words,
                Align::Center,
            ));
        }
        Shape::Wide => {
            let cw = 0.4 * w;
            let x0 = if has_photo {
                let d = (0.62 * h).min(cw - 2.0 * m);
                out.push(Element::Photo {
                    rect: rect((cw - d) / 2.0, (h - d) / 2.0, d, d),
                    round: true,
                });
                cw
            } else {
                m
            };
            let tw = w - x0 - m;
            out.push(mark(OPEN_QUOTE, x0, m, qm, Align::Left));
            let sh = speaker.lines(2.0);
            out.push(text(
                Slot::Subtitle,
                rect(x0, h - m - sh, tw - qm - 0.5 * m, sh),
                Paint::Accent,
                speaker,
                Align::Left,
            ));
            out.push(mark(CLOSE_QUOTE, w - m - qm, h - m - qm, qm, Align::Center));
            let qy = m + qm;
            let qb = h - m - sh.max(qm) - 0.3 * m;
            out.push(text(
                Slot::Title,
                rect(x0, qy, tw, qb - qy),
                Paint::White,
                words,
                Align::Left,
            ));
        }
    }
    out.push(Element::Logo { rect: logo });
    out
}

/// Infografis angka: the number (Title) huge in the accent colour, its
/// label (Subtitle) under it (beside it when wide), the source (Body) as
/// small print at the bottom.
fn number(c: &Canvas) -> Vec<Element> {
    let (w, h, m) = (c.w, c.h, c.m);
    let figure = c.style(0.26, 0.09, 1.05, 800);
    let caption = c.style(0.055, 0.03, 1.2, 700);
    let source = c.small();
    let mut out = vec![fill(c.all(), Paint::Primary)];
    let logo = c.logo_top_right();
    let sh = source.lines(2.0);
    let nh = figure.lines(1.1);
    if c.shape == Shape::Wide {
        let sy = h - m - sh;
        out.push(text(
            Slot::Body,
            rect(m, sy, w - 2.0 * m, sh),
            Paint::White,
            source,
            Align::Left,
        ));
        let cw = 0.5 * w - m;
        let y0 = m + (sy - m - m - nh) / 2.0;
        out.push(text(
            Slot::Title,
            rect(m, y0, cw, nh),
            Paint::Accent,
            figure,
            Align::Left,
        ));
        let stripe = 0.012 * c.s;
        let bx = m + cw + 0.5 * m;
        out.push(Element::Fill {
            rect: rect(bx, y0, stripe, nh),
            paint: Paint::Accent,
            radius: stripe / 2.0,
        });
        let lx = bx + stripe + 0.5 * m;
        let ly = y0.max(bottom_of(logo) + 0.5 * m);
        out.push(text(
            Slot::Subtitle,
            rect(lx, ly, w - lx - m, y0 + nh - ly),
            Paint::White,
            caption,
            Align::Left,
        ));
    } else {
        let tall = c.shape == Shape::Tall;
        let align = if tall { Align::Center } else { Align::Left };
        let sy = c.bottom - sh;
        out.push(text(
            Slot::Body,
            rect(m, sy, w - 2.0 * m, sh),
            Paint::White,
            source,
            align,
        ));
        let y0 = if tall {
            0.3 * h
        } else {
            bottom_of(logo) + 0.5 * m
        };
        out.push(text(
            Slot::Title,
            rect(m, y0, w - 2.0 * m, nh),
            Paint::Accent,
            figure,
            align,
        ));
        let bar_y = y0 + nh + 0.3 * m;
        let bar_x = if tall { (w - 0.14 * w) / 2.0 } else { m };
        out.push(c.bar(bar_x, bar_y, Paint::Accent));
        let ly = bar_y + 0.014 * c.s + 0.6 * m;
        out.push(text(
            Slot::Subtitle,
            rect(m, ly, w - 2.0 * m, sy - m - ly),
            Paint::White,
            caption,
            align,
        ));
    }
    out.push(Element::Logo { rect: logo });
    out
}

/// Ucapan: the photo under a veil (or the brand colour), the greeting
/// (Title) large and centred, a bar, the second line (Subtitle), an
/// accent strip along the bottom.
fn greeting(c: &Canvas, has_photo: bool) -> Vec<Element> {
    let (w, h, m) = (c.w, c.h, c.m);
    let words = c.style(0.1, 0.04, 1.1, 800);
    let second = c.style(0.045, 0.028, 1.3, 700);
    let mut out = Vec::new();
    if has_photo {
        out.push(Element::Photo {
            rect: c.all(),
            round: false,
        });
        out.push(fill(c.all(), Paint::Veil));
    } else {
        out.push(fill(c.all(), Paint::Primary));
    }
    let (ty, th, bar_y, sy) = match c.shape {
        Shape::Wide => (0.28 * h, 0.38 * h, 0.7 * h, 0.76 * h),
        _ => (0.4 * h, 0.3 * h, 0.72 * h, 0.75 * h),
    };
    out.push(text(
        Slot::Title,
        rect(m, ty, w - 2.0 * m, th),
        Paint::White,
        words,
        Align::Center,
    ));
    let bar_w = 0.14 * w.min(h * 1.5);
    out.push(c.bar((w - bar_w) / 2.0, bar_y, Paint::Accent));
    out.push(text(
        Slot::Subtitle,
        rect(m, sy, w - 2.0 * m, c.bottom - sy),
        Paint::White,
        second,
        Align::Center,
    ));
    let strip = 0.02 * c.s;
    out.push(fill(rect(0.0, h - strip, w, strip), Paint::Accent));
    out.push(Element::Logo {
        rect: c.logo_top_right(),
    });
    out
}

/// Klarifikasi hoaks: a verdict band (red HOAKS or green FAKTA) across the
/// top (a column when wide), the claim (Title), the explanation (Body),
/// and the source (Subtitle) under a "SUMBER" label at the bottom.
fn hoax(c: &Canvas, verdict: Verdict) -> Vec<Element> {
    let (w, h, m) = (c.w, c.h, c.m);
    let (claim, body, source) = (c.title(), c.body(), c.small());
    let word = verdict_label(verdict);
    let big = 0.15 * c.u;
    let small = 0.028 * c.u;
    let sh = source.lines(1.0).max(source.min_lines(2.0));
    let mut out = vec![fill(c.all(), Paint::Paper)];
    let logo;
    let (x0, y0, x1, source_y) = if c.shape == Shape::Wide {
        let cw = 0.34 * w;
        out.push(fill(rect(0.0, 0.0, cw, h), Paint::Verdict));
        logo = rect(m, m, c.logo, c.logo);
        let size = big.min((cw - 2.0 * m) / (word.len() as f64 * LABEL_EM));
        let lh = label_height(size);
        out.push(label(
            word,
            m,
            (h - lh) / 2.0,
            cw - 2.0 * m,
            size,
            Paint::White,
            Align::Center,
        ));
        let x0 = cw + m;
        let sy = h - m - sh;
        let ly = sy - label_height(small);
        out.push(fill(
            rect(x0, ly - 0.4 * m, w - x0 - m, 0.004 * c.s),
            Paint::Primary,
        ));
        out.push(label(
            SOURCE_LABEL,
            x0,
            ly,
            w - x0 - m,
            small,
            Paint::Primary,
            Align::Left,
        ));
        (x0, m, w - m, ly - 0.8 * m)
    } else {
        let band_top = if c.shape == Shape::Tall { c.top } else { 0.0 };
        let band = band_top + 0.24 * c.s;
        out.push(fill(rect(0.0, 0.0, w, band), Paint::Verdict));
        logo = c.logo_top_right();
        let lw = w - 3.0 * m - c.logo;
        let size = big.min(lw / (word.len() as f64 * LABEL_EM));
        let ly = band_top + (band - band_top - label_height(size)) / 2.0;
        out.push(label(word, m, ly, lw, size, Paint::White, Align::Left));
        let fh = 0.5 * m + label_height(small) + sh + (h - c.bottom);
        let fy = h - fh;
        out.push(fill(rect(0.0, fy, w, fh), Paint::Primary));
        out.push(label(
            SOURCE_LABEL,
            m,
            fy + 0.5 * m,
            w - 2.0 * m,
            small,
            Paint::Accent,
            Align::Left,
        ));
        (m, band + m, w - m, fy - m)
    };
    let tw = x1 - x0;
    let th = 0.45 * (source_y - y0);
    out.push(text(
        Slot::Title,
        rect(x0, y0, tw, th),
        Paint::Ink,
        claim,
        Align::Left,
    ));
    let by = y0 + th + 0.3 * m;
    out.push(text(
        Slot::Body,
        rect(x0, by, tw, source_y - by),
        Paint::Ink,
        body,
        Align::Left,
    ));
    let (sx, sy, paint) = if c.shape == Shape::Wide {
        (x0, h - m - sh, Paint::Ink)
    } else {
        (m, c.bottom - sh, Paint::White)
    };
    out.push(text(
        Slot::Subtitle,
        rect(sx, sy, tw, sh),
        paint,
        source,
        Align::Left,
    ));
    out.push(Element::Logo { rect: logo });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_layouts() -> Vec<(TemplateKind, Preset, bool, Vec<Element>)> {
        let mut out = Vec::new();
        for template in TemplateKind::ALL {
            for preset in Preset::ALL {
                for has_photo in [true, false] {
                    let verdict = if has_photo {
                        Verdict::Hoax
                    } else {
                        Verdict::Fact
                    };
                    out.push((
                        template,
                        preset,
                        has_photo,
                        layout(template, preset, has_photo, verdict),
                    ));
                }
            }
        }
        out
    }

    fn rect_of(e: &Element) -> Rect {
        match e {
            Element::Fill { rect, .. }
            | Element::Photo { rect, .. }
            | Element::Logo { rect }
            | Element::Text { rect, .. }
            | Element::Label { rect, .. } => *rect,
        }
    }

    /// Text, labels and the logo: what must never overlap.
    fn is_content(e: &Element) -> bool {
        matches!(
            e,
            Element::Text { .. } | Element::Label { .. } | Element::Logo { .. }
        )
    }

    fn overlap(a: Rect, b: Rect) -> bool {
        const E: f64 = 1e-6;
        a.x + E < b.x + b.w && b.x + E < a.x + a.w && a.y + E < b.y + b.h && b.y + E < a.y + a.h
    }

    fn text_rect(elements: &[Element], want: Slot) -> Rect {
        elements
            .iter()
            .find_map(|e| match e {
                Element::Text { slot, rect, .. } if *slot == want => Some(*rect),
                _ => None,
            })
            .unwrap()
    }

    #[test]
    fn every_element_is_inside_the_canvas() {
        for (template, preset, photo, elements) in all_layouts() {
            let (w, h) = preset.size();
            for e in &elements {
                let r = rect_of(e);
                let inside = r.x >= -1e-6
                    && r.y >= -1e-6
                    && r.x + r.w <= f64::from(w) + 1e-6
                    && r.y + r.h <= f64::from(h) + 1e-6
                    && r.w > 0.0
                    && r.h > 0.0;
                assert!(inside, "{template:?} {preset:?} photo={photo}: {e:?}");
            }
        }
    }

    #[test]
    fn every_text_box_holds_a_line_and_sizes_are_sensible() {
        for (template, preset, photo, elements) in all_layouts() {
            let (w, _) = preset.size();
            for e in &elements {
                let at = format!("{template:?} {preset:?} photo={photo}: {e:?}");
                match e {
                    Element::Text {
                        rect,
                        max_size,
                        min_size,
                        line_height,
                        ..
                    } => {
                        assert!(min_size <= max_size && *min_size >= 12.0, "{at}");
                        assert!(*max_size <= 0.3 * f64::from(w), "{at}");
                        assert!(rect.h >= min_size * line_height, "{at}");
                        assert!(rect.w >= min_size * 5.0, "{at}");
                    }
                    Element::Label {
                        rect, size, text, ..
                    } => {
                        assert!(rect.h >= *size && *size >= 12.0, "{at}");
                        let est = text.chars().count() as f64 * size * LABEL_EM;
                        assert!(est <= rect.w + 1e-6, "{at}");
                    }
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn text_labels_and_logo_never_overlap() {
        for (template, preset, photo, elements) in all_layouts() {
            let content: Vec<&Element> = elements.iter().filter(|e| is_content(e)).collect();
            for (i, a) in content.iter().enumerate() {
                for b in &content[i + 1..] {
                    assert!(
                        !overlap(rect_of(a), rect_of(b)),
                        "{template:?} {preset:?} photo={photo}:\n{a:?}\n{b:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_text_elements_are_the_slots_and_the_logo_is_there() {
        for (template, preset, _, elements) in all_layouts() {
            let mut drawn: Vec<Slot> = elements
                .iter()
                .filter_map(|e| match e {
                    Element::Text { slot, .. } => Some(*slot),
                    _ => None,
                })
                .collect();
            drawn.sort_by_key(|s| s.key());
            let mut want = slots(template);
            want.sort_by_key(|s| s.key());
            assert_eq!(drawn, want, "{template:?} {preset:?}");
            let logos = elements
                .iter()
                .filter(|e| matches!(e, Element::Logo { .. }))
                .count();
            assert_eq!(logos, 1, "{template:?} {preset:?}");
            assert!(
                matches!(elements.last(), Some(Element::Logo { .. })),
                "logo on top"
            );
        }
    }

    #[test]
    fn photos_only_where_the_template_uses_one_and_has_it() {
        for (template, preset, photo, elements) in all_layouts() {
            let photos: Vec<&Element> = elements
                .iter()
                .filter(|e| matches!(e, Element::Photo { .. }))
                .collect();
            let want = usize::from(photo && uses_photo(template));
            assert_eq!(photos.len(), want, "{template:?} {preset:?} photo={photo}");
            if template == TemplateKind::Quote && photo {
                assert!(matches!(photos[0], Element::Photo { round: true, .. }));
            }
        }
        let greeting = layout(TemplateKind::Greeting, Preset::Square, true, Verdict::Hoax);
        assert!(greeting.iter().any(|e| matches!(
            e,
            Element::Fill {
                paint: Paint::Veil,
                ..
            }
        )));
        let plain = layout(TemplateKind::Greeting, Preset::Square, false, Verdict::Hoax);
        assert!(matches!(
            plain[0],
            Element::Fill {
                paint: Paint::Primary,
                ..
            }
        ));
    }

    #[test]
    fn the_hoax_band_says_the_verdict() {
        let labels = |verdict| -> Vec<String> {
            layout(TemplateKind::Hoax, Preset::Portrait, false, verdict)
                .into_iter()
                .filter_map(|e| match e {
                    Element::Label { text, .. } => Some(text),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(labels(Verdict::Hoax), ["HOAKS", SOURCE_LABEL]);
        assert_eq!(labels(Verdict::Fact), ["FAKTA", SOURCE_LABEL]);
        for preset in Preset::ALL {
            let elements = layout(TemplateKind::Hoax, preset, false, Verdict::Hoax);
            assert!(elements.iter().any(|e| matches!(
                e,
                Element::Fill {
                    paint: Paint::Verdict,
                    ..
                }
            )));
        }
    }

    #[test]
    fn fixed_labels_are_indonesian() {
        let words = |template| -> Vec<String> {
            layout(template, Preset::Square, true, Verdict::Hoax)
                .into_iter()
                .filter_map(|e| match e {
                    Element::Label { text, .. } => Some(text),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(words(TemplateKind::Announcement), [ANNOUNCEMENT_LABEL]);
        assert_eq!(words(TemplateKind::Quote), [OPEN_QUOTE, CLOSE_QUOTE]);
    }

    #[test]
    fn landscape_and_story_are_arranged_differently() {
        let relative = |r: Rect, preset: Preset| {
            let (w, h) = preset.size();
            let (w, h) = (f64::from(w), f64::from(h));
            [r.x / w, r.y / h, r.w / w, r.h / h]
        };
        for template in TemplateKind::ALL {
            let wide = layout(template, Preset::Landscape, true, Verdict::Hoax);
            let story = layout(template, Preset::Story, true, Verdict::Hoax);
            let a = relative(text_rect(&wide, Slot::Title), Preset::Landscape);
            let b = relative(text_rect(&story, Slot::Title), Preset::Story);
            let differs = a.iter().zip(b).any(|(x, y)| (x - y).abs() > 0.05);
            assert!(differs, "{template:?}: {a:?} vs {b:?}");
        }
        // Wide: the event's photo is a left column, in the story a top band.
        let photo = |elements: &[Element]| {
            elements.iter().find_map(|e| match e {
                Element::Photo { rect, .. } => Some(*rect),
                _ => None,
            })
        };
        let wide = photo(&layout(
            TemplateKind::Event,
            Preset::Landscape,
            true,
            Verdict::Hoax,
        ))
        .unwrap();
        assert!(wide.w < 1200.0 && wide.h == 630.0);
        let tall = photo(&layout(
            TemplateKind::Event,
            Preset::Story,
            true,
            Verdict::Hoax,
        ))
        .unwrap();
        assert!(tall.w == 1080.0 && tall.h < 1920.0);
    }

    #[test]
    fn story_text_and_logo_stay_clear_of_the_app_bars() {
        for template in TemplateKind::ALL {
            for element in layout(template, Preset::Story, true, Verdict::Hoax) {
                if is_content(&element) {
                    let r = rect_of(&element);
                    assert!(r.y >= 0.12 * 1920.0 - 1e-6, "{template:?} {element:?}");
                    assert!(
                        r.y + r.h <= 0.88 * 1920.0 + 1e-6,
                        "{template:?} {element:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn text_sizes_follow_the_width() {
        let elements = layout(
            TemplateKind::Announcement,
            Preset::Square,
            false,
            Verdict::Hoax,
        );
        let title = elements
            .iter()
            .find_map(|e| match e {
                Element::Text {
                    slot: Slot::Title,
                    max_size,
                    min_size,
                    ..
                } => Some((*max_size, *min_size)),
                _ => None,
            })
            .unwrap();
        assert!((title.0 - 0.09 * 1080.0).abs() < 1e-9);
        assert!((title.1 - 0.035 * 1080.0).abs() < 1e-9);
    }

    #[test]
    fn slots_and_photos_per_template() {
        assert_eq!(
            slots(TemplateKind::Hoax),
            [Slot::Title, Slot::Body, Slot::Subtitle]
        );
        assert_eq!(
            slots(TemplateKind::Event),
            [Slot::Title, Slot::Date, Slot::Place]
        );
        let with_photo: Vec<TemplateKind> = TemplateKind::ALL
            .into_iter()
            .filter(|&t| uses_photo(t))
            .collect();
        assert_eq!(
            with_photo,
            [
                TemplateKind::Event,
                TemplateKind::Quote,
                TemplateKind::Greeting
            ]
        );
    }
}
