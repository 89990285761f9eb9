//! khabar's integration tests live in `it/`: snapshots of `khabar extract` on every fixture,
//! the CLI's errors and exit codes, and the list of registered extractors. This library is
//! empty; the package exists so that the tests sit at the top of the workspace, next to the
//! fixtures they read.
