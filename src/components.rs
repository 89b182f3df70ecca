//! The explainer's view, fed by the reducer in `state`: one function component per file, or a
//! plain view function (`fn x(..) -> Html`) where a component's memoisation would not pay for its
//! code size (each component type instantiates Yew's lifecycle code once more).

pub mod change_sentence;
pub mod citation;
pub mod classroom;
pub mod embed_credit;
pub mod embed_dialog;
pub mod error_panel;
pub mod headline;
#[cfg(feature = "classroom")]
pub mod lesson;
pub mod notice_bar;
pub mod outcome_matrix;
pub mod page_footer;
pub mod path_details;
pub mod path_diagram;
pub mod policy_switch;
pub mod predict_panel;
pub mod presenter_bar;
pub mod sources_panel;
pub mod status_badge;
pub mod story_keys;
pub mod story_panel;
pub mod switch_board;
pub mod text;
pub mod theme_picker;
pub mod timeline;

use crate::model::World;
use std::ops::Deref;

/// The world shared by every component: a plain `'static` reference. The data never changes
/// while the widget runs and lives as long as the page, so a handle is a copied pointer (no
/// reference counting at every clone and drop, no copy of the data) and equality is identity,
/// which keeps props checks free. (Not `Copy`, so the components' `world.clone()` reads as
/// before.)
#[derive(Clone, Debug)]
pub struct WorldRef(pub &'static World);

impl PartialEq for WorldRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for WorldRef {
    type Target = World;
    fn deref(&self) -> &World {
        self.0
    }
}

/// A world built at run time (tests, a loaded data file) is kept for the page's lifetime, like
/// the embedded one: it is leaked once, on purpose.
impl From<World> for WorldRef {
    fn from(world: World) -> Self {
        WorldRef(Box::leak(Box::new(world)))
    }
}
