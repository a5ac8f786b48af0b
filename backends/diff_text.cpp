#include "backends/diff.hpp"

#include "input/utf8.hpp"

#include <fmt/format.h>

#include <array>

namespace nianbao {

namespace {

std::string_view say(Lang lang, std::string_view zh, std::string_view en) { return lang == Lang::en ? en : zh; }

std::string percent(std::optional<double> share) {
    return share ? fmt::format("{:.1f}%", *share * 100.0) : std::string("—");
}

std::string side(const Report& r) {
    return fmt::format("{} ({} {})", r.source.path, r.agency.value_or("?"), r.year ? std::to_string(*r.year) : "?");
}


std::string cell_name(const CellChange& c) {
    return c.column.empty() ? fmt::format("{}.{}", c.table, c.row) : fmt::format("{}.{}.{}", c.table, c.row, c.column);
}

std::string value_text(const std::optional<CellValue>& v) { return v ? v->text : "null"; }

void repetition(std::string& out, const ReportDiff& d, Lang lang) {
    out += fmt::format("{}: {} / {} {} ({})\n", say(lang, "重复率", "repetition"), d.overall.repeated,
                       d.overall.sentences, say(lang, "句见于上年报告", "sentences of NEW found in OLD"),
                       percent(d.overall.share()));
    for (const PartRepetition& p : d.parts)
        out += fmt::format("  {:<10} {:>4} / {:<4} {}\n", part_name(p.part, lang), p.repeated, p.sentences, percent(p.share()));
    if (d.passages.empty()) return;
    out += fmt::format("{} ({}):\n", say(lang, "重复段落", "repeated passages"), d.passages.size());
    for (const Passage& p : d.passages)
        out += fmt::format("  [{}] {} {}: {}\n", part_name(p.part, lang), p.sentences, say(lang, "句", "sentence(s)"),
                           one_line_excerpt(part_text(*d.new_report, p.part).substr(p.offset, p.length), 60));
}

void cells(std::string& out, const ReportDiff& d, Lang lang) {
    std::size_t changed = 0, standing_out = 0;
    for (const CellChange& c : d.cells) {
        changed += c.changed() ? 1 : 0;
        standing_out += c.stands_out() ? 1 : 0;
    }
    out += fmt::format("{}: {} / {} {}, {} {}\n", say(lang, "表格", "cells"), changed, d.cells.size(),
                       say(lang, "个单元格有变化", "changed"), standing_out,
                       say(lang, "个变化超过五倍（基数≥10）", "stand out (more than fivefold from at least 10)"));
    // Those that stand out first, marked `!`, then the others in table order.
    for (const bool first : {true, false})
        for (const CellChange& c : d.cells)
            if (c.changed() && c.stands_out() == first)
                out += fmt::format("  {} {:<24} {} → {}\n", first ? '!' : ' ', cell_name(c), value_text(c.old_value),
                                   value_text(c.new_value));
}

std::string number(std::optional<std::int64_t> v) { return v ? std::to_string(*v) : "?"; }

void chains(std::string& out, const ReportDiff& d, Lang lang) {
    out += fmt::format("{}:\n", say(lang, "衔接", "chains"));
    if (!d.consecutive)
        out += fmt::format("  ({})\n", say(lang, "两份报告不是相邻年度", "the reports are not of consecutive years"));
    if (d.carry.empty()) out += fmt::format("  T3 CARRY_OUT → CARRY_IN: {}\n", say(lang, "缺少 T3", "no T3 on one side"));
    for (const CarryLink& l : d.carry)
        out += fmt::format("  T3 {:<9} CARRY_OUT {} → CARRY_IN {}: {}\n", l.column, number(l.carried_out),
                           number(l.carried_in), chain_status_name(l.status));
    for (const ValidLink& l : d.valid)
        out += fmt::format("  T2 {:<9} valid {} + made {} − repealed {} = {}, {} {}: {} ({})\n", l.row, number(l.old_valid),
                           number(l.made), number(l.repealed), number(l.expected()), say(lang, "本年", "printed"),
                           number(l.new_valid), chain_status_name(l.status), say(lang, "仅供参考", "informational"));
}

}  // namespace

std::string part_name(int part, Lang lang) {
    static constexpr std::array<std::string_view, 7> numerals{"", "一", "二", "三", "四", "五", "六"};
    if (part == 0) return std::string(say(lang, "前言", "preamble"));
    if (part > 0 && part < 7) return std::string(numerals[static_cast<std::size_t>(part)]);
    return std::to_string(part);
}

std::string render_diff_text(const ReportDiff& d, Lang lang) {
    std::string out = fmt::format("OLD {}\nNEW {}\n", side(*d.old_report), side(*d.new_report));
    if (!d.same_agency) out += fmt::format("({})\n", say(lang, "两份报告的机关名称不同", "the agencies differ"));
    repetition(out, d, lang);
    cells(out, d, lang);
    chains(out, d, lang);
    return out;
}

}  // namespace nianbao
