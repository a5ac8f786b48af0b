// Word .docx: the body of word/document.xml in document order. A paragraph
// is a line (a manual line break starts another line of the same
// paragraph); a table is TAB rows on its grid: `w:gridSpan` repeats the
// cell's columns as empty cells, a `w:vMerge` continuation is an empty cell,
// `w:gridBefore`/`w:gridAfter` are empty cells — as the Word text export
// writes them. Deleted revisions, hidden runs, field codes and text boxes
// are not body text and are skipped. Elements are matched by local name, so
// any namespace prefix works.
//
// Origins: the n-th body paragraph (tables not counted), or table / row /
// grid column, all 1-based.
#include "input/frontends.hpp"
#include "input/table_grid.hpp"
#include "input/text_builder.hpp"
#include "input/zip_reader.hpp"

#include "input/decode.hpp"
#include "input/utf8.hpp"
#include "input/source.hpp"

#include <pugixml.hpp>

#include <cstring>

#include <fmt/format.h>

namespace nianbao::frontends {

namespace {

std::string_view local_name(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name) {
    for (const pugi::xml_node child : node.children())
        if (local_name(child) == name) return child;
    return {};
}

std::string_view attribute_value(const pugi::xml_node& node, std::string_view name) {
    for (const pugi::xml_attribute attribute : node.attributes()) {
        std::string_view attribute_name = attribute.name();
        const auto colon = attribute_name.find(':');
        if (colon != std::string_view::npos) attribute_name = attribute_name.substr(colon + 1);
        if (attribute_name == name) return attribute.value();
    }
    return {};
}

std::size_t number_value(const pugi::xml_node& node, std::size_t fallback) {
    const std::string_view value = attribute_value(node, "val");
    std::size_t n = 0;
    bool any = false;
    for (const char c : value) {
        if (c < '0' || c > '9') break;
        n = std::min<std::size_t>(n * 10 + static_cast<std::size_t>(c - '0'), 10000);
        any = true;
    }
    return any ? n : fallback;
}

bool is_skipped(std::string_view name) {
    return name == "del" || name == "moveFrom" || name == "delText" || name == "instrText" || name == "fldData" ||
           name == "drawing" || name == "pict" || name == "object" || name == "AlternateContent" ||
           name == "rPr" || name == "pPr" || name == "tblPr" || name == "tcPr" || name == "trPr" ||
           name == "footnoteReference" || name == "endnoteReference" || name == "commentReference";
}

bool is_hidden_run(const pugi::xml_node& run) {
    const pugi::xml_node properties = child_named(run, "rPr");
    if (!properties) return false;
    const pugi::xml_node vanish = child_named(properties, "vanish");
    if (!vanish) return false;
    const std::string_view value = attribute_value(vanish, "val");
    return value != "0" && value != "false";
}

// Text of a paragraph's content; `line_break` is what a `w:br` becomes.
// The recursive walks below are bounded: the document's element nesting was
// checked against the limit first (check_nesting).
void collect_text(const pugi::xml_node& node, std::string& out, char line_break) {
    for (const pugi::xml_node child : node.children()) {
        const std::string_view name = local_name(child);
        if (name == "t") {
            out += child.child_value();
        } else if (name == "tab" || name == "ptab") {
            out += ' ';
        } else if (name == "br" || name == "cr") {
            out += line_break;
        } else if (name == "noBreakHyphen") {
            out += '-';
        } else if (name == "r" && is_hidden_run(child)) {
            continue;
        } else if (!is_skipped(name)) {
            collect_text(child, out, line_break);
        }
    }
}

std::string xml_encoding(pugi::xml_encoding encoding) {
    switch (encoding) {
        case pugi::encoding_utf16_le: return "utf-16le";
        case pugi::encoding_utf16_be: return "utf-16be";
        case pugi::encoding_utf32_le: return "utf-32le";
        case pugi::encoding_utf32_be: return "utf-32be";
        default: return "utf-8";
    }
}

class DocxReader {
public:
    void body(const pugi::xml_node& node) {
        for (const pugi::xml_node child : node.children()) {
            const std::string_view name = local_name(child);
            if (name == "p") {
                paragraph(child);
            } else if (name == "tbl") {
                table(child);
            } else if (name == "sdt") {
                body(child_named(child, "sdtContent"));
            } else if (name == "customXml" || name == "ins" || name == "moveTo" || name == "smartTag") {
                body(child);
            }
        }
    }

    [[nodiscard]] TextBuilder& out() { return out_; }

private:
    void paragraph(const pugi::xml_node& node) {
        ++paragraphs_;
        Origin origin;
        origin.paragraph = paragraphs_;
        std::string text;
        collect_text(node, text, '\n');
        std::size_t start = 0;
        for (std::size_t stop; (stop = text.find('\n', start)) != std::string::npos; start = stop + 1)
            out_.paragraph(std::string_view(text).substr(start, stop - start), origin);
        out_.paragraph(std::string_view(text).substr(start), origin);
    }

    // All text of a cell: its paragraphs (and nested tables) joined by spaces.
    static std::string cell_text(const pugi::xml_node& cell) {
        std::string text;
        const auto visit = [&](const auto& self, const pugi::xml_node& node) -> void {
            for (const pugi::xml_node child : node.children()) {
                const std::string_view name = local_name(child);
                if (name == "p") {
                    if (!text.empty()) text += ' ';
                    collect_text(child, text, ' ');
                } else if (!is_skipped(name)) {
                    self(self, child);
                }
            }
        };
        visit(visit, cell);
        return text;
    }

    static void rows_of(const pugi::xml_node& node, std::vector<pugi::xml_node>& rows) {
        for (const pugi::xml_node child : node.children()) {
            const std::string_view name = local_name(child);
            if (name == "tr") rows.push_back(child);
            if (name == "sdt") rows_of(child_named(child, "sdtContent"), rows);
            if (name == "customXml") rows_of(child, rows);
        }
    }

    static void cells_of(const pugi::xml_node& row, std::vector<pugi::xml_node>& cells) {
        for (const pugi::xml_node child : row.children()) {
            const std::string_view name = local_name(child);
            if (name == "tc") cells.push_back(child);
            if (name == "sdt") cells_of(child_named(child, "sdtContent"), cells);
            if (name == "customXml") cells_of(child, cells);
        }
    }

    static void add_empty(std::vector<GridCell>& row, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) row.emplace_back();
    }

    void table(const pugi::xml_node& node) {
        ++tables_;
        std::vector<pugi::xml_node> rows;
        rows_of(node, rows);
        std::vector<std::vector<GridCell>> grid_rows;
        for (const pugi::xml_node& row : rows) {
            grid_rows.emplace_back();
            auto& grid_row = grid_rows.back();
            const pugi::xml_node row_properties = child_named(row, "trPr");
            add_empty(grid_row, number_value(child_named(row_properties, "gridBefore"), 0));
            std::vector<pugi::xml_node> cells;
            cells_of(row, cells);
            for (const pugi::xml_node& cell : cells) {
                const pugi::xml_node properties = child_named(cell, "tcPr");
                GridCell grid_cell;
                grid_cell.colspan = number_value(child_named(properties, "gridSpan"), 1);
                const pugi::xml_node merge = child_named(properties, "vMerge");
                const bool continuation = merge && attribute_value(merge, "val") != "restart";
                if (!continuation) grid_cell.text = cell_text(cell);
                grid_row.push_back(std::move(grid_cell));
            }
            add_empty(grid_row, number_value(child_named(row_properties, "gridAfter"), 0));
        }
        // Origins name the grid position, known once the grid is laid out.
        GridRows grid = lay_out_grid(grid_rows);
        for (std::size_t r = 0; r < grid.cells.size(); ++r) {
            for (std::size_t c = 0; c < grid.origins[r].size(); ++c) {
                Origin& origin = grid.origins[r][c];
                origin = Origin{};
                origin.table = tables_;
                origin.row = r + 1;
                origin.cell = c + 1;
            }
            out_.row(grid.cells[r], grid.origins[r]);
        }
    }

    TextBuilder out_;
    std::size_t paragraphs_ = 0;
    std::size_t tables_ = 0;
};

// Refuses a document whose elements nest deeper than `limit`, before the
// recursive walks above see it. Iterative, so any depth is measured safely.
void check_nesting(const std::string& path, const pugi::xml_node& root, std::size_t limit) {
    std::size_t depth = 1;
    pugi::xml_node node = root;
    while (node) {
        if (node.first_child()) {
            node = node.first_child();
            if (++depth > limit) {
                const std::ptrdiff_t at = node.offset_debug();
                throw InputError(InputError::Kind::not_text, path,
                                 fmt::format("word/document.xml nests elements more than {} deep{} (raise the "
                                             "limit with --max-nesting)",
                                             limit, at < 0 ? "" : fmt::format(", at byte {} of that member", at)));
            }
            continue;
        }
        while (node != root && !node.next_sibling()) {
            node = node.parent();
            --depth;
        }
        if (node == root) break;
        node = node.next_sibling();
    }
}

}  // namespace

DocumentText read_docx(const std::string& path, std::string_view bytes, const InputLimits& limits) {
    const ZipArchive archive(path, bytes);
    const std::optional<std::string> xml = archive.read("word/document.xml", limits.text_bytes);
    if (!xml)
        throw InputError(InputError::Kind::not_text, path,
                         "a ZIP archive without word/document.xml: not a Word .docx document");
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer(xml->data(), xml->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!parsed)
        throw InputError(InputError::Kind::not_text, path,
                         fmt::format("word/document.xml is not well-formed XML ({}, at byte {} of that member)",
                                     parsed.description(), parsed.offset));
    // pugixml passes the bytes of UTF-8 text through unchecked.
    if (parsed.encoding == pugi::encoding_utf8)
        if (const auto bad = find_invalid_utf8(*xml))
            throw InputError(InputError::Kind::not_text, path,
                             fmt::format("word/document.xml is not valid UTF-8 (byte 0x{:02X}, at byte {} of that "
                                         "member)",
                                         static_cast<unsigned char>((*xml)[*bad]), *bad));
    const pugi::xml_node root = document.document_element();
    check_nesting(path, root, limits.nesting);
    const pugi::xml_node body = child_named(root, "body");
    DocxReader reader;
    if (body) reader.body(body);
    if (reader.out().empty())
        throw InputError(InputError::Kind::not_text, path, "the Word document has no text: there is no report");
    return reader.out().finish(InputKind::docx, xml_encoding(parsed.encoding));
}

}  // namespace nianbao::frontends
