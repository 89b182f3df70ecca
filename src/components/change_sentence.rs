//! The sentence after every change, in a live status region that always exists (so screen
//! readers announce its updates); empty when nothing changed.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangeSentenceProps {
    pub sentence: Option<AttrValue>,
}

#[component]
pub fn ChangeSentence(props: &ChangeSentenceProps) -> Html {
    html! {
        <p class={classes!("change", props.sentence.is_some().then_some("change--shown"))}
            role="status" aria-live="polite" aria-atomic="true">
            if let Some(sentence) = &props.sentence {
                { sentence.clone() }
            }
        </p>
    }
}
