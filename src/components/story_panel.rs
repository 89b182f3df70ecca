//! The classroom story: one step of the timeline at a time — its date, title, caption with
//! sources, the change sentence — with Back/Next buttons and a row of numbered step buttons.
//! Arrow keys are handled by the keyboard hook (`story_keys`), not here.

use super::change_sentence::ChangeSentence;
use super::citation::Citations;
use crate::components::WorldRef;
use crate::model::date_label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryPanelProps {
    pub world: WorldRef,
    /// The step shown, from 0; clamped to the story's length.
    pub step: usize,
    /// What the move to this step opened or closed (the reducer's change sentence).
    #[prop_or_default]
    pub change: Option<AttrValue>,
    /// Called with the step (from 0) to go to.
    pub onstep: Callback<usize>,
}

#[component]
pub fn StoryPanel(props: &StoryPanelProps) -> Html {
    let story = &props.world.story;
    if story.is_empty() {
        return html! {
            <section class="story story--empty" aria-label="Story">
                <p>{ "This data file has no classroom story." }</p>
            </section>
        };
    }
    let last = story.len() - 1;
    let index = props.step.min(last);
    let step = &story[index];
    let go = |to: usize| {
        let onstep = props.onstep.clone();
        Callback::from(move |_: MouseEvent| onstep.emit(to))
    };
    html! {
        <section class="story" aria-labelledby="story-title" data-step={(index + 1).to_string()}>
            // Announced when the step changes, so a screen reader hears where the keys went.
            <div class="story__head" aria-live="polite" aria-atomic="true">
                <p class="story__where">
                    <span class="story__count">{ format!("Step {} of {}", index + 1, story.len()) }</span>
                    { " · " }
                    <time class="story__date" datetime={step.date.clone()}>{ date_label(&step.date) }</time>
                </p>
                <h2 class="story__title" id="story-title">{ &step.title }</h2>
            </div>
            <p class="story__caption">
                { &step.caption }
                { " " }
                <Citations world={props.world.clone()} sources={step.sources.clone()} />
            </p>
            <ChangeSentence sentence={props.change.clone()} />
            <nav class="story__nav" aria-label="Story steps">
                <button type="button" class="button story__prev" disabled={index == 0}
                    aria-keyshortcuts="ArrowLeft PageUp" onclick={go(index.saturating_sub(1))}>
                    <span aria-hidden="true">{ "← " }</span>{ "Back" }
                </button>
                <ol class="story__steps">
                    { for story.iter().enumerate().map(|(i, s)| {
                        let current = i == index;
                        html! {
                            <li key={i}>
                                <button type="button"
                                    class={classes!("story__step", current.then_some("story__step--current"))}
                                    aria-label={format!("Step {}: {}", i + 1, s.title)}
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
                    { "Next" }<span aria-hidden="true">{ " →" }</span>
                </button>
            </nav>
        </section>
    }
}
