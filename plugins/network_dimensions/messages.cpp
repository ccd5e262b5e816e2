#include "messages.hpp"

namespace sonda::network_dimensions {

namespace {

constexpr i18n::Message kEnglish[] = {
    {"network-dimensions.chart.network-map", "Network map"},
    {"network-dimensions.chart.network-map.about",
     "the later wave's network map, each move since the earlier wave drawn as an arrow "
     "(network-dimensions)"},
    {"network-dimensions.chart.network-map.caption", "%s, with the moves since %s"},
    {"network-dimensions.chart.network-map.note",
     "Each actor sits on the median ring of those who placed it; an actor placed by fewer "
     "than the smallest group shown is not drawn."},
    // The network map's legend.
    {"network-dimensions.map.inward", "moved inward"},
    {"network-dimensions.map.outward", "moved outward"},
    {"network-dimensions.map.appeared", "appeared"},
    {"network-dimensions.map.disappeared", "disappeared"},
    {"network-dimensions.map.unchanged", "same ring"},
    {"network-dimensions.map.centre", "centre: your service"},
    {"network-dimensions.map.rings", "rings numbered from 1, the closest"},
    {"network-dimensions.map.arrow",
     "arrow: from the ring of the first wave to that of the second"},
    {"network-dimensions.map.between", "a dot on a line: the median falls between two rings"},
    {"network-dimensions.map.cut", "names cut with … are in full in the table below"},
};

constexpr i18n::Message kItalian[] = {
    {"network-dimensions.chart.network-map", "Mappa di rete"},
    {"network-dimensions.chart.network-map.about",
     "la mappa di rete della rilevazione più recente, ogni spostamento dalla precedente "
     "come freccia (network-dimensions)"},
    {"network-dimensions.chart.network-map.caption", "%s, con gli spostamenti da %s"},
    {"network-dimensions.chart.network-map.note",
     "Ogni attore sta sul cerchio mediano di chi lo ha collocato; un attore collocato da "
     "meno persone del gruppo minimo mostrato non è disegnato."},
    {"network-dimensions.map.inward", "verso il centro"},
    {"network-dimensions.map.outward", "verso l'esterno"},
    {"network-dimensions.map.appeared", "comparso"},
    {"network-dimensions.map.disappeared", "scomparso"},
    {"network-dimensions.map.unchanged", "stesso cerchio"},
    {"network-dimensions.map.centre", "centro: il vostro servizio"},
    {"network-dimensions.map.rings", "cerchi numerati da 1, il più vicino"},
    {"network-dimensions.map.arrow",
     "freccia: dal cerchio della prima rilevazione a quello della seconda"},
    {"network-dimensions.map.between", "un punto su una linea: la mediana cade tra due cerchi"},
    {"network-dimensions.map.cut", "i nomi tagliati con … sono per intero nella tabella sotto"},
};

}  // namespace

std::span<const i18n::Message> messages_en() { return kEnglish; }
std::span<const i18n::Message> messages_it() { return kItalian; }

void add_messages() {
    i18n::Catalogue::instance().add("en", kEnglish);
    i18n::Catalogue::instance().add("it", kItalian);
}

}  // namespace sonda::network_dimensions
