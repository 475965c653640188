#include "cli/exit_status.hpp"

#include <iostream>

namespace myoivig::cli {

int report_error(std::string_view command, const util::Error& error) {
  std::cerr << "myoivig " << command << ": " << error.message << '\n';
  return k_exit_usage;
}

}  // namespace myoivig::cli
