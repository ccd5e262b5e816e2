// What sonda says about a form definition it refuses, in English: the form
// file's structure, its items and the core item types' keys (`sonda forms
// validate`, `sonda init`). Keys and printf placeholders match
// messages_definition_it.cpp (tests/core/i18n checks it).
#include "sonda/i18n/catalogue.hpp"

namespace sonda::i18n {

namespace {

constexpr Message kMessages[] = {
    // Any key of a definition.
    {"definition.missing_key", "missing '%s'"},
    {"definition.wrong_type", "must be %s, found %s"},
    {"definition.a_string", "a string"},
    {"definition.an_integer", "an integer"},
    {"definition.a_number", "a number"},
    {"definition.true_or_false", "true or false"},
    {"definition.an_object", "an object"},
    {"definition.an_array", "an array"},
    {"definition.unknown_key", "unknown key '%s' (expected %s)"},
    {"definition.not_empty", "must not be empty"},
    {"definition.not_whole", "must be a whole number, found %s"},
    // Texts in several languages.
    {"definition.text_or_languages",
     "must be a text or an object of texts by language such as {\"it\": \"...\", \"en\": "
     "\"...\"}, found %s"},
    {"definition.no_language_text", "must give the text in at least one language"},
    {"definition.not_language_code", "'%s' is not a language code such as it or en"},
    {"definition.no_text_in", "no text in '%s' (the file declares languages %s)"},
    {"definition.language_code", "must be a language code such as \"it\" or \"en\", found %s"},
    {"definition.listed_twice", "'%s' is listed twice"},
    {"definition.no_languages", "must list at least one language"},
    // The form and its items.
    {"definition.form_id",
     "'%s' is not a valid form id: use lower-case letters a-z, digits, - and _ (at most 64)"},
    {"definition.form_version", "must be a whole number from 1 to %lld, found %lld"},
    {"definition.instrument_id",
     "'%s' is not an instrument id: at most %zu lower-case letters, digits, '-' and '_', such as "
     "my-instrument"},
    {"definition.no_items", "must list at least one item"},
    {"definition.item_not_object",
     "must be an object {\"id\", \"type\", \"label\", ...}, found %s"},
    {"definition.item_id",
     "'%s' is not a valid item id: use lower-case letters a-z, digits and _ (at most 64)"},
    {"definition.item_twice", "duplicate item id '%s' (also at %s)"},
    {"definition.unknown_item_type",
     "unknown item type '%s'; known types: %s (a plugin's type needs that plugin loaded: see "
     "`sonda plugins`)"},
    {"definition.instrument_not_loaded",
     "the instrument '%s' is not loaded; loaded instruments: %s (see `sonda plugins`)"},
    {"definition.not_form_folder", "not a folder of form files"},
    {"definition.not_regular_file",
     "skipped: not a regular file (a FIFO, device, socket or broken link)"},
    {"definition.cannot_list_folder", "cannot list the folder: %s"},
    {"definition.form_defined_twice", "form '%s' version %d is also defined in %s"},
    // An item's keys.
    {"definition.limit_range", "must be from 1 to %zu, found %lld"},
    {"definition.labels_twice", "give the point labels once, in 'labels' or in 'scale', not both"},
    {"definition.no_choices", "must list at least one {\"value\", \"label\"}"},
    {"definition.choice_not_object",
     "must be an object {\"value\": ..., \"label\": ...}, found %s"},
    {"definition.value_spaces", "'%s' starts or ends with white space"},
    {"definition.value_separator",
     "'%s' contains '|' or a line break, which separate values in CSV cells"},
    {"definition.value_too_long", "is longer than %zu characters"},
    {"definition.value_twice", "duplicate value '%s' (also at %s)"},
    {"definition.cell_twice",
     "give the cell once, as \"cell\": {\"type\": ...} or as \"cell_type\", not both"},
    {"definition.max_not_above_min", "max (%s) must be greater than min (%s)"},
    // The core item types.
    {"definition.choice.no_choices",
     "missing 'choices': a choice item needs a list of {\"value\", \"label\"}"},
    {"definition.likert.no_bound", "missing '%s': a likert scale needs min and max"},
    {"definition.likert.bound_range", "must be a whole number from %lld to %lld, found %s"},
    {"definition.likert.too_many_points",
     "a likert scale has at most %lld points; %lld..%lld has %lld"},
    {"definition.likert.not_point", "'%s' is not a point of the scale (%lld..%lld)"},
    {"definition.likert.point_outside", "point %s is outside the scale %lld..%lld"},
    {"definition.likert.labelled_twice", "point %lld is labelled twice"},
    {"definition.matrix.no_list",
     "missing '%s': a matrix needs rows and columns, each a list of {\"value\", \"label\"}"},
    {"definition.matrix.no_cell",
     "missing 'cell': a matrix needs {\"type\": %s, plus that type's keys}"},
    {"definition.matrix.cell_type", "a matrix cell cannot be of type '%s'; it may be %s"},
    {"definition.number.whole_range", "must be from %lld to %lld for whole numbers, found %s"},
    // The study file (study_loader.cpp, study_references.cpp).
    {"definition.study.kind.study", "study"},
    {"definition.study.kind.territory", "territory"},
    {"definition.study.kind.role", "role"},
    {"definition.study.kind.service", "service"},
    {"definition.study.kind.wave", "wave"},
    {"definition.study.kind.code_part", "code part"},
    {"definition.study.one.territory", "one territory"},
    {"definition.study.one.role", "one role"},
    {"definition.study.one.service", "one service"},
    {"definition.study.one.wave", "one wave"},
    {"definition.study.one.code_part", "one code part"},
    {"definition.study.id",
     "'%s' is not a valid %s id: use lower-case letters a-z, digits, - and _ (at most 64)"},
    {"definition.study.at_least_one", "must list at least %s"},
    {"definition.study.id_twice", "duplicate %s id '%s' (also at %s)"},
    {"definition.study.min_cell", "must be a whole number from 1 to %lld, found %lld"},
    {"definition.study.not_date", "'%s' is not a date written YYYY-MM-DD"},
    {"definition.study.order_range", "must be a whole number from 1 to 1000000, found %lld"},
    {"definition.study.no_order",
     "has no 'order' while other waves have one: give every wave an order, or none (then they "
     "follow their dates)"},
    {"definition.study.order_twice", "order %d is also given at %s"},
    {"definition.study.letters_or_digits",
     "give either \"letters\" or \"digits\": how many of them this part of the code has"},
    {"definition.study.part_length", "must be a whole number from 1 to 8, found %lld"},
    {"definition.study.code_too_long",
     "the code would be %d characters long; respondent codes have at most 32"},
    {"definition.study.services_unknown",
     "takes the study's services (%s), known only with the study: check it with --study FILE, "
     "or load it through `sonda init`"},
    {"definition.study.placeholder", "(the study's services)"},
    {"definition.study.service_written_too",
     "the study's services include '%s', which this list also writes out at %s: remove one of the "
     "two"},
    {"definition.study.no_services",
     "takes the study's services (%s), but study '%s' declares none: add them to its "
     "\"services\""},
    // sonda forms validate.
    {"definition.init.created",
     "created %s: study %s (%zu territories, %zu roles, %zu services, %zu waves), %zu forms"},
    {"definition.init.updated",
     "updated %s: study %s (%zu territories, %zu roles, %zu services, %zu waves), %zu forms"},
    {"definition.init.form", "  form %s v%d (%s)"},
    {"definition.form.unknown", "unknown form '%s'%s; known forms: %s"},
    {"definition.form.version", " version %d"},
    {"definition.validate.ok", "ok (form %s v%d, plugin %s, %zu items)"},
    {"definition.validate.invalid", "%zu of %zu form files invalid"},
    // Reading a definition file (text_file.cpp). The system's own reason stays
    // in brackets, in its language: the sentence before it says what failed.
    {"definition.file.form", "the form file"},
    {"definition.file.study", "the study file"},
    {"definition.file.unreadable", "cannot read %s: %s"},
    {"definition.file.missing", "the file does not exist"},
    {"definition.file.folder", "this is a folder, not a file"},
    {"definition.file.cannot_open", "the system could not open it (%s)"},
    {"definition.file.cannot_read", "the system could not read it (%s)"},
    {"definition.file.too_long", "%s is %s bytes long; at most %zu are accepted"},
    {"definition.file.more_than", "more than %zu"},
    // The declarative instrument's scores and bands (core/src/declarative).
    {"definition.declarative.band_not_object",
     "must be a band {\"id\", \"label\", \"from\", \"to\"}, found %s"},
    {"definition.declarative.band_id",
     "'%s' is not a band id: use lower-case letters a-z, digits, - and _ (at most 64)"},
    {"definition.declarative.band_reversed",
     "band '%s' runs from %s to %s; `from` must be below `to`"},
    {"definition.declarative.bands_not_array",
     "must be an array of bands {\"id\", \"label\", \"from\", \"to\"}, found %s"},
    {"definition.declarative.bands_empty",
     "lists no band; leave the key out when the score has no bands (an empty list only opts a "
     "score out of the form's shared `bands`)"},
    {"definition.declarative.band_twice", "band id '%s' is used twice"},
    {"definition.declarative.band_overlap",
     "band '%s' starts at %s, below the end of band '%s' (%s): bands must be ordered low to high "
     "without overlap"},
    {"definition.declarative.band_below_range",
     "band '%s' starts at %s, below the range of score '%s' (%s)"},
    {"definition.declarative.band_above_range",
     "band '%s' ends at %s, above the range of score '%s' (%s)"},
    {"definition.declarative.no_scores",
     "missing 'scores': a declarative form declares its scores there, each a mean or sum of items "
     "(docs/instruments/declarative.md)"},
    {"definition.declarative.scores_empty",
     "lists no score: a declarative form declares at least one"},
    {"definition.declarative.shared_bands_unused",
     "every score declares its own `bands`, so the form's `bands` serve none; remove them, or a "
     "score's own"},
    {"definition.declarative.score_not_object",
     "must be a score {\"id\", \"label\", \"method\", \"items\", \"improvement\", ...}, found %s"},
    {"definition.declarative.score_id",
     "'%s' is not a score id: use lower-case letters a-z, digits and _ (at most 64)"},
    {"definition.declarative.score_twice", "duplicate score id '%s' (also at %s)"},
    {"definition.declarative.method_unknown", "unknown method '%s'; expected mean or sum"},
    {"definition.declarative.improvement_unknown",
     "unknown direction '%s'; expected higher (more is better), lower (less is better) or neither"},
    {"definition.declarative.items_empty",
     "lists no item: a score is made of likert or number items"},
    {"definition.declarative.item_not_id", "must be an item id, found %s"},
    {"definition.declarative.item_unknown", "unknown item '%s'; the form's items are: %s"},
    {"definition.declarative.item_not_numeric",
     "item '%s' is a %s item; a score is made of likert and number items, whose answers are "
     "numbers"},
    {"definition.declarative.item_twice", "item '%s' is listed twice"},
    {"definition.declarative.reversed_not_in_score",
     "item '%s' is reversed but is not one of this score's items; list it in `items` too"},
    {"definition.declarative.reversed_no_range",
     "item '%s' has no min and max: a reversed answer is min + max - answer, so give the item "
     "both"},
    {"definition.declarative.min_answered_low", "must be at least 1, found %lld"},
    {"definition.declarative.min_answered_high.one",
     "is %lld but the score has only %zu item: it could never be computed"},
    {"definition.declarative.min_answered_high.other",
     "is %lld but the score has only %zu items: it could never be computed"},
    {"definition.declarative.item_no_range", "item '%s' has no min and max"},
    {"definition.declarative.item_other_scale", "item '%s' runs %s but '%s' runs %s"},
    {"definition.declarative.prorated_scale",
     "a sum with fewer than all items answered is prorated (the mean of the answered items times "
     "%zu), which needs every item on one scale, and %s; set min_answered to %zu or use method "
     "mean"},
    {"definition.declarative.min_too_high",
     "is %s but the score can be as low as %s (from its items' scales); the range must hold every "
     "value the score can take"},
    {"definition.declarative.max_too_low",
     "is %s but the score can be as high as %s (from its items' scales); the range must hold every "
     "value the score can take"},
    {"definition.declarative.range_empty",
     "the score's range %s..%s is empty: `min` must be below `max`"},
    {"definition.declarative.bands_no_range",
     "score '%s' has bands (at %s) but no range: its items have no min and max, so give the score "
     "`min` and `max`"},
    {"definition.init.form_conflict",
     "%s. The study itself is stored; to store only the study, give --forms an empty folder"},
};

}  // namespace

std::span<const Message> core_definition_messages_en() { return kMessages; }

}  // namespace sonda::i18n
