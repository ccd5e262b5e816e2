#include "sonda/gui/disclosure_text.hpp"

#include <cstdio>

namespace sonda::gui::disclosure {

namespace {

bool italian(const std::string& language) { return language == "it"; }

template <typename... Args>
std::string format(const char* pattern, Args... args) {
    const int size = std::snprintf(nullptr, 0, pattern, args...);
    std::string out(static_cast<std::size_t>(size < 0 ? 0 : size) + 1, '\0');
    std::snprintf(out.data(), out.size(), pattern, args...);
    out.resize(out.size() - 1);
    return out;
}

}  // namespace

std::string withheld_marker(Withheld why, int min_cell, const std::string& language) {
    if (why == Withheld::Protects)
        return italian(language) ? "oscurato a protezione di un altro gruppo"
                                 : "withheld to protect another group";
    return format(italian(language) ? "oscurato: meno di %d" : "withheld: fewer than %d", min_cell);
}

std::string withheld_reason(Withheld why, int min_cell, const std::string& language) {
    if (why == Withheld::Protects)
        return italian(language)
                   ? "Non mostrato perché un altro gruppo, più piccolo, non si possa ricavare per "
                     "differenza dalle cifre pubblicate; questo gruppo non è piccolo."
                   : "Withheld so that another, smaller group cannot be worked out by "
                     "subtraction from the published figures; this group itself is not small.";
    return format(italian(language)
                      ? "Non mostrato: mostrerebbe un gruppo di meno di %d persone, in una delle "
                        "due rilevazioni, tra chi ha risposto a entrambe o tra i pochi arrivati o "
                        "usciti tra l'una e l'altra."
                      : "Withheld: it would show a group of fewer than %d people, in one of the "
                        "two waves, among those who answered both, or among the few who came or "
                        "left between them.",
                  min_cell);
}

std::string suppression_off_banner(int study_min_cell, int shown_min_cell,
                                   const std::string& language) {
    return format(italian(language)
                      ? "OSCURAMENTO DEI PICCOLI GRUPPI DISATTIVATO: questa vista mostra gruppi "
                        "con meno di %d rispondenti (da %d in su). Solo per chi detiene i dati "
                        "grezzi: non condividerla, né le sue immagini, fuori dal gruppo di "
                        "valutazione."
                      : "SMALL-CELL SUPPRESSION IS OFF: this view shows groups of fewer than %d "
                        "respondents (from %d up). For raw data holders only: do not share it, "
                        "or pictures of it, outside the evaluation team.",
                  study_min_cell, shown_min_cell);
}

std::string small_groups_toggle(const std::string& language) {
    return italian(language) ? "Mostra i piccoli gruppi (solo chi detiene i dati grezzi)"
                             : "Show small groups (raw data holders only)";
}

std::string territory_subset_note(std::size_t chosen, std::size_t all,
                                  const std::string& language) {
    return format(italian(language)
                      ? "Tutti insieme: non mostrato per %zu territori su %zu. Un totale su una "
                        "parte dei territori non si pubblica: sottratto dal totale di tutti "
                        "potrebbe far ricavare un gruppo oscurato. Ogni territorio scelto è "
                        "mostrato da solo; per il totale spunta tutti i territori, o uno solo "
                        "per vedere quello."
                      : "Everyone together: not shown for %zu of %zu territories. A total over "
                        "part of the territories is not published: subtracted from the total "
                        "of all of them it could reveal a withheld group. Each chosen territory "
                        "is shown on its own; for the total tick every territory, or only one "
                        "to see that one.",
                  chosen, all);
}

std::string territory_subset_hint(const std::string& language) {
    return italian(language) ? "Il totale dei territori spuntati non è mostrato (potrebbe far "
                               "ricavare un gruppo oscurato): ciascuno è mostrato da solo."
                             : "The total of the ticked territories is not shown (it could "
                               "reveal a withheld group): each is shown on its own.";
}

std::string role_subset_note(std::size_t chosen, std::size_t all, const std::string& language) {
    return format(italian(language)
                      ? "Nessuna cifra: sono spuntati %zu ruoli su %zu. Un totale su una parte "
                        "dei ruoli non si pubblica, nemmeno per territorio: sottratto da un "
                        "altro totale potrebbe far ricavare un gruppo oscurato. Per vedere un "
                        "ruolo spunta solo quello (si vedono allora i territori per quel "
                        "ruolo), uno alla volta; oppure spunta tutti i ruoli."
                      : "No figures: %zu of %zu roles are ticked. A total over part of the "
                        "roles is not published, not even per territory: subtracted from "
                        "another total it could reveal a withheld group. To see a role, tick "
                        "only that one (the territories are then shown for that role), one at "
                        "a time; or tick every role.",
                  chosen, all);
}

}  // namespace sonda::gui::disclosure
