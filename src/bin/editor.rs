//! The editor's wasm (`editor.html`): a fan makes a tracker for any album without writing JSON. Its
//! own build, so the widget's page does not carry it (see src/editor).

fn main() {
    #[cfg(target_arch = "wasm32")]
    milestone_tracker::editor::run();
}
