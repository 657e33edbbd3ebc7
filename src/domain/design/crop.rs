//! The photo's crop: which part of the image fills a box.

use super::{Crop, Rect};

/// The largest zoom; beyond it a phone photo turns to mush at 1080 px.
pub const MAX_ZOOM: f64 = 4.0;

/// The part of an `img_w`×`img_h` image drawn into a `box_w`×`box_h` box so
/// that it covers the box, zoomed and panned by `crop` (clamped to the
/// image).
///
/// At zoom 1 the source has the box's shape and is as large as the image
/// allows (full height for a photo wider than the box, full width for a
/// taller one); zoom `z` divides both sides by `z`. Pan −1 puts the source
/// at the left (top) edge of the image, 1 at the right (bottom) edge, 0 in
/// the middle. Out-of-range values are clamped (zoom to 1–4, pan to −1–1;
/// not-a-number counts as the default), so the source never leaves the
/// image. An empty image or box gives the whole image.
pub fn cover_source(img_w: f64, img_h: f64, box_w: f64, box_h: f64, crop: Crop) -> Rect {
    let positive = |v: f64| v.is_finite() && v > 0.0;
    if !(positive(img_w) && positive(img_h) && positive(box_w) && positive(box_h)) {
        return Rect {
            x: 0.0,
            y: 0.0,
            w: img_w.max(0.0),
            h: img_h.max(0.0),
        };
    }
    let zoom = clamp_or(crop.zoom, 1.0, MAX_ZOOM, 1.0);
    let pan_x = clamp_or(crop.x, -1.0, 1.0, 0.0);
    let pan_y = clamp_or(crop.y, -1.0, 1.0, 0.0);
    let aspect = box_w / box_h;
    let (w, h) = if img_w / img_h > aspect {
        (img_h * aspect, img_h)
    } else {
        (img_w, img_w / aspect)
    };
    let (w, h) = ((w / zoom).min(img_w), (h / zoom).min(img_h));
    Rect {
        x: (img_w - w) * (pan_x + 1.0) / 2.0,
        y: (img_h - h) * (pan_y + 1.0) / 2.0,
        w,
        h,
    }
}

/// `v` within `lo..=hi`, or `default` when it is not a number.
fn clamp_or(v: f64, lo: f64, hi: f64, default: f64) -> f64 {
    if v.is_nan() {
        default
    } else {
        v.clamp(lo, hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crop(zoom: f64, x: f64, y: f64) -> Crop {
        Crop { zoom, x, y }
    }

    fn rect(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    #[test]
    fn a_wide_photo_in_a_square_box_is_cropped_in_the_middle_at_full_height() {
        let r = cover_source(1600.0, 1200.0, 1080.0, 1080.0, Crop::default());
        assert_eq!(r, rect(200.0, 0.0, 1200.0, 1200.0));
    }

    #[test]
    fn panning_reaches_the_edges() {
        let left = cover_source(1600.0, 1200.0, 1080.0, 1080.0, crop(1.0, -1.0, 0.0));
        assert_eq!(left, rect(0.0, 0.0, 1200.0, 1200.0));
        let right = cover_source(1600.0, 1200.0, 1080.0, 1080.0, crop(1.0, 1.0, 0.0));
        assert_eq!(right, rect(400.0, 0.0, 1200.0, 1200.0));
        // No spare height at zoom 1: vertical pan changes nothing.
        let down = cover_source(1600.0, 1200.0, 1080.0, 1080.0, crop(1.0, 0.0, 1.0));
        assert_eq!(down.y, 0.0);
    }

    #[test]
    fn zoom_two_halves_the_source() {
        let r = cover_source(1600.0, 1200.0, 1080.0, 1080.0, crop(2.0, 0.0, 0.0));
        assert_eq!(r, rect(500.0, 300.0, 600.0, 600.0));
        let corner = cover_source(1600.0, 1200.0, 1080.0, 1080.0, crop(2.0, 1.0, 1.0));
        assert_eq!(corner, rect(1000.0, 600.0, 600.0, 600.0));
    }

    #[test]
    fn a_tall_photo_in_a_landscape_box_keeps_the_full_width() {
        let r = cover_source(1200.0, 1600.0, 1200.0, 630.0, Crop::default());
        assert_eq!(r.w, 1200.0);
        assert!((r.h - 630.0).abs() < 1e-9);
        assert!((r.y - (1600.0 - 630.0) / 2.0).abs() < 1e-9);
        let top = cover_source(1200.0, 1600.0, 1200.0, 630.0, crop(1.0, 0.0, -1.0));
        assert_eq!(top.y, 0.0);
    }

    #[test]
    fn out_of_range_values_are_clamped() {
        let wild = cover_source(1600.0, 1200.0, 1080.0, 1080.0, crop(9.0, -5.0, 5.0));
        assert_eq!(wild, rect(0.0, 900.0, 300.0, 300.0), "zoom 4, left, bottom");
        let small = cover_source(1600.0, 1200.0, 1080.0, 1080.0, crop(0.2, 0.0, 0.0));
        assert_eq!(small, rect(200.0, 0.0, 1200.0, 1200.0), "zoom below 1 is 1");
        let nan = cover_source(
            1600.0,
            1200.0,
            1080.0,
            1080.0,
            crop(f64::NAN, f64::NAN, 0.0),
        );
        assert_eq!(nan, rect(200.0, 0.0, 1200.0, 1200.0));
        let empty = cover_source(1600.0, 1200.0, 0.0, 1080.0, Crop::default());
        assert_eq!(empty, rect(0.0, 0.0, 1600.0, 1200.0));
    }

    #[test]
    fn the_source_always_stays_inside_the_image() {
        for (iw, ih) in [(1600.0, 1200.0), (900.0, 1600.0), (1000.0, 1000.0)] {
            for (bw, bh) in [
                (1080.0, 1080.0),
                (1080.0, 1920.0),
                (1200.0, 630.0),
                (300.0, 300.0),
            ] {
                for zoom in [0.5, 1.0, 1.7, 4.0, 8.0] {
                    for pan in [-2.0, -1.0, -0.3, 0.0, 0.6, 1.0, 3.0] {
                        let r = cover_source(iw, ih, bw, bh, crop(zoom, pan, -pan));
                        assert!(r.x >= 0.0 && r.y >= 0.0, "{r:?}");
                        assert!(r.x + r.w <= iw + 1e-9 && r.y + r.h <= ih + 1e-9, "{r:?}");
                        assert!(((r.w / r.h) - bw / bh).abs() < 1e-9, "box shape");
                    }
                }
            }
        }
    }
}
