//! The sentence after every change, in a live status region that always exists (so screen
//! readers announce its updates); empty when nothing changed. A view function, not a
//! component: it has no state, and its one prop is cheap to re-render.

use yew::prelude::*;

pub fn change_sentence(sentence: Option<&AttrValue>) -> Html {
    html! {
        <p class={if sentence.is_some() { "change change--shown" } else { "change" }}
            role="status" aria-live="polite" aria-atomic="true">
            if let Some(sentence) = sentence {
                { sentence.clone() }
            }
        </p>
    }
}
