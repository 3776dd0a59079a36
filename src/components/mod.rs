//! The view, one part per file, named for what it shows. A part with its own state, effect or timer is
//! a component with its props beside it (`App` loads the dataset; `Tracker`
//! holds the reader's state, `use_tracker`, and lays the parts out; `Clock` is the only ticking leaf);
//! a part without is a plain function from the language and its data to `Html`, which costs the wasm no
//! component machinery of its own. The language flows down as a prop, like everything else.

pub mod album_header;
pub mod anniversaries;
pub mod app;
pub mod as_of;
pub mod clock;
pub mod comparison_chart;
pub mod controls;
pub mod day_counter;
pub mod error_panel;
pub mod event_list;
pub mod hooks;
pub mod layouts;
pub mod markup;
pub mod milestone_card;
pub mod milestone_chunk;
pub mod milestone_list;
pub mod projection_list;
pub mod share;
pub mod source_line;
pub mod timeline;
pub mod track_list;
pub mod tracker;
pub mod use_tracker;

pub use app::{App, AppProps};

use milestone_core::zone::Zones;
use std::rc::Rc;

/// A shared zone answerer as a prop (compared by identity: it never changes while mounted).
#[derive(Clone)]
pub struct ZonesHandle(pub Rc<dyn Zones>);

impl PartialEq for ZonesHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for ZonesHandle {
    type Target = dyn Zones;
    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

/// Shared data as a prop, compared by identity: a new value is a new `Rc`, and comparing 10,000
/// milestones by value on every render would cost more than rendering them.
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
