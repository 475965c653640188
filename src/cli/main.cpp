// The myoivig command line: everything happens in cli::run (cli/app.cpp).
#include "cli/app.hpp"

int main(int argc, char** argv) {
  return myoivig::cli::run(argc, argv);
}
