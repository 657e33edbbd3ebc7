//! The graphic designer's model: a design (template, size, texts, photo and
//! its crop), the office's brand, and the layout maths: where each part of
//! a template goes at each size (`templates`), text that wraps and shrinks
//! to fit its box (`text`), and the photo's crop (`crop`). The browser only
//! draws what this says.

pub mod brand;
pub mod crop;
pub mod templates;
pub mod text;

use serde::{Deserialize, Serialize};

use crate::domain::keyed_enum::keyed_enum;
use crate::domain::time::Timestamp;

keyed_enum! {
    /// An output size.
    pub enum Preset {
        /// Instagram feed, square: 1080×1080.
        Square = "square",
        /// Instagram feed, portrait: 1080×1350.
        Portrait = "portrait",
        /// Story or reel cover: 1080×1920.
        Story = "story",
        /// Facebook or X, landscape: 1200×630.
        Landscape = "landscape",
    }
}

impl Preset {
    /// Width and height in pixels.
    pub const fn size(self) -> (u32, u32) {
        match self {
            Preset::Square => (1080, 1080),
            Preset::Portrait => (1080, 1350),
            Preset::Story => (1080, 1920),
            Preset::Landscape => (1200, 630),
        }
    }
}

keyed_enum! {
    /// A design template.
    pub enum TemplateKind {
        /// Pengumuman: a headline announcement.
        Announcement = "announcement",
        /// Agenda / liputan kegiatan: an event with photo, date and place.
        Event = "event",
        /// Kutipan pimpinan: a quote with a portrait.
        Quote = "quote",
        /// Infografis angka: one big number with its label.
        Number = "number",
        /// Ucapan hari besar: a greeting.
        Greeting = "greeting",
        /// Klarifikasi hoaks: a HOAKS / FAKTA verdict.
        Hoax = "hoax",
    }
}

keyed_enum! {
    /// A text slot a template may use.
    pub enum Slot {
        /// The headline (or the big number, or the quote).
        Title = "title",
        /// A line under the title (the number's label, the speaker).
        Subtitle = "subtitle",
        /// The date, as typed.
        Date = "date",
        /// The place.
        Place = "place",
        /// Running text (the hoax's explanation, details).
        Body = "body",
    }
}

keyed_enum! {
    /// The verdict of a hoax clarification.
    #[derive(Default)]
    pub enum Verdict {
        /// The claim is false.
        #[default]
        Hoax = "hoax",
        /// The fact.
        Fact = "fact",
    }
}

/// How the photo fills its box: zoom 1 covers the box exactly; `x` and `y`
/// (−1 to 1) pan from one edge of the spare image to the other, 0 centred.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Crop {
    /// 1 to 4.
    pub zoom: f64,
    /// −1 (left edge) to 1 (right edge).
    pub x: f64,
    /// −1 (top edge) to 1 (bottom edge).
    pub y: f64,
}

impl Default for Crop {
    fn default() -> Self {
        Crop {
            zoom: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

/// A saved design, reopened to edit or duplicated for a series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Design {
    /// UUID.
    pub id: String,
    /// What the list of designs says.
    pub name: String,
    /// The template.
    pub template: TemplateKind,
    /// The output size.
    pub preset: Preset,
    /// The texts by slot key (`title`, …); a slot without text is empty.
    #[serde(default)]
    pub texts: std::collections::BTreeMap<String, String>,
    /// The photo (an id of the photo store), if any.
    #[serde(default)]
    pub photo_id: Option<String>,
    /// How the photo is cropped.
    #[serde(default)]
    pub crop: Crop,
    /// The hoax template's verdict.
    #[serde(default)]
    pub verdict: Verdict,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
}

impl Design {
    /// The text of `slot` ("" when empty).
    pub fn text(&self, slot: Slot) -> &str {
        self.texts.get(slot.key()).map(String::as_str).unwrap_or("")
    }
}

/// The office's brand, set in Pengaturan (workspace extra field `brand`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Brand {
    /// Main colour, `#RRGGBB`.
    pub primary: String,
    /// Second colour, `#RRGGBB`.
    pub accent: String,
    /// Text colour on light ground, `#RRGGBB`.
    pub ink: String,
    /// Light ground, `#RRGGBB`.
    pub paper: String,
    /// The font family (one of the bundled ones).
    pub font: String,
    /// The logo (an id of the photo store), if set.
    #[serde(default)]
    pub logo_id: Option<String>,
}

/// The fonts bundled with Siar (served from `public/fonts/`), first the
/// default.
pub const FONTS: [&str; 2] = ["Plus Jakarta Sans", "Inter"];

impl Default for Brand {
    fn default() -> Self {
        Brand {
            primary: "#0b4f8a".into(),
            accent: "#f5a623".into(),
            ink: "#1b1f24".into(),
            paper: "#ffffff".into(),
            font: FONTS[0].into(),
            logo_id: None,
        }
    }
}

/// A rectangle in output pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

/// A colour role, resolved against the brand when drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    /// `Brand::primary`.
    Primary,
    /// `Brand::accent`.
    Accent,
    /// `Brand::ink`.
    Ink,
    /// `Brand::paper`.
    Paper,
    /// White, on photos and dark grounds.
    White,
    /// A translucent dark veil over a photo, so white text reads.
    Veil,
    /// The verdict's colour: red for HOAKS, green for FAKTA.
    Verdict,
}

/// Horizontal alignment of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Left.
    Left,
    /// Centred.
    Center,
}

/// One thing to draw, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Element {
    /// A filled rectangle with rounded corners.
    Fill {
        /// Where.
        rect: Rect,
        /// Colour.
        paint: Paint,
        /// Corner radius.
        radius: f64,
    },
    /// The design's photo, cropped to cover the box (nothing without one).
    Photo {
        /// Where.
        rect: Rect,
        /// Rounded (portrait) rather than square corners.
        round: bool,
    },
    /// The workspace logo, fitted inside the box (nothing without one).
    Logo {
        /// Where.
        rect: Rect,
    },
    /// A slot's text, wrapped and shrunk to fit.
    Text {
        /// Which text.
        slot: Slot,
        /// The box it must fit.
        rect: Rect,
        /// Colour.
        paint: Paint,
        /// 400 regular, 700 bold, 800 extra bold.
        weight: u16,
        /// Alignment.
        align: Align,
        /// Largest font size, px.
        max_size: f64,
        /// Smallest font size before it no longer fits, px.
        min_size: f64,
        /// Line height as a multiple of the size.
        line_height: f64,
    },
    /// A fixed label ("PENGUMUMAN", "HOAKS", "FAKTA"), one line.
    Label {
        /// The words.
        text: String,
        /// The box.
        rect: Rect,
        /// Colour.
        paint: Paint,
        /// Font size, px.
        size: f64,
        /// Alignment.
        align: Align,
    },
}
