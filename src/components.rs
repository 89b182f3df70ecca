//! The explainer's view, fed by the reducer in `state`: one function component per file, or a
//! plain view function (`fn x(..) -> Html`) where a component's memoisation would not pay for its
//! code size (each component type instantiates Yew's lifecycle code once more).

pub mod change_sentence;
pub mod citation;
pub mod classroom;
pub mod downloads;
pub mod embed_credit;
pub mod embed_dialog;
pub mod error_panel;
#[cfg(feature = "classroom")]
pub mod glossary_term;
pub mod headline;
pub mod history_bar;
pub mod language_picker;
#[cfg(feature = "classroom")]
pub mod lesson;
#[cfg(feature = "classroom")]
pub mod notes_window;
pub mod notice_bar;
pub mod outcome_matrix;
pub mod page_footer;
pub mod path_details;
pub mod path_diagram;
pub mod policy_switch;
pub mod predict_panel;
pub mod presenter_bar;
#[cfg(feature = "classroom")]
pub mod qr_code;
pub mod sources_panel;
pub mod status_badge;
pub mod story_keys;
pub mod story_panel;
pub mod switch_board;
pub mod text;
pub mod theme_picker;
pub mod timeline;
#[cfg(feature = "classroom")]
pub mod worksheet;
