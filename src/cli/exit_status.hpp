// Exit statuses of the command-line contract (shared/DESIGN.md) and the one way a
// command reports an expected failure to the user.
#pragma once

#include <string_view>

#include "util/error.hpp"

namespace myoivig::cli {

constexpr int k_exit_success = 0;
constexpr int k_exit_findings = 1;  // the command ran but found problems
constexpr int k_exit_usage = 2;     // bad usage or bad input

// Prints "myoivig <command>: <message>" to stderr and returns k_exit_usage.
int report_error(std::string_view command, const util::Error& error);

}  // namespace myoivig::cli
