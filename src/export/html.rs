//! The one HTML escaper: text made safe for an element's content and for a quoted attribute value
//! alike (`components::markup` writes the widget's markup through it, `snippet` a blogger's snippets),
//! and JSON made safe inside a `<script>` element.

/// Appends `text` to `out`, escaped.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `text`, escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// JSON text made safe inside an HTML `<script type="application/json">`: `<`, `>` and `&` (which JSON
/// allows only inside strings) as `\u003c`, `\u003e`, `\u0026`, so no title can close the element,
/// open a comment or put the HTML parser in a script state that eats the rest of the post. A JSON
/// parser reads it back unchanged.
pub fn json_for_html(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_character_that_could_open_markup_or_end_an_attribute() {
        assert_eq!(
            super::escape(r#"<a href="x" title='y'>&amp;</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"
        );
        assert_eq!(super::escape("레이오버 · V"), "레이오버 · V");
    }

    #[test]
    fn json_in_html_has_no_markup_and_reads_back_the_same() {
        let json = r#"{"title":"<!--<script></script>&amp; -->"}"#;
        let safe = super::json_for_html(json);
        assert!(!safe.contains(['<', '>', '&']), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(
            back,
            serde_json::from_str::<serde_json::Value>(json).unwrap()
        );
    }
}
