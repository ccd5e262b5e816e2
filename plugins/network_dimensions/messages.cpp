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
    // The dashboard panels and the map editor (panels/).
    {"panel.network-dimensions.dimensions", "Network dimensions"},
    {"panel.network-dimensions.map", "Network map"},
    {"network-dimensions.all_territories", "All territories"},
    {"network-dimensions.dimensions.legend",
     "end point coloured by band; shaded bar: 95% interval of the change"},
    {"network-dimensions.map.count.inward.one", "%lld moved inward"},
    {"network-dimensions.map.count.inward.other", "%lld moved inward"},
    {"network-dimensions.map.count.outward.one", "%lld moved outward"},
    {"network-dimensions.map.count.outward.other", "%lld moved outward"},
    {"network-dimensions.map.count.appeared.one", "%lld appeared"},
    {"network-dimensions.map.count.appeared.other", "%lld appeared"},
    {"network-dimensions.map.count.disappeared.one", "%lld disappeared"},
    {"network-dimensions.map.count.disappeared.other", "%lld disappeared"},
    {"network-dimensions.map.count.unchanged.one", "%lld on the same ring"},
    {"network-dimensions.map.count.unchanged.other", "%lld on the same ring"},
    {"network-dimensions.map.unclassified.one",
     "%lld with a wave withheld (fewer than %d placed it): no move shown"},
    {"network-dimensions.map.unclassified.other",
     "%lld with a wave withheld (fewer than %d placed them): no move shown"},
    {"network-dimensions.map.withheld_actors.one",
     "%lld more not shown: placed by fewer than %d respondents"},
    {"network-dimensions.map.withheld_actors.other",
     "%lld more not shown: placed by fewer than %d respondents"},
    {"network-dimensions.map.ring", "ring %s → %s"},
    {"network-dimensions.map.placed_by", "placed by %s → %s"},
    {"network-dimensions.map.fewer", "fewer than %d"},
    {"network-dimensions.map.move_hidden", "move not shown: a wave is withheld"},
    {"network-dimensions.editor.centre_hint", "my service (centre)"},
    {"network-dimensions.editor.name", "name"},
    {"network-dimensions.editor.ring", "ring"},
    {"network-dimensions.editor.remove", "remove"},
    {"network-dimensions.editor.add", "+ actor"},
    // The report section's tables (section_tables.cpp).
    {"network-dimensions.section.bands", "Respondents in each band"},
    {"network-dimensions.section.bands_note",
     "How many respondents each dimension's score put in each band: %s → %s."},
    {"network-dimensions.section.actors", "The actors of the map"},
    {"network-dimensions.section.actor", "Actor"},
    {"network-dimensions.section.ring", "ring"},
    {"network-dimensions.section.ring_heading", "Ring"},
    {"network-dimensions.section.placed_by_heading", "Placed by"},
    {"network-dimensions.section.placed_by", "placed by"},
    {"network-dimensions.section.move", "Move"},
    {"network-dimensions.section.respondents", "Respondents"},
    {"network-dimensions.section.missing", "(%s → %s without a score)"},
    {"network-dimensions.section.drew", "Respondents who drew the map: %d → %d."},
    {"network-dimensions.section.paired",
     "Of the %d who drew it at both waves, %d changed it: %d moves inward, %d outward, %d actors "
     "added, %d removed, %d left on their ring."},
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
    // The dashboard panels and the map editor (panels/).
    {"panel.network-dimensions.dimensions", "Dimensioni della rete"},
    {"panel.network-dimensions.map", "Mappa di rete"},
    {"network-dimensions.all_territories", "Tutti i territori"},
    {"network-dimensions.dimensions.legend",
     "punto finale colorato per fascia; barra ombreggiata: intervallo al 95% della variazione"},
    {"network-dimensions.map.count.inward.one", "%lld verso il centro"},
    {"network-dimensions.map.count.inward.other", "%lld verso il centro"},
    {"network-dimensions.map.count.outward.one", "%lld verso l'esterno"},
    {"network-dimensions.map.count.outward.other", "%lld verso l'esterno"},
    {"network-dimensions.map.count.appeared.one", "%lld comparso"},
    {"network-dimensions.map.count.appeared.other", "%lld comparsi"},
    {"network-dimensions.map.count.disappeared.one", "%lld scomparso"},
    {"network-dimensions.map.count.disappeared.other", "%lld scomparsi"},
    {"network-dimensions.map.count.unchanged.one", "%lld nello stesso cerchio"},
    {"network-dimensions.map.count.unchanged.other", "%lld nello stesso cerchio"},
    {"network-dimensions.map.unclassified.one",
     "%lld con una rilevazione oscurata (collocato da meno di %d): spostamento non mostrato"},
    {"network-dimensions.map.unclassified.other",
     "%lld con una rilevazione oscurata (collocati da meno di %d): spostamento non mostrato"},
    {"network-dimensions.map.withheld_actors.one",
     "%lld altro attore non mostrato: collocato da meno di %d rispondenti"},
    {"network-dimensions.map.withheld_actors.other",
     "altri %lld attori non mostrati: collocati da meno di %d rispondenti"},
    {"network-dimensions.map.ring", "cerchio %s → %s"},
    {"network-dimensions.map.placed_by", "collocato da %s → %s"},
    {"network-dimensions.map.fewer", "meno di %d"},
    {"network-dimensions.map.move_hidden", "spostamento non mostrato: una rilevazione è oscurata"},
    {"network-dimensions.editor.centre_hint", "il mio servizio (centro)"},
    {"network-dimensions.editor.name", "nome"},
    {"network-dimensions.editor.ring", "cerchio"},
    {"network-dimensions.editor.remove", "togli"},
    {"network-dimensions.editor.add", "+ attore"},
    {"network-dimensions.section.bands", "Rispondenti in ciascuna fascia"},
    {"network-dimensions.section.bands_note",
     "Quanti rispondenti il punteggio di ciascuna dimensione ha messo in ciascuna fascia: %s → "
     "%s."},
    {"network-dimensions.section.actors", "Gli attori della mappa"},
    {"network-dimensions.section.actor", "Attore"},
    {"network-dimensions.section.ring", "cerchio"},
    {"network-dimensions.section.ring_heading", "Cerchio"},
    {"network-dimensions.section.placed_by_heading", "Collocato da"},
    {"network-dimensions.section.placed_by", "collocato da"},
    {"network-dimensions.section.move", "Spostamento"},
    {"network-dimensions.section.respondents", "Rispondenti"},
    {"network-dimensions.section.missing", "(%s → %s senza punteggio)"},
    {"network-dimensions.section.drew", "Rispondenti che hanno disegnato la mappa: %d → %d."},
    {"network-dimensions.section.paired",
     "Tra chi l'ha disegnata in entrambe le rilevazioni (%d), %d l'hanno cambiata: %d spostamenti "
     "verso il centro, %d verso l'esterno, %d attori aggiunti, %d tolti, %d rimasti nel loro "
     "cerchio."},
};

}  // namespace

std::span<const i18n::Message> messages_en() { return kEnglish; }
std::span<const i18n::Message> messages_it() { return kItalian; }

void add_messages() {
    i18n::Catalogue::instance().add("en", kEnglish);
    i18n::Catalogue::instance().add("it", kItalian);
}

}  // namespace sonda::network_dimensions
