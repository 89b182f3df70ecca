//! classroom: what the story and presenter modes add to the explainer's page — the story step
//! with its question, the presenter bar, the keys, and the buttons between the modes.
//!
//! The classroom is its own wasm bundle (the `classroom` feature; docs/size.md): a news reader's
//! page never loads its code. web/loader.js picks that bundle for `?mode=story|present`. The
//! reader's bundle offers a plain link into the story instead, which loads it.

use crate::components::WorldRef;
use crate::model::{Mode, ViewState};
use crate::state::AppState;
use yew::prelude::*;

/// The classroom's pieces of the page, each empty where it has nothing to show.
pub struct ClassroomView {
    /// Above everything, in presenter mode.
    pub bar: Html,
    /// In the header: the ways into and out of the story and the presenter view.
    pub tools: Html,
    /// The story step and its question, shown instead of the headline.
    pub story: Option<Html>,
}

/// The link into the story from the reader's bundle: the same view, in story mode. A link, not
/// a button: following it loads the classroom bundle.
pub fn story_link(world: &WorldRef, view: &ViewState) -> Html {
    let story = ViewState {
        mode: Mode::Story,
        ..view.clone()
    };
    html! {
        <a class="button" href={story.to_query(world)}>{ "Classroom story" }</a>
    }
}

#[cfg(not(feature = "classroom"))]
#[hook]
pub fn use_classroom(world: &WorldRef, state: &UseReducerHandle<AppState>) -> ClassroomView {
    ClassroomView {
        bar: Html::default(),
        tools: story_link(world, &state.view),
        story: None,
    }
}

#[cfg(feature = "classroom")]
#[hook]
pub fn use_classroom(world: &WorldRef, state: &UseReducerHandle<AppState>) -> ClassroomView {
    use crate::components::{
        predict_panel::PredictPanel, presenter_bar::PresenterBar, story_keys::use_story_keys,
        story_panel::story_panel,
    };
    use crate::state::{tells_story, Action};

    let view = &state.view;
    // The reducer's dispatcher is stable, so the key listener set up once keeps working.
    let dispatcher = state.dispatcher();
    use_story_keys(tells_story(view.mode), {
        let dispatcher = dispatcher.clone();
        Callback::from(move |key| dispatcher.dispatch(Action::Step(key)))
    });
    let send = |action: fn() -> Action| {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action()))
    };
    let story_step = view.step.filter(|_| tells_story(view.mode));
    let present = view.mode == Mode::Present;

    let bar = if present {
        let onexit = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_| dispatcher.dispatch(Action::SetMode(Mode::Story)))
        };
        html! { <PresenterBar {onexit} /> }
    } else {
        Html::default()
    };
    let tools = if present {
        // The presenter bar has the way out.
        Html::default()
    } else if story_step.is_some() {
        html! {
            <>
                <button type="button" class="button" onclick={send(|| Action::SetMode(Mode::Present))}>{ "Presenter view" }</button>
                <button type="button" class="button button--quiet" onclick={send(|| Action::SetMode(Mode::Explore))}>{ "Leave the story" }</button>
            </>
        }
    } else {
        html! {
            <button type="button" class="button" onclick={send(|| Action::SetMode(Mode::Story))}>{ "Classroom story" }</button>
        }
    };
    let story = story_step.map(|step| {
        let onstep = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |i| dispatcher.dispatch(Action::StepTo(i)))
        };
        let onpick = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |id| dispatcher.dispatch(Action::TogglePick(id)))
        };
        let onreveal = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_| dispatcher.dispatch(Action::Reveal))
        };
        let onretry = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_| dispatcher.dispatch(Action::RetryPrediction))
        };
        // The story step carries the change sentence itself.
        html! {
            <div class="cp__story">
                { story_panel(world, step, state.change.as_ref(), &onstep) }
                <PredictPanel world={world.clone()} {step} picks={state.picks.clone()}
                    revealed={state.revealed} ontoggle={onpick} {onreveal} {onretry} />
            </div>
        }
    });
    ClassroomView { bar, tools, story }
}
