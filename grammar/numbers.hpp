// Numbers as they are printed in table cells (docs/forms.md#numbers):
//   ^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(万元|元|件|个|条|项)?$
// with full-width digits, signs, comma and point accepted as well, and the
// placeholders of VAL-PLACEHOLDER. A "numeric cell" is always a full match:
// labels such as `1.属于国家秘密` start with a digit but are not numbers.
#pragma once

#include "grammar/chars.hpp"

namespace nianbao::grammar {

struct number_sign : sor<one<'+', '-'>, TAO_PEGTL_STRING("＋"), TAO_PEGTL_STRING("－"),
                         TAO_PEGTL_STRING("−")> {};
struct thousands_comma : sor<one<','>, TAO_PEGTL_STRING("，")> {};
struct decimal_point : sor<one<'.'>, TAO_PEGTL_STRING("．")> {};

struct digit_group : seq<thousands_comma, any_digit, any_digit, any_digit> {};
struct grouped_integer : seq<rep_min_max<1, 3, any_digit>, plus<digit_group>> {};
struct plain_integer : plus<any_digit> {};
struct integer_part : sor<grouped_integer, plain_integer> {};
struct fraction_part : seq<decimal_point, plus<any_digit>> {};
struct number_unit : sor<TAO_PEGTL_STRING("万元"), TAO_PEGTL_STRING("元"), TAO_PEGTL_STRING("件"),
                         TAO_PEGTL_STRING("个"), TAO_PEGTL_STRING("条"), TAO_PEGTL_STRING("项")> {};

struct number_value : seq<opt<number_sign>, integer_part, opt<fraction_part>> {};
// The unit may follow after one space (`3 件`) as it does in PDF text.
struct number_token : seq<number_value, opt<opt<space_char>, number_unit>> {};

// Whole-cell matches, used on the text of one cell.
struct number_cell : seq<spaces, number_token, spaces, eof> {};
// Longest alternative first: a PEG choice never comes back to try a longer one.
struct placeholder_mark : sor<TAO_PEGTL_STRING("——"), TAO_PEGTL_STRING("--"), one<'-', '/', '\\'>,
                              TAO_PEGTL_STRING("—"), TAO_PEGTL_STRING("－"), TAO_PEGTL_STRING("／"),
                              TAO_PEGTL_STRING("＼"), TAO_PEGTL_STRING("无"), TAO_PEGTL_STRING("–")> {};
struct placeholder_cell : seq<spaces, placeholder_mark, spaces, eof> {};

// --- dates (signature block, statistics period) ---------------------------
struct year_digits : rep<4, any_digit> {};
struct month_digits : rep_min_max<1, 2, any_digit> {};
struct day_digits : rep_min_max<1, 2, any_digit> {};
struct year_mark : TAO_PEGTL_STRING("年") {};
struct month_mark : TAO_PEGTL_STRING("月") {};
struct day_mark : sor<TAO_PEGTL_STRING("日"), TAO_PEGTL_STRING("号")> {};
struct arabic_date : seq<year_digits, spaces, year_mark, spaces, month_digits, spaces, month_mark,
                         spaces, day_digits, spaces, day_mark> {};
// 二〇二五年一月十日
struct chinese_date : seq<cn_number, year_mark, cn_number, month_mark, cn_number, day_mark> {};
struct date_text : sor<arabic_date, chinese_date> {};

}  // namespace nianbao::grammar
