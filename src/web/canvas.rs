//! Draws a milestone's share card (`export::share_card`) on a canvas and returns it as a PNG `data:` URL.

use crate::export::share_card::CardText;

#[cfg(target_arch = "wasm32")]
pub fn share_card_png(card: &CardText) -> Option<String> {
    use crate::export::share_card::{
        card_lines, CARD_ACCENT, CARD_ACCENT_WIDTH, CARD_BACKGROUND, CARD_HEIGHT, CARD_LEFT,
        CARD_WIDTH,
    };
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
    ctx.set_fill_style_str(CARD_BACKGROUND);
    ctx.fill_rect(0.0, 0.0, w, h);
    ctx.set_fill_style_str(CARD_ACCENT);
    let bar = f64::from(CARD_ACCENT_WIDTH);
    // Right to left: the bar on the right, every line ending at the right margin, read by the
    // canvas's own bidi (its `direction`).
    let (bar_x, x) = if card.rtl {
        let _ = js_sys::Reflect::set(&ctx, &"direction".into(), &"rtl".into());
        (w - bar, w - f64::from(CARD_LEFT))
    } else {
        (0.0, f64::from(CARD_LEFT))
    };
    ctx.fill_rect(bar_x, 0.0, bar, h);
    let font = "system-ui, sans-serif";
    card_lines(card, |line| {
        ctx.set_font(&format!("{} {}px {font}", line.weight, line.size));
        ctx.set_fill_style_str(line.colour);
        let _ = ctx.fill_text(line.text, x, line.baseline);
    });
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
