//! The `khabar` binary: the CLI in [`khabar_runner::cli`] on the process's own streams.

use std::io::IsTerminal;
use std::process::ExitCode;

// Every document allocates its normalized view, tokens and output line, from several
// threads at once; mimalloc's thread-local free lists made the whole run faster than the
// system allocator (BENCHMARKS.md has the figures). It is built with `no_thp` (the
// workspace manifest): with transparent huge pages every page it touched was a 2 MB page
// for the kernel to clear.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let stdin = std::io::stdin();
    let mut stdin = stdin.lock();
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr();
    let terminal = khabar_runner::cli::Terminal {
        progress: std::io::stderr().is_terminal(),
    };
    let code = khabar_runner::cli::main(
        std::env::args().collect(),
        &mut stdin,
        &mut stdout,
        &mut stderr,
        terminal,
    );
    ExitCode::from(code)
}
