// nianbao: a thin main over the compiler library — parse the command line,
// run the command, map problems to the exit codes of OUTPUT.md §1.
#include "cli/compile_command.hpp"
#include "cli/lint_command.hpp"
#include "cli/options.hpp"
#include "cli/rules_command.hpp"
#include "cli/version.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>

#if defined(__SANITIZE_ADDRESS__)
#define NIANBAO_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NIANBAO_ADDRESS_SANITIZER 1
#endif
#endif

namespace {

int run(int argc, char** argv) {
    using namespace nianbao::cli;
    try {
        const Options options = parse_options(argc, argv);
        switch (options.command) {
            case Command::help: std::cout << usage_text(); return 0;
            case Command::version: std::cout << "nianbao " << nianbao::version << '\n'; return 0;
            case Command::compile: return run_compile(options.compile);
            case Command::lint: return run_lint(options.lint);
            case Command::rules: return run_rules(options.rules);
        }
    } catch (const UsageError& e) {
        std::cerr << "nianbao: " << e.what() << "\n(see nianbao --help)\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "nianbao: internal error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

}  // namespace

// The output flushed, the process ends without running destructors: what it
// holds goes back to the system at once (freeing a large report's model and
// the label tables took half a millisecond). Outputs are complete by then:
// files are committed before their command returns. Under AddressSanitizer it
// ends normally, so that the leak check still runs.
int main(int argc, char** argv) {
    const int code = run(argc, argv);
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
#if defined(NIANBAO_ADDRESS_SANITIZER)
    return code;
#else
    std::_Exit(code);
#endif
}
