//! Mounts the tracker; everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    milestone_tracker::run();
}
