// The command-line application: parses arguments, dispatches to one command, and maps
// every outcome to the exit status of shared/DESIGN.md (0 success, 1 the command ran
// and found problems, 2 bad usage or bad input). The one place exceptions are caught.
#pragma once

namespace myoivig::cli {

int run(int argc, char** argv);

}  // namespace myoivig::cli
