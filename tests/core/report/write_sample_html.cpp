// Writes an HTML report for the browser test (chromium_render_test.sh): the
// hand-built report with its hostile names and free texts. The browser test
// checks what a person would see: the page renders, nothing runs, nothing is
// fetched.
#include <fstream>
#include <iostream>

#include "report_fixture.hpp"
#include "report_renderers.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " OUT.html\n";
        return 1;
    }
    std::ofstream out(argv[1], std::ios::binary);
    sonda::report_detail::write_report_html(sonda::testing::hand_built_report(), nullptr, nullptr,
                                            "en", out);
    out.close();
    if (!out) {
        std::cerr << argv[0] << ": cannot write " << argv[1] << '\n';
        return 1;
    }
    return 0;
}
