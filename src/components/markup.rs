//! Markup written as text, for the parts of the view that have no handler, no state and no focus to
//! keep: the same HTML as `html!` would make, for a fraction of the wasm (each `html!` element is its
//! own allocation and reconciliation code). Safe by construction: every text and attribute value goes
//! through `export::html`'s escaper, the only way in; tag and attribute names are `&'static str`. Yew shows the result
//! as raw HTML (`Html::from_html_unchecked`), replaced whole when its text changes.

use crate::export::html::escape_into as escape;
use yew::{AttrValue, Html};

#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup(String::with_capacity(256))
    }

    /// `<tag name="value" ...>`; an attribute whose value is `None` is left out.
    pub fn open(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, Option<&str>)],
    ) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            if let Some(value) = value {
                self.0.push(' ');
                self.0.push_str(name);
                self.0.push_str("=\"");
                escape(&mut self.0, value);
                self.0.push('"');
            }
        }
        self.0.push('>');
        self
    }

    /// `<tag class="class">`
    pub fn class(&mut self, tag: &'static str, class: &str) -> &mut Markup {
        self.open(tag, &[("class", Some(class))])
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape(&mut self.0, text);
        self
    }

    /// `<tag class="class">text</tag>`
    pub fn line(&mut self, tag: &'static str, class: &str, text: &str) -> &mut Markup {
        self.class(tag, class).text(text).close(tag)
    }

    /// `<tag class="class" dir="auto">text</tag>`: a data author's text (a title, a note, a name),
    /// which reads in its own direction whatever the tracker's language: an Arabic title in an
    /// English tracker, an English one in an Arabic tracker.
    pub fn user_line(&mut self, tag: &'static str, class: &str, text: &str) -> &mut Markup {
        self.open(tag, &[("class", Some(class)), ("dir", Some("auto"))])
            .text(text)
            .close(tag)
    }

    /// `<time datetime="machine">shown</time>`
    pub fn time(&mut self, machine: &str, shown: &str) -> &mut Markup {
        self.open("time", &[("datetime", Some(machine))])
            .text(shown)
            .close("time")
    }

    /// Opens a section of the tracker, `<section class="mt-section mt-{name}">` titled by its `<h2>`
    /// (`mt-{name}-title`). A section a reader reads second folds (`fold`, open or not, from the
    /// tracker's state): its title is the summary of a `<details data-fold="{name}">`.
    pub fn section(&mut self, name: &str, title: &str, fold: Option<bool>) -> &mut Markup {
        let title_id = format!("mt-{name}-title");
        self.open(
            "section",
            &[
                ("class", Some(&format!("mt-section mt-{name}"))),
                ("aria-labelledby", Some(&title_id)),
            ],
        );
        if let Some(open) = fold {
            self.open(
                "details",
                &[
                    ("class", Some("mt-fold")),
                    ("data-fold", Some(name)),
                    ("open", open.then_some("")),
                ],
            )
            .open("summary", &[]);
        }
        self.open("h2", &[("id", Some(&title_id))])
            .text(title)
            .close("h2");
        if fold.is_some() {
            self.close("summary");
        }
        self
    }

    /// Closes what `section` opened.
    pub fn end_section(&mut self, fold: Option<bool>) -> &mut Markup {
        if fold.is_some() {
            self.close("details");
        }
        self.close("section")
    }

    /// An SVG `<rect class=... x=... y=... width=... height=...>` (a `None` left out), with the
    /// `data-day` it stands for, if any.
    pub fn rect(&mut self, class: &str, xywh: [Option<i64>; 4], day: Option<i64>) -> &mut Markup {
        let [x, y, w, h] = xywh.map(|n| n.map(|n| n.to_string()));
        let day = day.map(|d| d.to_string());
        self.open(
            "rect",
            &[
                ("class", Some(class)),
                ("x", x.as_deref()),
                ("y", y.as_deref()),
                ("width", w.as_deref()),
                ("height", h.as_deref()),
                ("data-day", day.as_deref()),
            ],
        )
        .close("rect")
    }

    /// Another piece of markup, as it is.
    pub fn append(&mut self, other: Markup) -> &mut Markup {
        self.0.push_str(&other.0);
        self
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = Markup::new();
        m.open(
            "a",
            &[
                ("href", Some("https://x.org/?a=1&b=\"2\"")),
                ("title", None),
            ],
        )
        .text("<script>alert('x')</script>")
        .close("a");
        assert_eq!(
            m.as_str(),
            "<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>"
        );
        let mut m = Markup::new();
        m.line("p", "mt-x\" onclick=\"y", "a")
            .time("2023-09-08", "September 8, 2023");
        assert_eq!(
            m.as_str(),
            "<p class=\"mt-x&quot; onclick=&quot;y\">a</p><time datetime=\"2023-09-08\">September 8, 2023</time>"
        );
    }
}
