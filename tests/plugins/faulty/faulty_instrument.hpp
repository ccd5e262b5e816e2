// A plugin that fails on purpose, for the tests of the host's guard
// (docs/plugins.md, "When a plugin fails"). Its form says how to fail with the
// root key "fault"; the fault strikes only responses whose q1 is 1 (the
// "trigger"), so that one file holds rows that pass and rows that do not. It
// is built into a folder of its own (tests/faulty_plugins), never next to the
// real plugins: `sonda plugins` finds it only through SONDA_PLUGIN_PATH.
//
// Faults of the form: throw_in_check_form, throw_in_definitions, missing_item,
// duplicate_score, empty_range, bad_bands, band_outside (refused when the form
// is loaded);
// throw_in_validate, throw_in_score, throw_other, too_few_scores,
// unknown_score, nan, infinity, out_of_range (on the trigger response);
// throw_in_start, throw_in_wants, throw_in_add, throw_in_finish, nan_in_finish
// (while a report compares); throw_in_section (its report section, in the
// text and HTML report and the summary, after writing a part), throw_in_chart
// (its chart "faulty-count"). Item type faulty_text: the answer "explode"
// makes validate_answer, parse_cell and format_cell throw; "refuse" makes
// parse_cell refuse the cell as its contract allows.
//
// Its version is FAULTY_PLUGIN_VERSION from the environment (default 0.1.0),
// so one module stands for several releases: 0.2.0 scores "total" as the
// larger of q1 and q2 instead of their mean; 0.3.0 does too, and throws in
// score() on the trigger response whatever the form says.
#pragma once

#include "sonda/plugin/plugin_api.hpp"

namespace faulty {

const char* version();
void register_parts(sonda::PluginContext& plugin);

}  // namespace faulty
