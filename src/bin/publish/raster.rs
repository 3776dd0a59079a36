//! The share card drawn without a browser: the lines `export::share_card::card_lines` lays out, in the
//! system's Noto Sans CJK (Latin, Hangul, kana and Han in one face), as a PNG. The browser's canvas
//! draws the same lines in the editor; this is the build's twin of it for `dist/`.

use ab_glyph::{point, Font, FontVec, PxScale, ScaleFont};
use milestone_tracker::export::share_card::{
    card_lines, CardText, CARD_ACCENT, CARD_ACCENT_WIDTH, CARD_BACKGROUND, CARD_HEIGHT, CARD_LEFT,
    CARD_WIDTH,
};

/// Where Debian's `fonts-noto-cjk` puts its faces, regular then bold; the Korean face is index 1.
const REGULAR: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const BOLD: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
const KOREAN_FACE: u32 = 1;

pub struct Fonts {
    regular: FontVec,
    bold: FontVec,
}

impl Fonts {
    /// The two faces, or why not (naming the package that has them).
    pub fn load() -> Result<Fonts, String> {
        let face = |path: &str| {
            let bytes = std::fs::read(path).map_err(|e| {
                format!("{path}: {e} (the card's font: install Debian's fonts-noto-cjk)")
            })?;
            FontVec::try_from_vec_and_index(bytes, KOREAN_FACE)
                .map_err(|e| format!("{path}: not a font collection ({e})"))
        };
        Ok(Fonts {
            regular: face(REGULAR)?,
            bold: face(BOLD)?,
        })
    }
}

/// An RGB picture being drawn.
struct Canvas {
    width: u32,
    height: u32,
    rgb: Vec<u8>,
}

impl Canvas {
    fn new(width: u32, height: u32, background: [u8; 3]) -> Canvas {
        let rgb = background.repeat((width * height) as usize);
        Canvas { width, height, rgb }
    }

    /// Paints `colour` over the pixel at (x, y) with `coverage` from 0 to 1; outside, nothing.
    fn blend(&mut self, x: i64, y: i64, colour: [u8; 3], coverage: f32) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return;
        }
        let i = (y as usize * self.width as usize + x as usize) * 3;
        let a = coverage.clamp(0.0, 1.0);
        for (c, new) in self.rgb[i..i + 3].iter_mut().zip(colour) {
            *c = (f32::from(*c) * (1.0 - a) + f32::from(new) * a).round() as u8;
        }
    }

    fn fill_rect(&mut self, x: u32, y: u32, w: u32, h: u32, colour: [u8; 3]) {
        for yy in y..(y + h).min(self.height) {
            for xx in x..(x + w).min(self.width) {
                self.blend(i64::from(xx), i64::from(yy), colour, 1.0);
            }
        }
    }

    /// `text` from `x` on the baseline `y`, `size` px to the em, kerned as the face says.
    fn text(&mut self, font: &FontVec, text: &str, x: f32, y: f32, size: f32, colour: [u8; 3]) {
        let em = font.units_per_em().unwrap_or(1000.0);
        let scaled = font.as_scaled(PxScale::from(size * font.height_unscaled() / em));
        let mut caret = x;
        let mut previous = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(previous) = previous {
                caret += scaled.kern(previous, id);
            }
            let glyph = id.with_scale_and_position(scaled.scale(), point(caret, y));
            caret += scaled.h_advance(id);
            previous = Some(id);
            if let Some(outline) = scaled.outline_glyph(glyph) {
                let bounds = outline.px_bounds();
                let (left, top) = (bounds.min.x as i64, bounds.min.y as i64);
                outline.draw(|gx, gy, coverage| {
                    self.blend(left + i64::from(gx), top + i64::from(gy), colour, coverage)
                });
            }
        }
    }

    fn png(&self) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.width, self.height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Best);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer
            .write_image_data(&self.rgb)
            .map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }
}

/// `#rrggbb` as bytes (the card's colours are all written so).
fn rgb(hex: &str) -> [u8; 3] {
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
    [byte(1), byte(3), byte(5)]
}

/// The card as a 1200 × 630 PNG.
pub fn card_png(card: &CardText, fonts: &Fonts) -> Result<Vec<u8>, String> {
    let mut canvas = Canvas::new(CARD_WIDTH, CARD_HEIGHT, rgb(CARD_BACKGROUND));
    canvas.fill_rect(0, 0, CARD_ACCENT_WIDTH, CARD_HEIGHT, rgb(CARD_ACCENT));
    card_lines(card, |line| {
        let font = if line.weight >= 600 {
            &fonts.bold
        } else {
            &fonts.regular
        };
        let (x, y, size) = (CARD_LEFT as f32, line.baseline as f32, line.size as f32);
        canvas.text(font, line.text, x, y, size, rgb(line.colour));
    });
    canvas.png()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_read_as_written() {
        assert_eq!(rgb("#141218"), [0x14, 0x12, 0x18]);
        assert_eq!(rgb("#b9a4ff"), [0xb9, 0xa4, 0xff]);
    }

    #[test]
    fn a_card_is_a_1200_by_630_png_with_its_text_drawn() {
        let fonts = Fonts::load().expect("the card's font");
        let card = CardText {
            album: "V (Kim Taehyung)".into(),
            title: "Layover 레이오버".into(),
            figure: Some("Released: September 8, 2023".into()),
            when: "Milestones: 5".into(),
            record: None,
            rtl: false,
        };
        let png = card_png(&card, &fonts).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().unwrap();
        let mut rgb_out = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut rgb_out).unwrap();
        assert_eq!((info.width, info.height), (1200, 630));
        let pixel = |x: usize, y: usize| &rgb_out[(y * 1200 + x) * 3..(y * 1200 + x) * 3 + 3];
        assert_eq!(pixel(5, 300), [0xb9, 0xa4, 0xff], "the accent bar");
        assert_eq!(pixel(1190, 620), [0x14, 0x12, 0x18], "the background");
        // Ink in the title's line (baseline 167.5, 56 px), in its Latin and its Hangul parts.
        let inked = |x0: usize, x1: usize| {
            (120..170)
                .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                .filter(|&(x, y)| pixel(x, y)[0] > 0x80)
                .count()
        };
        assert!(inked(80, 250) > 500, "Latin drawn");
        assert!(inked(330, 560) > 500, "Hangul drawn");
        // Nothing drawn below the last line (the "when", baseline 360.5).
        assert!((400..630).all(|y| pixel(600, y) == [0x14, 0x12, 0x18]));
    }
}
