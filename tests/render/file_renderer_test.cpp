// Scenes into PNG, PDF and SVG through cairo: the files are what they claim,
// of the size asked for, with the text in them.
#include "sonda/render/file_renderer.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "png_header.hpp"
#include "sonda/error.hpp"

using namespace sonda;
using namespace sonda::chart;
using namespace sonda::render;

namespace {

Scene sample_scene() {
    Scene scene{400, 200, {}};
    scene.add(Rect{10, 10, 100, 50, Colour{200, 0, 0}, Stroke{Colour{0, 0, 0}, 1}});
    scene.add(Circle{{200, 100}, 30, std::nullopt, Stroke{Colour{0, 0, 200}, 2, true}});
    scene.add(Polygon{{{300, 20}, {380, 20}, {340, 80}}, Colour{0, 150, 0, 0.5}, std::nullopt});
    scene.add_arrow({20, 150}, {180, 150}, Stroke{Colour{0, 0, 0}, 2}, 10);
    scene.add(Text{{200, 190}, "Società della Salute", 14, Colour{}, Anchor::Middle, true});
    return scene;
}

}  // namespace

TEST_CASE("[render] a PNG is as wide as asked, its height in the scene's proportion", "[render]") {
    for (int width : {16, 640, 1280, 1921}) {
        std::ostringstream out;
        write_scene(sample_scene(), FileFormat::Png, width, out);
        const std::string png = out.str();
        REQUIRE(png.size() > 24);
        CHECK(png.substr(1, 3) == "PNG");
        CHECK(png.substr(12, 4) == "IHDR");
        CHECK(sonda::test::png_width(png) == static_cast<std::uint32_t>(width));
        CHECK(sonda::test::png_height(png) == static_cast<std::uint32_t>(std::lround(width / 2.0)));
    }
    std::ostringstream out;
    CHECK_THROWS_AS(write_scene(sample_scene(), FileFormat::Png, 8, out), UsageError);
}

TEST_CASE("[render] PDF and SVG are vector files of the scene's size in points", "[render]") {
    std::ostringstream pdf;
    write_scene(sample_scene(), FileFormat::Pdf, 0, pdf);
    CHECK(pdf.str().rfind("%PDF-1.5", 0) == 0);
    CHECK(pdf.str().find("/MediaBox [ 0 0 400 200 ]") != std::string::npos);
    std::ostringstream svg;
    write_scene(sample_scene(), FileFormat::Svg, 0, svg);
    CHECK(svg.str().find("<svg") != std::string::npos);
    CHECK(svg.str().find("width=\"400pt\"") != std::string::npos);
}

TEST_CASE("[render] a document of pages is one PDF with a page each", "[render]") {
    std::ostringstream pdf;
    write_pdf_pages({sample_scene(), sample_scene(), sample_scene()}, pdf);
    std::size_t pages = 0;
    // cairo writes each page object as "<< /Type /Page % <number>".
    for (std::size_t at = pdf.str().find("/Type /Page %"); at != std::string::npos;
         at = pdf.str().find("/Type /Page %", at + 1))
        ++pages;
    CHECK(pages == 3);
    std::ostringstream none;
    CHECK_THROWS_AS(write_pdf_pages({}, none), UsageError);
}

TEST_CASE("[render] file formats are named as the CLI takes them", "[render]") {
    CHECK(file_format_named("png") == FileFormat::Png);
    CHECK(file_format_named("pdf") == FileFormat::Pdf);
    CHECK(file_format_named("svg") == FileFormat::Svg);
    CHECK_FALSE(file_format_named("jpeg"));
    CHECK_FALSE(file_format_named("PNG"));
}
