#include "objectives_monitoring/messages.hpp"

namespace sonda::objectives {

namespace {

constexpr i18n::Message kEnglish[] = {
    {"objectives-monitoring.summary.title", "Improvement objectives in %s"},
    {"objectives-monitoring.summary.counts",
     "%lld achieved, %lld under way, %lld stalled, %lld new, %lld removed."},
    {"objectives-monitoring.summary.stalled", "stalled"},
    {"objectives-monitoring.summary.new", "new"},
};

constexpr i18n::Message kItalian[] = {
    {"objectives-monitoring.summary.title", "Obiettivi di miglioramento in %s"},
    {"objectives-monitoring.summary.counts",
     "%lld raggiunti, %lld in corso, %lld fermi, %lld nuovi, %lld tolti."},
    {"objectives-monitoring.summary.stalled", "fermo"},
    {"objectives-monitoring.summary.new", "nuovo"},
};

}  // namespace

std::span<const i18n::Message> messages_en() { return kEnglish; }
std::span<const i18n::Message> messages_it() { return kItalian; }

void add_messages() {
    i18n::Catalogue::instance().add("en", kEnglish);
    i18n::Catalogue::instance().add("it", kItalian);
}

}  // namespace sonda::objectives
