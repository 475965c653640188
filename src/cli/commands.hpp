// One registration function per command (each defined in its own <name>_command.cpp).
// A command's callback stores its exit status (cli/exit_status.hpp) in `status`.
#pragma once

namespace CLI {
class App;
}

namespace myoivig::cli {


}  // namespace myoivig::cli
