// GET /api/v1/reports/{form}?from=&to=&by=territory|role|none&format=json|html&lang=
// The change report `sonda report` makes (build_report), from the form's
// protected table: small groups and the groups that would reveal them by
// subtraction are withheld, always; the server has no --no-suppression and
// no lower --min-cell. A coordinator reads the whole community's report,
// which is what the protected table exists for.
#include <iostream>
#include <sstream>

#include "handlers.hpp"
#include "problem.hpp"
#include "security_headers.hpp"
#include "sonda/access/access_control.hpp"
#include "sonda/report/report.hpp"

namespace sonda::server {

namespace {

GroupBy group_by(const std::string& by) {
    if (by == "territory") return GroupBy::Territory;
    if (by == "role") return GroupBy::Role;
    if (by == "none") return GroupBy::None;
    throw HttpProblem(400, "by must be territory, role or none, not '" + by + "'");
}

void require_wave(const Study& study, const std::string& wave, const char* name) {
    if (!wave.empty() && !study.wave(wave))
        throw HttpProblem(400, std::string(name) + ": no wave '" + wave + "' in the study");
}

}  // namespace

void get_report(Exchange& exchange) {
    const Principal& principal = exchange.who();
    exchange.require(principal.reads_reports(), "this account cannot read reports");
    for (const auto& [name, value] : exchange.query_parameters())
        if (name != "from" && name != "to" && name != "by" && name != "format" && name != "lang")
            throw HttpProblem(
                400, "unknown query parameter '" + name + "' (known: from, to, by, format, lang)");
    const std::string format = exchange.query("format").value_or("json");
    if (format != "json" && format != "html")
        throw HttpProblem(400, "format must be json or html, not '" + format + "'");
    Project& project = exchange.project();
    ReportRequest request;
    request.form = project.form(exchange.path.at("form")).id;
    request.from_wave = exchange.query("from").value_or("");
    request.to_wave = exchange.query("to").value_or("");
    require_wave(project.study(), request.from_wave, "from");
    require_wave(project.study(), request.to_wave, "to");
    request.by = group_by(exchange.query("by").value_or("territory"));
    request.language = exchange.query("lang").value_or("en");
    if (request.language != "en" && request.language != "it")
        throw HttpProblem(400, "lang must be en or it");
    const Report report = build_report(project, request);
    for (const std::string& warning : report_warnings(report))
        std::cerr << "sonda-server: report " << request.form << ": " << warning << '\n';
    AuditEvent event{principal.name, "report.read", request.form,
                     report.from_wave + " " + report.to_wave + " " + format, exchange.client};
    project.store().access().append_audit(event);
    std::ostringstream out;
    if (format == "json") {
        exchange.send_json(*report_to_json(report));
        return;
    }
    write_report_html(report, project, request.language, out);
    allow_html_styles(exchange.response);
    exchange.send_text(out.str(), "text/html; charset=utf-8");
}

}  // namespace sonda::server
