//! qr_code: a link as a QR code, so a class can open on their phones the view the projector
//! shows. Encoded here, in the page (the `qrcodegen` crate, pure Rust): no service sees the
//! link. Drawn as SVG markup text (`crate::markup`), black on white whatever the theme, which
//! every phone's camera reads. Classroom bundle only (the `classroom` feature pulls in the
//! encoder): the presenter view and the classroom's Embed dialog show it.

use crate::markup::{push_escaped, push_number};
use crate::model::i18n::msg;
use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

/// The light margin around the code, in modules: the standard's four (ISO/IEC 18004), which
/// scanners need to find the code's edge.
const QUIET_ZONE: i32 = 4;

/// The SVG of `link` as a QR code with medium error correction (15 % of the code may be
/// covered or smudged), `label` its accessible name; `None` when the link is too long for
/// any QR code (about 2,300 bytes at this level).
pub fn qr_svg(link: &str, label: &str) -> Option<String> {
    let code = QrCode::encode_text(link, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let side = i64::from(size + 2 * QUIET_ZONE);
    let mut out = String::from(
        "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"",
    );
    push_escaped(&mut out, label);
    out.push_str("\" viewBox=\"0 0 ");
    push_number(&mut out, side);
    out.push(' ');
    push_number(&mut out, side);
    out.push_str("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
    // One rectangle per run of dark modules in a row: a fraction of one square per module.
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            out.push('M');
            push_number(&mut out, i64::from(start + QUIET_ZONE));
            out.push(' ');
            push_number(&mut out, i64::from(y + QUIET_ZONE));
            out.push('h');
            push_number(&mut out, i64::from(x - start));
            out.push_str("v1h-");
            push_number(&mut out, i64::from(x - start));
            out.push('z');
        }
    }
    out.push_str("\"/></svg>");
    Some(out)
}

/// The code of `link` with the link written out beneath it (for those who type it), or a
/// message where it cannot be encoded.
pub fn qr_figure(link: &str) -> Html {
    match qr_svg(link, msg::qr_label()) {
        Some(svg) => html! {
            <figure class="qr-figure">
                { Html::from_html_unchecked(AttrValue::from(svg)) }
                <figcaption class="qr-figure__link">{ link.to_owned() }</figcaption>
            </figure>
        },
        None => html! { <p class="qr-figure__error">{ msg::qr_too_long() }</p> },
    }
}

/// The presenter's panel: a heading, the code of the student's link, and what scanning does.
pub fn qr_panel(link: &str) -> Html {
    html! {
        <section id="qr-panel" class="qr-panel" aria-labelledby="qr-heading">
            <h2 id="qr-heading">{ msg::qr_heading() }</h2>
            { qr_figure(link) }
            <p class="qr-panel__hint">{ msg::qr_hint() }</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_svg_with_a_quiet_zone() {
        let link = "https://news.example/chip-paths/?mode=story&step=3";
        let svg = qr_svg(link, "Code \"A\" <b>").unwrap();
        let code = QrCode::encode_text(link, QrCodeEcc::Medium).unwrap();
        let side = code.size() + 8;
        assert!(
            svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")),
            "{svg}"
        );
        // The label is escaped: data never becomes markup.
        assert!(
            svg.contains("aria-label=\"Code &quot;A&quot; &lt;b&gt;\""),
            "{svg}"
        );
        // Every dark module is inside exactly one run, and no run covers a light one.
        let mut dark = 0;
        for y in 0..code.size() {
            for x in 0..code.size() {
                dark += i32::from(code.get_module(x, y));
            }
        }
        let covered: i32 = svg
            .split('M')
            .skip(1)
            .map(|run| {
                let h = run.split('h').nth(1).unwrap();
                h.split('v').next().unwrap().parse::<i32>().unwrap()
            })
            .sum();
        assert_eq!(covered, dark);
        // The top-left finder pattern starts at the quiet zone's edge.
        assert!(svg.contains("d=\"M4 4h7v1h-7z"), "{svg}");
    }

    #[test]
    fn a_link_too_long_for_any_qr_code_gets_a_message() {
        let link = "https://x.example/?".to_owned() + &"a".repeat(5_000);
        assert_eq!(qr_svg(&link, msg::qr_label()), None);
    }

    #[tokio::test]
    async fn the_panel_names_the_code_and_shows_the_link() {
        #[function_component]
        fn Panel() -> Html {
            qr_panel("https://news.example/?mode=story&step=2")
        }
        let html = yew::LocalServerRenderer::<Panel>::new()
            .hydratable(false)
            .render()
            .await;
        assert!(html.contains("aria-labelledby=\"qr-heading\""), "{html}");
        assert!(
            html.contains("role=\"img\" aria-label=\"QR code of the link\""),
            "{html}"
        );
        assert!(
            html.contains("https://news.example/?mode=story&amp;step=2</figcaption>"),
            "{html}"
        );
    }
}
