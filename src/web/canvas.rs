//! Draws a milestone's share card (`export::share_card`) on a canvas and returns it as a PNG `data:` URL.

use crate::export::share_card::CardText;

#[cfg(target_arch = "wasm32")]
pub fn share_card_png(card: &CardText) -> Option<String> {
    use crate::export::share_card::{wrap, CARD_HEIGHT, CARD_WIDTH};
    use wasm_bindgen::JsCast;
    let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(CARD_WIDTH);
    canvas.set_height(CARD_HEIGHT);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let (w, h) = (f64::from(CARD_WIDTH), f64::from(CARD_HEIGHT));
    ctx.set_fill_style_str("#141218");
    ctx.fill_rect(0.0, 0.0, w, h);
    ctx.set_fill_style_str("#b9a4ff");
    ctx.fill_rect(0.0, 0.0, 18.0, h);
    let font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', sans-serif";
    let mut y = 100.0;
    // Each block: text, font size and weight, colour, characters a line, lines at most, gap after.
    let mut write = |text: &str,
                     size: u32,
                     weight: u32,
                     colour: &str,
                     max_chars: usize,
                     max_lines: usize,
                     gap: f64| {
        ctx.set_font(&format!("{weight} {size}px {font}"));
        ctx.set_fill_style_str(colour);
        for line in wrap(text, max_chars).iter().take(max_lines) {
            let _ = ctx.fill_text(line, 80.0, y);
            y += f64::from(size) * 1.25;
        }
        y += gap;
    };
    write(&card.album, 30, 600, "#b0a9bf", 60, 1, 30.0);
    write(&card.title, 56, 700, "#ece8f4", 34, 3, 18.0);
    if let Some(figure) = &card.figure {
        write(figure, 46, 700, "#b9a4ff", 40, 1, 10.0);
    }
    write(&card.when, 30, 400, "#b0a9bf", 64, 1, 16.0);
    if let Some(record) = &card.record {
        write(record, 28, 500, "#ece8f4", 68, 3, 0.0);
    }
    canvas.to_data_url_with_type("image/png").ok()
}

/// The card as PNG bytes (the `data:` URL decoded by the browser's `atob`).
#[cfg(target_arch = "wasm32")]
pub fn share_card_png_bytes(card: &CardText) -> Option<Vec<u8>> {
    let url = share_card_png(card)?;
    let base64 = url.strip_prefix("data:image/png;base64,")?;
    let window = gloo::utils::window();
    let binary = window.atob(base64).ok()?;
    // atob gives one character per byte, each below 256.
    binary
        .chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn share_card_png_bytes(_card: &CardText) -> Option<Vec<u8>> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn share_card_png(_card: &CardText) -> Option<String> {
    None
}
