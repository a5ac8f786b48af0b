#include "model/cell_reader.hpp"

#include "grammar/parse.hpp"
#include "model/cell_names.hpp"
#include "model/normalize.hpp"
#include "model/parse_rules.hpp"

#include <algorithm>

namespace nianbao {

namespace {

constexpr std::size_t max_digits = 18;  // exact in int64 with room for scaling

bool is_money_unit(std::string_view unit) { return unit == "元" || unit == "万元"; }

std::string strip_leading_zeros(const std::string& digits) {
    const auto first = digits.find_first_not_of('0');
    return first == std::string::npos ? "0" : digits.substr(first);
}

const RuleDef& domain_rule(ValueKind kind) {
    switch (kind) {
        case ValueKind::count: return rules::val_int;
        case ValueKind::signed_count: return rules::val_signed;
        case ValueKind::amount: return rules::val_dec;
    }
    return rules::val_int;
}

// Returns the number, or Unreadable after emitting why.
CellContent to_number(const NumberText& parts, std::string_view raw, const CellSlot& slot,
                      const Span& where, Emitter& emit) {
    const std::string printed(trim_spaces(raw));
    const auto reject = [&]() -> CellContent {
        emit.emit(domain_rule(slot.kind), where, slot_name(slot), printed);
        return Unreadable{printed};
    };
    const bool fraction_is_zero = parts.fraction.find_first_not_of('0') == std::string::npos;
    if (parts.integer.size() + parts.fraction.size() > max_digits) return reject();
    if (parts.negative && slot.kind != ValueKind::signed_count) return reject();
    if (!fraction_is_zero && slot.kind != ValueKind::amount) return reject();

    Number number;
    const std::string integer = strip_leading_zeros(parts.integer);
    std::string fraction = slot.kind == ValueKind::amount ? parts.fraction : std::string();
    number.scale = static_cast<int>(fraction.size());
    number.text = (parts.negative && (integer != "0" || !fraction_is_zero) ? "-" : "") + integer;
    if (!fraction.empty()) number.text += "." + fraction;
    number.scaled = std::stoll(integer + fraction) * (parts.negative ? -1 : 1);

    const bool reformatted = parts.grouped || integer != parts.integer ||
                             (parts.plus_sign && slot.kind != ValueKind::signed_count) ||
                             (!parts.fraction.empty() && fraction.empty()) ||
                             nfkc(raw) != std::string(raw);
    if (!parts.unit.empty()) {
        const bool contradicts = (!slot.header_unit.empty() && parts.unit != slot.header_unit) ||
                                 (slot.kind == ValueKind::amount && !is_money_unit(parts.unit));
        if (contradicts) {
            emit.emit(rules::val_unit, where, slot_name(slot),
                      Message{fmt::format("单位“{}”与表头单位“{}”不符，数值未采用", parts.unit, slot.header_unit),
                              fmt::format("unit “{}” contradicts the column unit “{}”; the value is not used",
                                          parts.unit, slot.header_unit)})
                .severity = Severity::warning;
            return Unreadable{printed};
        }
        emit.emit(rules::val_unit, where, slot_name(slot),
                  Message{fmt::format("已去除单元格中的单位“{}”", parts.unit),
                          fmt::format("unit “{}” stripped from the cell", parts.unit)});
        number.unit = parts.unit;
    } else if (slot.unit_expected && !slot.header_unit.empty()) {
        number.unit = slot.header_unit;  // the header names it: `采购总金额(万元)`
    } else if (slot.unit_expected) {
        emit.emit(rules::val_unit, where, slot_name(slot),
                  Message{std::string("金额未注明单位，表头也未注明"), std::string("the amount names no unit, nor does its header")});
    }
    if (reformatted) emit.emit(rules::val_numfmt, where, slot_name(slot), printed, number.text);
    return number;
}

// Most cells are plain ASCII digits; they need no grammar run and no
// diagnostic. Anything else takes the full path.
bool plain_digits(std::string_view raw) {
    if (raw.empty() || raw.size() > max_digits || (raw.size() > 1 && raw[0] == '0')) return false;
    return std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Message slot_name(const CellSlot& slot) { return cell_name(slot.table, slot.layout, slot.row, slot.column); }

CellText classify_cell_text(std::string_view raw) {
    if (plain_digits(raw)) return CellText::number;
    if (trim_spaces(raw).empty()) return CellText::empty;
    if (read_number_cell(raw)) return CellText::number;
    if (is_placeholder_cell(raw)) return CellText::placeholder;
    return CellText::text;
}

bool read_plain_count(std::string_view raw, const CellSlot& slot, CellContent& out) {
    if (slot.unit_expected || !plain_digits(raw)) return false;
    Number& number = out.emplace<Number>();
    number.text.assign(raw);
    for (const char digit : raw) number.scaled = number.scaled * 10 + (digit - '0');  // ≤ 18 digits
    return true;
}

CellContent read_cell(std::string_view raw, const CellSlot& slot, const Span& where, Emitter& emit) {
    if (CellContent plain; read_plain_count(raw, slot, plain)) return plain;
    if (trim_spaces(raw).empty()) return Blank{};
    if (const auto number = read_number_cell(raw)) return to_number(*number, raw, slot, where, emit);
    const std::string printed(trim_spaces(raw));
    if (is_placeholder_cell(raw)) {
        emit.emit(rules::val_placeholder, where, slot_name(slot), printed);
        return Placeholder{printed};
    }
    emit.emit(domain_rule(slot.kind), where, slot_name(slot), printed);
    return Unreadable{printed};
}

}  // namespace nianbao
