#pragma once
// Command-line front: global options, subcommand dispatch, and the GUI launch.
// Exit codes: 0 success, 1 failure the user can fix (bad store, rejected input),
// 2 bad usage.

namespace stratos::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

int run(int argc, char *argv[]);

} // namespace stratos::cli
