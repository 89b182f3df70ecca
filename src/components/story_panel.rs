//! The classroom story: one step of the timeline at a time — its date, title, caption with
//! sources, the step's box ("Because of this event: …", "Meanwhile: …") and, when the reader
//! moved a switch, what that did — with Back/Next buttons and a row of numbered step buttons.
//! Arrow keys are handled by the keyboard hook (`story_keys`), not here. A view function, not
//! a component: it has no state, and it changes with every step anyway.

use super::change_sentence::change_sentence;
use super::citation::citations;
use crate::model::i18n::msg;
use crate::model::story::StepStory;
use crate::model::{date_label, World};
use yew::prelude::*;

/// Story step `step` (from 0, clamped to the story's length); `told` is the step's box (the
/// model's `step_story`, the same however the step was reached); `change` is what the reader's
/// own switch moves did since (the reducer's change sentence), `None` while the view is the
/// step's own; `caption` is the step's caption with its new words made explanations (classroom:
/// `lesson::with_terms`), `None` for the plain text; `extra` follows the box (the lesson's words); `onstep` gets the step
/// to go to. With `meanwhile_apart` the box holds "Because of this event" only: the caller shows
/// "Meanwhile" elsewhere (`meanwhile`; the presenter view puts it under the legend).
#[allow(clippy::too_many_arguments)]
pub fn story_panel(
    world: &World,
    step: usize,
    told: Option<&StepStory>,
    change: Option<&AttrValue>,
    caption: Option<Html>,
    extra: Html,
    meanwhile_apart: bool,
    onstep: &Callback<usize>,
) -> Html {
    let story = &world.story;
    if story.is_empty() {
        return html! {
            <section class="story story--empty" aria-label={msg::story_label()}>
                <p>{ msg::story_none() }</p>
            </section>
        };
    }
    let last = story.len() - 1;
    let index = step.min(last);
    let step = &story[index];
    let go = |to: usize| onstep.reform(move |_: MouseEvent| to);
    html! {
        <section class="story" aria-labelledby="story-title" data-step={(index + 1).to_string()}>
            // Announced when the step changes, so a screen reader hears where the keys went.
            <div class="story__head" aria-live="polite" aria-atomic="true">
                <p class="story__where">
                    <span class="story__count">{ msg::story_count(&(index + 1).to_string(), &story.len().to_string()) }</span>
                    { " · " }
                    <time class="story__date" datetime={step.date.clone()}>{ date_label(&step.date) }</time>
                </p>
                <h2 class="story__title" id="story-title">{ &step.title }</h2>
            </div>
            <p class="story__caption">
                { caption.unwrap_or_else(|| html! { &step.caption }) }
                { " " }
                { citations(world, &step.sources) }
            </p>
            if let Some(told) = told {
                <div class="story__box">
                    <p class="story__because">
                        <strong>{ msg::story_because() }</strong>{ &told.because_text }
                    </p>
                    if !meanwhile_apart {
                        { meanwhile(told) }
                    }
                </div>
            }
            // The reader's own moves of the switches, announced as they happen.
            { change_sentence(change) }
            // classroom: the new words of this step, and the closing card at the end.
            { extra }
            <nav class="story__nav" aria-label={msg::story_steps()}>
                <button type="button" class="button story__prev" disabled={index == 0}
                    aria-keyshortcuts="ArrowLeft PageUp" onclick={go(index.saturating_sub(1))}>
                    // The word in a span of its own: where the presenter view is narrow (a 1024×768
                    // projector) only the arrow shows, so the step's date stays on one line.
                    <span aria-hidden="true">{ "← " }</span><span class="story__nav-word">{ msg::story_back() }</span>
                </button>
                <ol class="story__steps">
                    { for story.iter().enumerate().map(|(i, s)| {
                        let current = i == index;
                        html! {
                            <li key={i}>
                                <button type="button"
                                    class={if current { "story__step story__step--current" } else { "story__step" }}
                                    aria-label={msg::story_step(&(i + 1).to_string(), &s.title)}
                                    aria-current={current.then_some("step")}
                                    onclick={go(i)}>
                                    { i + 1 }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
                <button type="button" class="button button--primary story__next" disabled={index == last}
                    aria-keyshortcuts="ArrowRight PageDown Space" onclick={go((index + 1).min(last))}>
                    { msg::story_next() }<span aria-hidden="true">{ " →" }</span>
                </button>
            </nav>
        </section>
    }
}

/// The step box's second half, "Meanwhile: …" (what else changed since the step before).
pub fn meanwhile(told: &StepStory) -> Html {
    html! {
        <p class="story__meanwhile">
            <strong>{ msg::story_meanwhile() }</strong>{ &told.meanwhile_text }
        </p>
    }
}
