//! Mounts the tracker; everything else lives in the library.

fn main() {
    #[cfg(all(target_arch = "wasm32", feature = "widget"))]
    milestone_tracker::run();
}
