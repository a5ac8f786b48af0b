// Title, the six top-level section headings, enumerated sub-headings and the
// lines of the closing block (docs/layout.md#title, #sections, #section-1, #closing).
#pragma once

#include "grammar/chars.hpp"
#include "grammar/numbers.hpp"

#include <algorithm>
#include <string_view>

namespace nianbao::grammar {

// --- converter artefacts (D5) ------------------------------------------------
struct artifact : seq<TAO_PEGTL_STRING("[bookmark:"), until<one<']'>, cell_char>> {};
// The same artefact in front of a heading; a rule of its own because a
// heading is tried (and may fail) on every line.
struct heading_artifact : artifact {};

// --- section headings --------------------------------------------------------
// A heading is a line without TAB that starts with `N、` and whose remainder
// contains the keywords of part N; T3 row labels such as `一、本年新收…` start
// the same way but lack the keywords, so they never end a table.
struct heading_dun : sor<TAO_PEGTL_STRING("、"), TAO_PEGTL_STRING("．"), one<'.'>> {};

// Where a heading line starts (for its node: the line, with any artefacts).
struct heading_line_start : success {};
// A heading line has no sentence end: `一、总体情况2021年，我区…。` is a
// heading whose section's text follows on the same line (W1, below).
struct sentence_end : sor<TAO_PEGTL_STRING("。"), TAO_PEGTL_STRING("！"), TAO_PEGTL_STRING("？")> {};
template <typename Numeral, typename Keywords>
struct heading_line
    : seq<at_line_start, heading_line_start, star<heading_artifact>, spaces, Numeral, spaces, heading_dun,
          not_at<line_contains<sentence_end>>, until<Keywords, cell_char>, star<cell_char>, line_end> {};

// --- headings mid-line (W1, docs/forms.md#w1) -----------------------------------
// Where the line breaks were lost, a heading stands where it follows the line
// start, a sentence end, a table's last number, a space or a closing bracket
// (midline_break, chars.hpp), and reads `N、` then heading text — no digit, no
// sentence punctuation, no bracket — that holds part N's keywords and ends at
// the first 情况, 事项 or 概况. The section's text follows on the same line.
// `本报告包括总体情况、主动公开…` has no numeral; `一、本年新收…申请数量640…` (a T3
// label) has no heading ending before its digits.
struct heading_text_stop
    : sor<any_digit, sentence_end, TAO_PEGTL_STRING("，"), TAO_PEGTL_STRING("；"), TAO_PEGTL_STRING("："),
          one<',', ';', ':'>, open_paren, close_paren, TAO_PEGTL_STRING("《"), TAO_PEGTL_STRING("“")> {};
struct heading_text_char : seq<not_at<heading_text_stop>, cell_char> {};
struct heading_end_word : sor<TAO_PEGTL_STRING("情况"), TAO_PEGTL_STRING("情況"), TAO_PEGTL_STRING("事项"),
                              TAO_PEGTL_STRING("事項"), TAO_PEGTL_STRING("概况"), TAO_PEGTL_STRING("概況")> {};
// Marks the heading as found mid-line, for P-REFLOW.
struct midline_heading_mark : success {};
template <typename Numeral, typename Keywords>
struct midline_heading
    : seq<midline_break, spaces, heading_line_start, Numeral, TAO_PEGTL_STRING("、"), midline_heading_mark,
          at<until<Keywords, heading_text_char>>, until<heading_end_word, heading_text_char>,
          not_at<spaces, tab>> {};  // a row label followed by its cells is not a heading

template <typename First, typename Second>
struct both_words : seq<First, until<Second, cell_char>> {};

// Traditional forms appear in web copies (D17).
struct section1_keywords : sor<TAO_PEGTL_STRING("总体"), TAO_PEGTL_STRING("總體"),
                               TAO_PEGTL_STRING("概况"), TAO_PEGTL_STRING("概述"),
                               TAO_PEGTL_STRING("基本情况")> {};
struct section2_keywords : sor<TAO_PEGTL_STRING("主动公开"), TAO_PEGTL_STRING("主動公開")> {};
struct section3_keywords : sor<TAO_PEGTL_STRING("收到和处理"), TAO_PEGTL_STRING("收到和處理"),
                               TAO_PEGTL_STRING("申请"), TAO_PEGTL_STRING("申請")> {};
struct section4_keywords : sor<TAO_PEGTL_STRING("复议"), TAO_PEGTL_STRING("诉讼"),
                               TAO_PEGTL_STRING("復議"), TAO_PEGTL_STRING("訴訟")> {};
struct problem_word : sor<TAO_PEGTL_STRING("问题"), TAO_PEGTL_STRING("問題")> {};
struct improve_word : sor<TAO_PEGTL_STRING("改进"), TAO_PEGTL_STRING("改進")> {};
struct section5_keywords : sor<both_words<problem_word, improve_word>,
                               both_words<improve_word, problem_word>> {};
struct section6_keywords : both_words<TAO_PEGTL_STRING("其他"),
                                      sor<TAO_PEGTL_STRING("事项"), TAO_PEGTL_STRING("事項")>> {};

template <typename Numeral, typename Keywords>
struct section_heading : sor<heading_line<Numeral, Keywords>, midline_heading<Numeral, Keywords>> {};
struct section_heading_1 : section_heading<TAO_PEGTL_STRING("一"), section1_keywords> {};
struct section_heading_2 : section_heading<TAO_PEGTL_STRING("二"), section2_keywords> {};
struct section_heading_3 : section_heading<TAO_PEGTL_STRING("三"), section3_keywords> {};
struct section_heading_4 : section_heading<TAO_PEGTL_STRING("四"), section4_keywords> {};
struct section_heading_5 : section_heading<TAO_PEGTL_STRING("五"), section5_keywords> {};
struct section_heading_6 : section_heading<TAO_PEGTL_STRING("六"), section6_keywords> {};
// Every line is asked whether it is a heading; the common prefix is checked
// once before the six keyword searches.
struct heading_numeral : sor<TAO_PEGTL_STRING("一"), TAO_PEGTL_STRING("二"), TAO_PEGTL_STRING("三"),
                             TAO_PEGTL_STRING("四"), TAO_PEGTL_STRING("五"), TAO_PEGTL_STRING("六")> {};
struct heading_start : seq<star<heading_artifact>, spaces, heading_numeral, spaces, heading_dun> {};

// Where prose must stop to let a mid-line heading be tried: one of 一…六 and
// `、` where a heading may follow (heading_may_follow). Bytes, for speed:
// every character of every paragraph is asked.
inline bool heading_candidate(const char* input_begin, const char* p, const char* end) {
    static constexpr std::string_view numerals[] = {"一", "二", "三", "四", "五", "六"};
    if (end - p < 6 || static_cast<unsigned char>(*p) < 0xE4 || static_cast<unsigned char>(*p) > 0xE5) return false;
    if (std::string_view(p + 3, 3) != "、") return false;
    const std::string_view here(p, 3);
    return std::find(std::begin(numerals), std::end(numerals), here) != std::end(numerals) &&
           heading_may_follow(input_begin, p);
}

// True, consuming nothing, when the rest of the line holds a place where a
// heading may stand (heading_candidate): a byte scan before the costlier
// search for the heading itself.
struct line_has_heading_candidate {
    using rule_t = line_has_heading_candidate;
    using subs_t = empty_list;
    template <typename ParseInput>
    static bool match(ParseInput& in) {
        for (const char* p = in.current(); p < in.end() && *p != '\n' && *p != '\r'; ++p)
            if (heading_candidate(in.begin(), p, in.end())) return true;
        return false;
    }
};
struct any_section_heading
    : seq<at<heading_start>, sor<section_heading_1, section_heading_2, section_heading_3,
                                 section_heading_4, section_heading_5, section_heading_6>> {};
// A heading where a paragraph's text must stop: one that does not start its line.
struct any_midline_heading
    : seq<at<heading_start>,
          sor<midline_heading<TAO_PEGTL_STRING("一"), section1_keywords>,
              midline_heading<TAO_PEGTL_STRING("二"), section2_keywords>,
              midline_heading<TAO_PEGTL_STRING("三"), section3_keywords>,
              midline_heading<TAO_PEGTL_STRING("四"), section4_keywords>,
              midline_heading<TAO_PEGTL_STRING("五"), section5_keywords>,
              midline_heading<TAO_PEGTL_STRING("六"), section6_keywords>>> {};

// --- title (§1.2) --------------------------------------------------------------
// Sentence punctuation never occurs in a title; excluding it keeps preamble
// sentences that quote the title (`现发布《…年度报告》，…`) from matching.
struct title_stop : sor<TAO_PEGTL_STRING("。"), TAO_PEGTL_STRING("，"), TAO_PEGTL_STRING("；"),
                        TAO_PEGTL_STRING("："), one<':'>, TAO_PEGTL_STRING("《"),
                        TAO_PEGTL_STRING("》")> {};
struct title_char : seq<not_at<title_stop>, cell_char> {};
struct title_year : year_digits {};
struct title_report_word : sor<TAO_PEGTL_STRING("报告"), TAO_PEGTL_STRING("年报"),
                               TAO_PEGTL_STRING("報告")> {};
struct title_suffix : seq<open_paren, until<close_paren, title_char>> {};
struct title_tail
    : seq<title_year, spaces, year_mark, opt<TAO_PEGTL_STRING("度")>, spaces,
          until<sor<TAO_PEGTL_STRING("公开"), TAO_PEGTL_STRING("公開")>, title_char>,
          until<title_report_word, title_char>, spaces, opt<title_suffix>, spaces> {};

// Web chrome that may stand alone on the line above a title.
struct chrome_word : sor<TAO_PEGTL_STRING("正文"), TAO_PEGTL_STRING("首页"), TAO_PEGTL_STRING("当前位置"),
                         TAO_PEGTL_STRING("打印"), TAO_PEGTL_STRING("关闭"), TAO_PEGTL_STRING("字号"),
                         TAO_PEGTL_STRING("来源"), TAO_PEGTL_STRING("发布时间"),
                         TAO_PEGTL_STRING("浏览次数")> {};

struct title_agency : plus<not_at<title_tail>, title_char> {};
struct title_one_line : seq<spaces, title_agency, title_tail, line_end> {};
struct title_agency_line
    : seq<not_at<any_section_heading>, spaces, not_at<chrome_word>, not_at<title_tail>, title_agency,
          line_end> {};
struct title_year_line : seq<spaces, title_tail, line_end> {};
// A year-first title wrapped after `公开` (PDF text: `2025 年某办公厅政府信息公开` /
// `工作年度报告`); the second line ends at the report word.
struct title_year_wrapped
    : seq<spaces, title_year, spaces, year_mark, opt<TAO_PEGTL_STRING("度")>, spaces,
          until<sor<TAO_PEGTL_STRING("公开"), TAO_PEGTL_STRING("公開")>, title_char>, star<title_char>, line_end,
          not_at<any_section_heading>, spaces, until<title_report_word, title_char>, spaces, opt<title_suffix>,
          spaces, line_end> {};
struct title_two_lines : seq<title_agency_line, star<blank_line>, title_year_line> {};
// Each alternative is tried under a look-ahead before it runs with actions, so
// that a half-matched alternative leaves nothing behind for the next one. A
// section heading is never a title, though it may read as one
// (`一、总体情况2024年度…公开…报告`): a heading line always starts its section.
struct title
    : seq<not_at<any_section_heading>,
          sor<seq<at<title_one_line>, title_one_line>, seq<at<title_two_lines>, title_two_lines>,
              seq<at<title_year_line>, title_year_line>, title_year_wrapped>> {};

// --- prose lines ---------------------------------------------------------------
// `（一）` / `(一)` starts a sub-heading or an enumerated paragraph; which of the
// two it is depends on what follows, and that is decided by the compiler.
struct enumerator : seq<open_paren, cn_number, close_paren> {};

// Closing block: a date alone on its line, and trailer boilerplate (D11, D12).
struct date_line : seq<spaces, date_text, spaces, line_end> {};
struct trailer_mark : sor<TAO_PEGTL_STRING("http://"), TAO_PEGTL_STRING("https://"),
                          TAO_PEGTL_STRING("www."), TAO_PEGTL_STRING("二维码")> {};
struct trailer_text : seq<until<trailer_mark, cell_char>, star<cell_char>> {};
struct line_has_trailer_mark
    : line_contains<sor<TAO_PEGTL_STRING("http"), TAO_PEGTL_STRING("www."), TAO_PEGTL_STRING("二维码")>> {};
// A line that runs on into the next section is prose, whatever it mentions.
struct trailer_line
    : seq<line_has_trailer_mark, not_at<line_contains<any_midline_heading>>, spaces, trailer_text, line_end> {};

}  // namespace nianbao::grammar

template <typename Name>
struct tao::pegtl::analyze_traits<Name, nianbao::grammar::line_has_heading_candidate> : analyze_opt_traits<> {};
