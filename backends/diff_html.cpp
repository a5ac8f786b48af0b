// The diff as one standalone page (docs/diff.md#html): OLD and NEW side by
// side, part by part; NEW's sentences found in OLD, and OLD's sentences NEW
// repeats, highlighted; then the changed cells (those that stand out
// marked) and the chains. Inline CSS, no script, every report text escaped.
#include "backends/diff.hpp"

#include "backends/html_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace nianbao {

namespace {

constexpr std::string_view style = R"(
body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;margin:1.5em;color:#111}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.5em}
.summary td,.summary th,table.cells td,table.cells th,table.chains td,table.chains th{border:1px solid #999;padding:2px 6px}
table{border-collapse:collapse}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}
.pair>div{border:1px solid #ccc;padding:.5em 1em;min-width:0}
.part h3{font-size:1em;margin:.8em 0 .3em}
.part p{white-space:pre-wrap;margin:.2em 0;line-height:1.6}
mark.repeated{background:#ffe08a}
mark.template{background:none;color:#777}
tr.stands-out td{background:#ffd0d0;font-weight:bold}
td.broken{background:#ffd0d0}td.holds{background:#d8f0d8}
)";

std::string side_title(std::string_view role, const Report& r) {
    return fmt::format("{} {} {}", role, r.agency.value_or("?"), r.year ? std::to_string(*r.year) : "?");
}

// One part of one report: its text, sentence by sentence, marked.
void part_block(html::Writer& w, const Report& r, int part, const std::vector<Sentence>& sentences,
                const std::vector<bool>& marked) {
    const std::string_view text = part_text(r, part);
    w.open("div", {{"class", "part"}}).element("h3", {}, part_name(part, Lang::zh)).open("p");
    std::size_t at = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const Sentence& s = sentences[i];
        if (s.part != part || s.offset < at) continue;
        w.text(text.substr(at, s.offset - at));
        const char* kind = marked[i] ? "repeated" : (s.counted ? nullptr : "template");
        if (kind) w.open("mark", {{"class", kind}});
        w.text(text.substr(s.offset, s.length));
        if (kind) w.close("mark");
        at = s.offset + s.length;
    }
    w.text(text.substr(std::min(at, text.size())));
    w.close("p").close("div");
}

void side_by_side(html::Writer& w, const ReportDiff& d) {
    std::set<int> parts;
    for (const Sentence& s : d.old_sentences) parts.insert(s.part);
    for (const Sentence& s : d.new_sentences) parts.insert(s.part);
    w.open("div", {{"class", "pair"}});
    w.open("div", {{"class", "old"}}).element("h2", {}, side_title("OLD", *d.old_report));
    for (const int part : parts) part_block(w, *d.old_report, part, d.old_sentences, d.old_copied);
    w.close("div");
    w.open("div", {{"class", "new"}}).element("h2", {}, side_title("NEW", *d.new_report));
    for (const int part : parts) part_block(w, *d.new_report, part, d.new_sentences, d.new_repeated);
    w.close("div").close("div");
}

std::string percent(std::optional<double> share) { return share ? fmt::format("{:.1f}%", *share * 100.0) : "—"; }

void summary(html::Writer& w, const ReportDiff& d) {
    w.open("table", {{"class", "summary"}}).open("tr");
    w.element("th", {}, "部分").element("th", {}, "句数").element("th", {}, "重复").element("th", {}, "重复率").close("tr");
    for (const PartRepetition& p : d.parts)
        w.open("tr")
            .element("td", {}, part_name(p.part, Lang::zh))
            .element("td", {}, std::to_string(p.sentences))
            .element("td", {}, std::to_string(p.repeated))
            .element("td", {}, percent(p.share()))
            .close("tr");
    w.open("tr", {{"class", "overall"}})
        .element("th", {}, "全文")
        .element("th", {}, std::to_string(d.overall.sentences))
        .element("th", {}, std::to_string(d.overall.repeated))
        .element("th", {{"id", "overall-share"}}, percent(d.overall.share()))
        .close("tr")
        .close("table");
}

std::string value_text(const std::optional<CellValue>& v) { return v ? v->text : "null"; }

void cells(html::Writer& w, const ReportDiff& d) {
    w.element("h2", {}, "表格变化（标红：增减超过五倍，基数≥10）");
    w.open("table", {{"class", "cells"}}).open("tr");
    w.element("th", {}, "表").element("th", {}, "行").element("th", {}, "列").element("th", {}, "上年").element("th", {}, "本年");
    w.close("tr");
    for (const CellChange& c : d.cells) {
        if (!c.changed()) continue;
        w.open("tr", {{"class", c.stands_out() ? "stands-out" : "changed"}})
            .element("td", {}, c.table)
            .element("td", {}, c.row)
            .element("td", {}, c.column)
            .element("td", {}, value_text(c.old_value))
            .element("td", {}, value_text(c.new_value))
            .close("tr");
    }
    w.close("table");
}

std::string number(std::optional<std::int64_t> v) { return v ? std::to_string(*v) : "?"; }

void chains(html::Writer& w, const ReportDiff& d) {
    w.element("h2", {}, "衔接");
    w.open("table", {{"class", "chains"}});
    for (const CarryLink& l : d.carry) {
        const std::string status(chain_status_name(l.status));
        w.open("tr")
            .element("td", {}, fmt::format("T3 {} 上年结转下年度 {} → 本年上年结转 {}", l.column, number(l.carried_out),
                                           number(l.carried_in)))
            .element("td", {{"class", status}}, status)
            .close("tr");
    }
    for (const ValidLink& l : d.valid) {
        const std::string status(chain_status_name(l.status));
        w.open("tr")
            .element("td", {}, fmt::format("T2 {} 现行有效 {} + 制发 {} − 废止 {} = {}，本年 {}（仅供参考）", l.row,
                                           number(l.old_valid), number(l.made), number(l.repealed),
                                           number(l.expected()), number(l.new_valid)))
            .element("td", {{"class", status}}, status)
            .close("tr");
    }
    w.close("table");
}

}  // namespace

std::string render_diff_html(const ReportDiff& d) {
    html::Writer w;
    w.raw("<!DOCTYPE html>\n").open("html", {{"lang", "zh-CN"}}).open("head");
    w.raw("<meta charset=\"utf-8\">").element("title", {}, side_title("", *d.new_report) + " — 与上年对比");
    w.open("style").raw(style).close("style").close("head").open("body");
    w.element("h1", {}, fmt::format("{} ↔ {}", side_title("OLD", *d.old_report), side_title("NEW", *d.new_report)));
    summary(w, d);
    side_by_side(w, d);
    cells(w, d);
    chains(w, d);
    w.close("body").close("html").raw("\n");
    return std::move(w.str());
}

}  // namespace nianbao
