//! Browser tests of the graphic designer's canvas and design store, in
//! headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test designer`.
//!
//! The test runner serves the crate's folder, not Trunk's `dist/`: the
//! fonts are at `public/fonts/` here, and the app's `fonts/` is missing.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;

use siar::browser::canvas::{
    self, bitmap, draw, draw_elements, load_fonts, load_fonts_from, to_png,
};
use siar::browser::image::blob_from_bytes;
use siar::domain::design::templates::layout;
use siar::domain::design::{
    Align, Brand, Crop, Design, Element, Paint, Preset, Rect, Slot, TemplateKind, Verdict, FONTS,
};
use siar::domain::id::Id;
use siar::domain::member::{MemberData, Role};
use siar::domain::record::Record;
use siar::domain::time::Timestamp;
use siar::storage::{schema_version, Db, MIGRATIONS};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement, ImageBitmap};

wasm_bindgen_test_configure!(run_in_browser);

/// Where the test runner serves the bundled fonts.
const TEST_FONT_DIR: &str = "public/fonts/";

fn at(millis: i64) -> Timestamp {
    Timestamp::from_unix_millis(millis).unwrap()
}

fn design(id: &str, template: TemplateKind, preset: Preset, title: &str) -> Design {
    let mut texts = BTreeMap::new();
    texts.insert(Slot::Title.key().to_string(), title.to_string());
    Design {
        id: id.to_string(),
        name: format!("Desain {id}"),
        template,
        preset,
        texts,
        photo_id: None,
        crop: Crop::default(),
        verdict: Verdict::Hoax,
        created_at: at(1_764_000_000_000),
        updated_at: at(1_764_000_000_000),
    }
}

fn new_canvas() -> HtmlCanvasElement {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("canvas")
        .unwrap()
        .unchecked_into()
}

fn context(canvas: &HtmlCanvasElement) -> CanvasRenderingContext2d {
    canvas.get_context("2d").unwrap().unwrap().unchecked_into()
}

/// The RGBA bytes of `rect` (whole pixels).
fn pixels(canvas: &HtmlCanvasElement, rect: Rect) -> Vec<u8> {
    context(canvas)
        .get_image_data(
            rect.x.floor(),
            rect.y.floor(),
            rect.w.ceil().max(1.0),
            rect.h.ceil().max(1.0),
        )
        .unwrap()
        .data()
        .0
}

/// The RGBA of one pixel.
fn pixel(canvas: &HtmlCanvasElement, x: f64, y: f64) -> [u8; 4] {
    let p = pixels(
        canvas,
        Rect {
            x,
            y,
            w: 1.0,
            h: 1.0,
        },
    );
    [p[0], p[1], p[2], p[3]]
}

/// The box of the title in `template`'s layout.
fn title_box(template: TemplateKind, preset: Preset, has_photo: bool) -> Rect {
    layout(template, preset, has_photo, Verdict::Hoax)
        .into_iter()
        .find_map(|e| match e {
            Element::Text {
                slot: Slot::Title,
                rect,
                ..
            } => Some(rect),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{template:?} at {preset:?} has no title"))
}

/// A `width`×`height` picture of one colour, as a PNG blob.
async fn picture(width: u32, height: u32, colour: &str) -> Blob {
    let canvas = new_canvas();
    canvas.set_width(width);
    canvas.set_height(height);
    let ctx = context(&canvas);
    ctx.set_fill_style_str(colour);
    ctx.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let callback = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
            resolve.call1(&JsValue::NULL, &blob).unwrap();
        });
        canvas
            .to_blob_with_type(callback.unchecked_ref(), "image/png")
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap().unchecked_into()
}

async fn picture_bitmap(width: u32, height: u32, colour: &str) -> ImageBitmap {
    bitmap(&picture(width, height, colour).await)
        .await
        .expect("a PNG decodes")
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

// Fonts.

#[wasm_bindgen_test]
async fn the_bundled_fonts_load_and_change_what_the_canvas_measures() {
    let ctx = context(&new_canvas());
    let width = |font: &str| {
        ctx.set_font(font);
        ctx.measure_text("Kabupaten Bengkayang 2025")
            .unwrap()
            .width()
    };
    let fonts = web_sys::window().unwrap().document().unwrap().fonts();
    for family in FONTS {
        assert!(load_fonts_from(family, TEST_FONT_DIR).await, "{family}");
        for weight in [400, 700, 800] {
            let font = format!("{weight} 40px '{family}'");
            assert!(fonts.check(&font).unwrap(), "{font}");
            assert_ne!(
                width(&format!("{font}, sans-serif")),
                width(&format!("{weight} 40px sans-serif")),
                "{font} is drawn with the fallback"
            );
        }
        // A second call is answered from the cache.
        let start = now_ms();
        assert!(load_fonts_from(family, TEST_FONT_DIR).await);
        assert!(now_ms() - start < 50.0);
    }
}

/// Pins the fallback: without the font files (the runner serves no
/// `fonts/`), loading fails quickly and says so, and a second try tries
/// again rather than remembering the failure.
#[wasm_bindgen_test]
async fn fonts_that_cannot_be_fetched_report_false_quickly() {
    for _ in 0..2 {
        let start = now_ms();
        assert!(!load_fonts(FONTS[1]).await);
        assert!(now_ms() - start < 5_000.0);
    }
    assert!(!load_fonts("Comic Sans MS").await);
    assert!(!load_fonts_from("Comic Sans MS", TEST_FONT_DIR).await);
}

// Drawing.

/// Every template at every size: the canvas takes the preset's exact size,
/// the title is drawn in its box, a short title fits and an absurdly long
/// one is reported.
#[wasm_bindgen_test]
async fn every_template_draws_at_every_size_with_its_title() {
    let brand = Brand::default();
    let canvas = new_canvas();
    let long = "Pengumuman penting untuk seluruh warga Bengkayang ".repeat(200);
    for template in TemplateKind::ALL {
        for preset in Preset::ALL {
            let case = format!("{template:?} at {preset:?}");
            let title = title_box(template, preset, false);

            let empty = design("d", template, preset, "");
            assert!(draw(&canvas, &empty, &brand, None, None).is_empty());
            let (w, h) = preset.size();
            assert_eq!((canvas.width(), canvas.height()), (w, h), "{case}");
            let background = pixels(&canvas, title);

            let short = design("d", template, preset, "Rapat 2025");
            assert_eq!(
                draw(&canvas, &short, &brand, None, None),
                Vec::<Slot>::new(),
                "{case}: a short title fits"
            );
            assert_eq!((canvas.width(), canvas.height()), (w, h), "{case}");
            assert_ne!(
                pixels(&canvas, title),
                background,
                "{case}: the title is drawn"
            );

            let absurd = design("d", template, preset, &long);
            assert_eq!(
                draw(&canvas, &absurd, &brand, None, None),
                vec![Slot::Title],
                "{case}: an absurd title is reported"
            );
        }
    }
}

#[wasm_bindgen_test]
async fn a_drawing_is_not_blank_and_fills_the_whole_canvas() {
    let canvas = new_canvas();
    let d = design(
        "d",
        TemplateKind::Announcement,
        Preset::Portrait,
        "Rapat 2025",
    );
    draw(&canvas, &d, &Brand::default(), None, None);
    let (w, h) = Preset::Portrait.size();
    // Every corner is painted: a template lays a ground over the canvas.
    for (x, y) in [
        (1.0, 1.0),
        (f64::from(w) - 2.0, 1.0),
        (1.0, f64::from(h) - 2.0),
        (f64::from(w) - 2.0, f64::from(h) - 2.0),
    ] {
        assert_eq!(pixel(&canvas, x, y)[3], 255, "({x}, {y}) is transparent");
    }
}

#[wasm_bindgen_test]
async fn the_photo_is_drawn_where_the_template_puts_it() {
    let brand = Brand::default();
    let canvas = new_canvas();
    let photo = picture_bitmap(400, 300, "#00ff00").await;
    let d = design("d", TemplateKind::Event, Preset::Square, "Rapat 2025");
    draw(&canvas, &d, &brand, None, None);
    let without = pixels(
        &canvas,
        Rect {
            x: 0.0,
            y: 0.0,
            w: 1080.0,
            h: 1080.0,
        },
    );
    draw(&canvas, &d, &brand, Some(&photo), None);
    let with = pixels(
        &canvas,
        Rect {
            x: 0.0,
            y: 0.0,
            w: 1080.0,
            h: 1080.0,
        },
    );
    assert_ne!(with, without);
}

fn paper_ground(w: f64, h: f64) -> Element {
    Element::Fill {
        rect: Rect {
            x: 0.0,
            y: 0.0,
            w,
            h,
        },
        paint: Paint::Paper,
        radius: 0.0,
    }
}

#[wasm_bindgen_test]
async fn a_round_photo_is_clipped_and_a_logo_fits_inside_its_box() {
    let canvas = new_canvas();
    canvas.set_width(400);
    canvas.set_height(200);
    let d = design("d", TemplateKind::Quote, Preset::Square, "");
    let photo = picture_bitmap(300, 500, "#ff0000").await;
    let logo = picture_bitmap(200, 100, "#0000ff").await;
    let elements = [
        paper_ground(400.0, 200.0),
        Element::Photo {
            rect: Rect {
                x: 0.0,
                y: 0.0,
                w: 200.0,
                h: 200.0,
            },
            round: true,
        },
        Element::Logo {
            rect: Rect {
                x: 200.0,
                y: 0.0,
                w: 200.0,
                h: 200.0,
            },
        },
    ];
    draw_elements(
        &canvas,
        &elements,
        &d,
        &Brand::default(),
        Some(&photo),
        Some(&logo),
    );
    // The photo: red in the middle, the paper in the corners.
    assert_eq!(pixel(&canvas, 100.0, 100.0), [255, 0, 0, 255]);
    assert_eq!(pixel(&canvas, 3.0, 3.0), [255, 255, 255, 255]);
    assert_eq!(pixel(&canvas, 196.0, 196.0), [255, 255, 255, 255]);
    // The logo, 200×100 in a 200×200 box: centred, not stretched.
    assert_eq!(pixel(&canvas, 300.0, 100.0), [0, 0, 255, 255]);
    assert_eq!(pixel(&canvas, 300.0, 20.0), [255, 255, 255, 255]);
    assert_eq!(pixel(&canvas, 300.0, 180.0), [255, 255, 255, 255]);
    // Without images, their boxes stay as they were.
    draw_elements(&canvas, &elements, &d, &Brand::default(), None, None);
    assert_eq!(pixel(&canvas, 100.0, 100.0), [255, 255, 255, 255]);
    assert_eq!(pixel(&canvas, 300.0, 100.0), [255, 255, 255, 255]);
}

#[wasm_bindgen_test]
fn paints_come_from_the_brand_and_the_verdict() {
    let canvas = new_canvas();
    canvas.set_width(100);
    canvas.set_height(100);
    let square = Rect {
        x: 0.0,
        y: 0.0,
        w: 100.0,
        h: 100.0,
    };
    let fill = |paint| Element::Fill {
        rect: square,
        paint,
        radius: 0.0,
    };
    let mut d = design("d", TemplateKind::Hoax, Preset::Square, "");
    let mut brand = Brand {
        primary: "#102030".into(),
        ..Brand::default()
    };
    let colour_of = |elements: &[Element], d: &Design, brand: &Brand| {
        draw_elements(&canvas, elements, d, brand, None, None);
        pixel(&canvas, 50.0, 50.0)
    };
    assert_eq!(
        colour_of(&[fill(Paint::Primary)], &d, &brand),
        [0x10, 0x20, 0x30, 255]
    );
    assert_eq!(
        colour_of(&[fill(Paint::Verdict)], &d, &brand),
        [0xc6, 0x28, 0x28, 255]
    );
    d.verdict = Verdict::Fact;
    assert_eq!(
        colour_of(&[fill(Paint::Verdict)], &d, &brand),
        [0x2e, 0x7d, 0x32, 255]
    );
    assert_eq!(
        colour_of(&[fill(Paint::White)], &d, &brand),
        [255, 255, 255, 255]
    );
    // The veil darkens what is under it, leaving it visible.
    let [r, g, b, a] = colour_of(&[fill(Paint::White), fill(Paint::Veil)], &d, &brand);
    assert!(
        (135..=145).contains(&r) && r == g && g == b && a == 255,
        "{r} {g} {b} {a}"
    );
    // A hand-edited colour the canvas cannot read gives the default's.
    brand.primary = "red; background: url(x)".into();
    assert_eq!(
        colour_of(&[fill(Paint::Primary)], &d, &brand),
        [0x0b, 0x4f, 0x8a, 255]
    );
}

#[wasm_bindgen_test]
fn fills_have_rounded_corners() {
    let canvas = new_canvas();
    canvas.set_width(200);
    canvas.set_height(200);
    let d = design("d", TemplateKind::Announcement, Preset::Square, "");
    let card = Element::Fill {
        rect: Rect {
            x: 0.0,
            y: 0.0,
            w: 200.0,
            h: 200.0,
        },
        paint: Paint::Primary,
        radius: 60.0,
    };
    draw_elements(&canvas, &[card], &d, &Brand::default(), None, None);
    assert_eq!(pixel(&canvas, 2.0, 2.0)[3], 0);
    assert_eq!(pixel(&canvas, 197.0, 197.0)[3], 0);
    assert_eq!(pixel(&canvas, 100.0, 2.0), [0x0b, 0x4f, 0x8a, 255]);
}

#[wasm_bindgen_test]
fn labels_and_texts_are_drawn_inside_their_boxes() {
    let canvas = new_canvas();
    canvas.set_width(600);
    canvas.set_height(400);
    let mut d = design("d", TemplateKind::Hoax, Preset::Square, "Jembatan ditutup");
    d.texts
        .insert(Slot::Body.key().into(), "Hoaks. ".repeat(2_000));
    let label_box = Rect {
        x: 20.0,
        y: 20.0,
        w: 200.0,
        h: 60.0,
    };
    let title_box = Rect {
        x: 20.0,
        y: 100.0,
        w: 560.0,
        h: 120.0,
    };
    let body_box = Rect {
        x: 20.0,
        y: 240.0,
        w: 560.0,
        h: 100.0,
    };
    let text = |slot, rect| Element::Text {
        slot,
        rect,
        paint: Paint::White,
        weight: 700,
        align: Align::Left,
        max_size: 48.0,
        min_size: 16.0,
        line_height: 1.2,
    };
    let elements = [
        Element::Fill {
            rect: Rect {
                x: 0.0,
                y: 0.0,
                w: 600.0,
                h: 400.0,
            },
            paint: Paint::Verdict,
            radius: 0.0,
        },
        Element::Label {
            text: "HOAKS".into(),
            rect: label_box,
            paint: Paint::White,
            size: 40.0,
            align: Align::Center,
        },
        text(Slot::Title, title_box),
        text(Slot::Body, body_box),
        text(
            Slot::Place,
            Rect {
                x: 20.0,
                y: 350.0,
                w: 560.0,
                h: 40.0,
            },
        ),
    ];
    let overflowed = draw_elements(&canvas, &elements, &d, &Brand::default(), None, None);
    assert_eq!(overflowed, vec![Slot::Body]);
    let white = |rect: Rect| {
        pixels(&canvas, rect)
            .chunks(4)
            .filter(|p| p[0] > 200 && p[1] > 200 && p[2] > 200)
            .count()
    };
    assert!(white(label_box) > 50, "the label is drawn");
    assert!(white(title_box) > 50, "the title is drawn");
    // What overflows is cut at its box: nothing between body and place.
    assert_eq!(
        white(Rect {
            x: 0.0,
            y: 341.0,
            w: 600.0,
            h: 8.0
        }),
        0
    );
    // The empty place slot draws nothing.
    assert_eq!(
        white(Rect {
            x: 0.0,
            y: 350.0,
            w: 600.0,
            h: 50.0
        }),
        0
    );
}

// PNG and bitmaps.

#[wasm_bindgen_test]
async fn the_png_has_the_preset_size() {
    let canvas = new_canvas();
    for preset in Preset::ALL {
        let d = design("d", TemplateKind::Announcement, preset, "Rapat 2025");
        draw(&canvas, &d, &Brand::default(), None, None);
        let (blob, bytes) = to_png(&canvas).await.unwrap();
        assert_eq!(blob.type_(), "image/png");
        assert_eq!(blob.size(), bytes.len() as f64);
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert_eq!(&bytes[12..16], b"IHDR");
        let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        assert_eq!((be(&bytes[16..20]), be(&bytes[20..24])), preset.size());
    }
}

#[wasm_bindgen_test]
async fn bitmaps_decode_images_and_refuse_the_rest() {
    let image = bitmap(&picture(30, 20, "#123456").await).await.unwrap();
    assert_eq!((image.width(), image.height()), (30, 20));
    let text = blob_from_bytes(b"bukan gambar", "image/png").unwrap();
    assert!(bitmap(&text).await.is_none());
}

// The design store.

#[wasm_bindgen_test]
async fn designs_are_stored_listed_newest_first_and_deleted() {
    let name = "t-designs";
    Db::delete(name).await.unwrap();
    let db = Db::open(name).await.unwrap();
    assert!(db.designs().await.unwrap().is_empty());

    let mut a = design("a", TemplateKind::Event, Preset::Story, "Pelantikan");
    a.texts
        .insert(Slot::Place.key().into(), "Aula Kantor Bupati".into());
    a.photo_id = Some("a3f1c0de".into());
    a.crop = Crop {
        zoom: 1.5,
        x: -0.25,
        y: 0.5,
    };
    a.updated_at = at(1_764_000_100_000);
    let mut b = design(
        "b",
        TemplateKind::Hoax,
        Preset::Landscape,
        "Jembatan ditutup",
    );
    b.verdict = Verdict::Fact;
    b.updated_at = at(1_764_000_300_000);
    let mut c = design("c", TemplateKind::Number, Preset::Square, "12.345");
    c.updated_at = at(1_764_000_200_000);
    for d in [&a, &b, &c] {
        db.put_design(d).await.unwrap();
    }
    assert_eq!(
        db.designs().await.unwrap(),
        vec![b.clone(), c.clone(), a.clone()]
    );

    // Saving again replaces it, and an edit moves it to the front.
    a.name = "Pelantikan camat".into();
    a.updated_at = at(1_764_000_400_000);
    db.put_design(&a).await.unwrap();
    assert_eq!(
        db.designs().await.unwrap(),
        vec![a.clone(), b.clone(), c.clone()]
    );

    db.delete_design("b").await.unwrap();
    assert_eq!(db.designs().await.unwrap(), vec![a.clone(), c.clone()]);
    // Deleting what is gone is no error.
    db.delete_design("b").await.unwrap();
    db.close();
    Db::delete(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_previous_database_gains_the_design_store_and_keeps_its_data() {
    assert_eq!(MIGRATIONS[3].name, "design store for the graphic designer");
    let name = "t-designs-migrate";
    Db::delete(name).await.unwrap();
    let old = Db::open_at(name, 3).await.unwrap();
    // Before the migration there is no design store to read.
    assert!(old.designs().await.is_err());
    let member = Record::new(
        Id::fixed("m-1"),
        at(1_764_000_000_000),
        MemberData {
            name: "Desainer Dinas".into(),
            role: Role::Intern,
            active: true,
        },
    );
    old.put(&member).await.unwrap();
    let small = blob_from_bytes(&[0xFF, 0xD8, 0xFF, 0xD9], "image/jpeg").unwrap();
    old.put_photo("p-1", "image/jpeg", &small, &small)
        .await
        .unwrap();
    old.close();

    let db = Db::open(name).await.unwrap();
    assert_eq!(db.version(), schema_version());
    assert_eq!(db.get::<MemberData>("m-1").await.unwrap(), Some(member));
    assert_eq!(db.photo_ids().await.unwrap(), vec!["p-1"]);
    assert!(db.designs().await.unwrap().is_empty());
    let d = design(
        "d",
        TemplateKind::Greeting,
        Preset::Portrait,
        "Selamat Hari Raya",
    );
    db.put_design(&d).await.unwrap();
    assert_eq!(db.designs().await.unwrap(), vec![d]);
    db.close();
    Db::delete(name).await.unwrap();
}

/// The module is reachable as `siar::browser::canvas` (the UI's path).
#[wasm_bindgen_test]
fn the_font_directory_is_relative() {
    assert!(!canvas::FONT_DIR.starts_with('/'));
}
