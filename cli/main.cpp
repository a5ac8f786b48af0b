// nianbao: a thin main over the compiler library — parse the command line,
// run the command, map problems to the exit codes of OUTPUT.md §1.
#include "cli/compile_command.hpp"
#include "cli/diff_command.hpp"
#include "cli/lint_command.hpp"
#include "cli/options.hpp"
#include "cli/rules_command.hpp"
#include "cli/version.hpp"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    using namespace nianbao::cli;
    if (argc <= 1) {
        // No command is a mistake, not a request for help: the help goes
        // where mistakes go, and the status says so.
        std::cerr << usage_text();
        return 2;
    }
    try {
        const Options options = parse_options(argc, argv);
        switch (options.command) {
            case Command::help: std::cout << usage_text(); return 0;
            case Command::version: std::cout << "nianbao " << nianbao::version << '\n'; return 0;
            case Command::compile: return run_compile(options.compile);
            case Command::lint: return run_lint(options.lint);
            case Command::rules: return run_rules(options.rules);
            case Command::diff: return run_diff(options.diff);
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
