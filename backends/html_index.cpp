// The batch index: one row per report with the figures an analyst sorts by.
// The rows are in input order; a small script (optional: the page reads the
// same without it) sorts by a column on click, or by `#sort=KEY` / `#sort=-KEY`
// in the address, so a sorted view can be linked to.
#include "backends/html.hpp"

#include "backends/html_style.hpp"
#include "backends/html_writer.hpp"

#include <fmt/format.h>

namespace nianbao {

namespace {

using html::Writer;

struct Column {
    std::string_view key;
    std::string_view zh;
    std::string_view en;
    bool numeric;
};

constexpr Column columns[] = {
    {"n", "序号", "#", true},           {"agency", "机关", "Agency", false}, {"year", "年度", "Year", true},
    {"layout", "格式", "Layout", false}, {"errors", "错误", "Errors", true},  {"warnings", "警告", "Warnings", true},
    {"infos", "提示", "Infos", true},    {"path", "源文件", "Source file", false},
};

constexpr std::string_view sort_script = R"js(
(function () {
  var table = document.getElementById('reports');
  if (!table || !table.tHead || !table.tBodies.length) return;
  var heads = table.tHead.rows[0].cells;
  function value(row, col) {
    var cell = row.cells[col];
    var v = cell.getAttribute('data-value');
    return v === null ? cell.textContent.trim() : v;
  }
  function sort(col, ascending) {
    var numeric = heads[col].getAttribute('data-type') === 'number';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, col), y = value(b, col), r;
      if (numeric) {
        x = x === '' ? -Infinity : Number(x);
        y = y === '' ? -Infinity : Number(y);
        r = x < y ? -1 : x > y ? 1 : 0;
      } else {
        r = x.localeCompare(y, 'zh-CN');
      }
      return ascending ? r : -r;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute('aria-sort');
    heads[col].setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }
  function byKey(spec) {
    var descending = spec.charAt(0) === '-';
    var key = descending ? spec.slice(1) : spec;
    for (var i = 0; i < heads.length; i++)
      if (heads[i].getAttribute('data-key') === key) { sort(i, !descending); return; }
  }
  Array.prototype.forEach.call(heads, function (th, col) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      sort(col, ascending);
      history.replaceState(null, '', '#sort=' + (ascending ? '' : '-') + th.getAttribute('data-key'));
    });
  });
  var match = /^#sort=(-?[a-z]+)$/.exec(location.hash);
  if (match) byKey(match[1]);
})();
)js";

std::string count_text(std::size_t n) { return std::to_string(n); }

void write_row(Writer& out, const IndexEntry& entry, std::size_t number) {
    const bool failed = !entry.failure.empty();
    const std::string css = failed ? "failed" : entry.errors > 0 ? "has-errors" : "";
    out.open("tr", {{"class", css}});
    out.element("td", {{"class", "count"}}, count_text(number));
    const std::string name = entry.agency ? *entry.agency : entry.title ? *entry.title : entry.path;
    out.open("td", {{"data-value", name}});
    if (entry.href.empty()) {
        out.text(name);
    } else {
        out.open("a", {{"href", html::url_path(entry.href)}, {"title", entry.title.value_or("")}}).text(name).close("a");
    }
    if (failed) out.raw("<br>").element("span", {{"class", "failure"}}, entry.failure);
    out.close("td");
    const std::string year = entry.year ? std::to_string(*entry.year) : std::string();
    out.element("td", {{"class", "count"}}, year);
    out.element("td", {}, entry.layout);
    out.element("td", {{"class", "count errors"}}, failed ? "" : count_text(entry.errors));
    out.element("td", {{"class", "count"}}, failed ? "" : count_text(entry.warnings));
    out.element("td", {{"class", "count"}}, failed ? "" : count_text(entry.infos));
    out.element("td", {{"class", "path"}}, entry.path);
    out.close("tr").raw("\n");
}

}  // namespace

IndexEntry index_entry(const Report& report, std::string href) {
    IndexEntry entry;
    entry.href = std::move(href);
    entry.path = report.source.path;
    entry.title = report.title;
    entry.agency = report.agency;
    entry.year = report.year;
    entry.layout = std::string(document_layout(report));
    for (const auto& d : report.diagnostics) {
        switch (d.severity) {
            case Severity::error: ++entry.errors; break;
            case Severity::warning: ++entry.warnings; break;
            case Severity::info: ++entry.infos; break;
        }
    }
    return entry;
}

std::string render_html_index(const std::vector<IndexEntry>& entries, const HtmlOptions& options) {
    const bool en = options.lang == Lang::en;
    std::size_t with_errors = 0;
    std::size_t failed = 0;
    for (const auto& e : entries) {
        failed += e.failure.empty() ? 0 : 1;
        with_errors += e.failure.empty() && e.errors > 0 ? 1 : 0;
    }
    Writer out;
    out.raw("<!DOCTYPE html>\n<html lang=\"").raw(en ? "en" : "zh-CN").raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .element("title", {}, en ? fmt::format("Annual disclosure reports ({})", entries.size())
                                 : fmt::format("政府信息公开工作年度报告（{} 份）", entries.size()))
        .raw("\n<style>")
        .raw(html::index_css())
        .raw("</style>\n</head>\n<body>\n<main>\n");
    out.element("h1", {}, en ? "Government information disclosure annual reports" : "政府信息公开工作年度报告");
    out.element("p", {{"class", "summary"}},
                en ? fmt::format("{} reports: {} with errors, {} could not be compiled. With scripts on, a click on "
                                 "a column header sorts by it.",
                                 entries.size(), with_errors, failed)
                   : fmt::format("共 {} 份报告：{} 份有错误，{} 份无法编译。启用脚本时，点击表头可按该列排序。",
                                 entries.size(), with_errors, failed));
    out.open("table", {{"id", "reports"}}).open("thead").open("tr");
    for (const Column& c : columns)
        out.element("th", {{"scope", "col"}, {"data-key", std::string(c.key)}, {"data-type", c.numeric ? "number" : "text"}},
                    en ? c.en : c.zh);
    out.close("tr").close("thead").raw("\n").open("tbody").raw("\n");
    for (std::size_t i = 0; i < entries.size(); ++i) write_row(out, entries[i], i + 1);
    out.close("tbody").close("table").raw("\n</main>\n<script>").raw(sort_script).raw("</script>\n</body>\n</html>\n");
    return std::move(out.str());
}

}  // namespace nianbao
