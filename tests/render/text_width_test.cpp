// chart::text_width against pango itself, in the font the renderer draws
// with: core lays out labels with the first, cairo draws with the second, and
// a label wider on the page than in the layout would overlap its neighbour.
#include "sonda/chart/text_width.hpp"

#include <catch2/catch.hpp>

#include "sonda/render/file_renderer.hpp"

TEST_CASE("[render] text_width is never narrower than pango's text, and close to it", "[render]") {
    const char* samples[] = {
        "Società della Salute Pistoiese",
        "Consolidamento e sviluppo",
        "Collaborazione attuale con Neuropsichiatria Infantile (UFSMIA)",
        "Piana di Lucca",
        "WWW MMM AVA To Ty",
        "perché più già è così",
        "Punto: il cambiamento tra chi ha risposto entrambe le volte (n = coppie)",
        "n 11",
        "+0,90",
        "Comune di Livorno · Laboratorio 1 → Follow-up"};
    for (const char* sample : samples)
        for (bool bold : {false, true})
            for (double size : {12.0, 15.0, 24.0}) {
                const double estimate = sonda::chart::text_width(sample, size, bold);
                const double drawn = sonda::render::drawn_text_width(sample, size, bold);
                INFO(sample << " at " << size << (bold ? " bold" : ""));
                CHECK(drawn <= estimate + 0.5);
                // Only "→" (a full em in the estimate) may make it much wider.
                CHECK(estimate <= drawn * 1.06 + 2);
            }
}
