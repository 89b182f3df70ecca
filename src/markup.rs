//! Markup written as text: a small builder for the parts of the view that have no event
//! listeners (the diagram's SVG, the sources list, citations, status icons). Plain Rust, no yew.
//!
//! Why: each element written with `html!` expands into its own construction code (attribute
//! arrays, child vectors, drop glue), which made those parts most of the widget's wasm. Written
//! as text, an element costs a few calls, and the browser parses it in one `innerHTML` (Yew's
//! raw node, `components::text::raw`). Every piece of data goes through [`push_escaped`], so a
//! hostile string in a loaded data file stays text.

/// Escapes `text` for a double- or single-quoted attribute value or element text, onto `out`.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// Appends a whole number in decimal (hand-written: `to_string` pulls in the formatter).
pub fn push_number(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut rest = n.unsigned_abs();
    let mut len = 0;
    loop {
        digits[len] = b'0' + (rest % 10) as u8;
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from(d));
    }
}

/// Markup under construction. Tags and attribute names are the caller's constants; attribute
/// values and text are escaped.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Markup(String::new())
    }

    /// `<tag`: attributes follow, then [`Markup::open`] or [`Markup::void`].
    pub fn start(&mut self, tag: &str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        self
    }

    /// ` name="value"`, the value escaped.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        push_escaped(&mut self.0, value);
        self.0.push('"');
        self
    }

    /// ` name="n"` for a whole number.
    pub fn num(&mut self, name: &str, n: i32) -> &mut Self {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        push_number(&mut self.0, n.into());
        self.0.push('"');
        self
    }

    /// Ends a start tag whose element has content.
    pub fn open(&mut self) -> &mut Self {
        self.0.push('>');
        self
    }

    /// Ends the start tag of an SVG element without content (`<line … />`).
    pub fn void(&mut self) -> &mut Self {
        self.0.push_str("/>");
        self
    }

    /// Element text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        push_escaped(&mut self.0, text);
        self
    }

    /// A whole number as text.
    pub fn number(&mut self, n: i64) -> &mut Self {
        push_number(&mut self.0, n);
        self
    }

    /// Markup written in the source (never data): static tags, fixed SVG shapes.
    pub fn fixed(&mut self, markup: &'static str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// `</tag>`.
    pub fn end(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_is_escaped_in_text_and_attributes() {
        let mut m = Markup::new();
        m.start("span")
            .attr("title", "a\"b'c")
            .open()
            .text("<script>&</script>")
            .end("span");
        assert_eq!(
            m.as_str(),
            "<span title=\"a&quot;b&#39;c\">&lt;script&gt;&amp;&lt;/script&gt;</span>"
        );
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        let mut m = Markup::new();
        m.start("line")
            .num("x1", 0)
            .num("y1", -42)
            .num("x2", 2_147_483_647)
            .void();
        m.number(i64::MIN);
        assert_eq!(
            m.as_str(),
            "<line x1=\"0\" y1=\"-42\" x2=\"2147483647\"/>-9223372036854775808"
        );
    }
}
