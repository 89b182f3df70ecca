//! classroom: a glossary word where the story first uses it — the word itself is a button that
//! unfolds its plain-language explanation right after it, in the sentence (a disclosure:
//! `aria-expanded` on the button, the explanation its `aria-controls`). Keyboard: Tab to it,
//! Enter or Space. The words are data/lesson.toml's, in the reader's language (`lesson::Words`).

use crate::model::i18n::msg;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GlossaryTermProps {
    /// The word as the text has it ("Entity List", "stockpile").
    pub word: AttrValue,
    /// The glossary's explanation.
    pub text: AttrValue,
    /// Unique on the page: the explanation's element id.
    pub id: AttrValue,
}

#[component]
pub fn GlossaryTerm(props: &GlossaryTermProps) -> Html {
    let open = use_state(bool::default);
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <span class="term">
            <button type="button" class="term__name" aria-expanded={open.to_string()}
                aria-controls={props.id.clone()} {onclick}>
                { &props.word }
                <span class="visually-hidden">{ msg::term_what() }</span>
            </button>
            <span id={props.id.clone()} class="term__text" hidden={!*open}>{ &props.text }</span>
        </span>
    }
}
