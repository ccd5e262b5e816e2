#include "sonda/render/file_renderer.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include <cmath>
#include <memory>

#include "scene_painter.hpp"
#include "sonda/error.hpp"

namespace sonda::render {

namespace {

cairo_status_t write_to_stream(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::ostream*>(closure);
    out->write(reinterpret_cast<const char*>(data), length);
    return *out ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

using SurfacePtr = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
using ContextPtr = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;

void check(cairo_status_t status, const char* what) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw StorageError(std::string("could not write the ") + what + ": " +
                           cairo_status_to_string(status));
}

SurfacePtr vector_surface(FileFormat format, double width, double height, std::ostream& out) {
    cairo_surface_t* surface =
        format == FileFormat::Pdf
            ? cairo_pdf_surface_create_for_stream(write_to_stream, &out, width, height)
            : cairo_svg_surface_create_for_stream(write_to_stream, &out, width, height);
    if (format == FileFormat::Pdf)
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5);
    return SurfacePtr(surface, cairo_surface_destroy);
}

void write_png(const chart::Scene& scene, int png_width, std::ostream& out) {
    if (png_width < 16 || png_width > 16384)
        throw UsageError("a PNG is 16 to 16384 pixels wide, not " + std::to_string(png_width));
    const double scale = png_width / scene.width;
    const int height = std::max(1, static_cast<int>(std::lround(scene.height * scale)));
    SurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, png_width, height),
                       cairo_surface_destroy);
    check(cairo_surface_status(surface.get()), "PNG");
    ContextPtr cairo(cairo_create(surface.get()), cairo_destroy);
    cairo_scale(cairo.get(), scale, scale);
    paint_scene(cairo.get(), scene);
    check(cairo_status(cairo.get()), "PNG");
    check(cairo_surface_write_to_png_stream(surface.get(), write_to_stream, &out), "PNG");
}

}  // namespace

std::optional<FileFormat> file_format_named(std::string_view name) {
    if (name == "png") return FileFormat::Png;
    if (name == "pdf") return FileFormat::Pdf;
    if (name == "svg") return FileFormat::Svg;
    return std::nullopt;
}

void write_scene(const chart::Scene& scene, FileFormat format, int png_width, std::ostream& out) {
    if (format == FileFormat::Png) return write_png(scene, png_width, out);
    SurfacePtr surface = vector_surface(format, scene.width, scene.height, out);
    {
        ContextPtr cairo(cairo_create(surface.get()), cairo_destroy);
        paint_scene(cairo.get(), scene);
        check(cairo_status(cairo.get()), format == FileFormat::Pdf ? "PDF" : "SVG");
    }
    cairo_surface_finish(surface.get());
    check(cairo_surface_status(surface.get()), format == FileFormat::Pdf ? "PDF" : "SVG");
}

void write_pdf_pages(const std::vector<chart::Scene>& pages, std::ostream& out) {
    if (pages.empty()) throw UsageError("a PDF needs at least one page");
    SurfacePtr surface =
        vector_surface(FileFormat::Pdf, pages.front().width, pages.front().height, out);
    {
        ContextPtr cairo(cairo_create(surface.get()), cairo_destroy);
        for (const chart::Scene& page : pages) {
            cairo_pdf_surface_set_size(surface.get(), page.width, page.height);
            paint_scene(cairo.get(), page);
            cairo_show_page(cairo.get());
        }
        check(cairo_status(cairo.get()), "PDF");
    }
    cairo_surface_finish(surface.get());
    check(cairo_surface_status(surface.get()), "PDF");
}

}  // namespace sonda::render
