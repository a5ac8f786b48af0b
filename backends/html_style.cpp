#include "backends/html_style.hpp"

#include <fmt/format.h>

#include <string_view>

namespace nianbao::html {

namespace {

// Fonts of an official document: 小标宋 title, 黑体 level-1 headings, 楷体
// level-2 headings, 仿宋 body; Noto CJK where those are not installed.
constexpr std::string_view base = R"css(
:root{--error:#c62828;--error-bg:#fdecea;--warning:#a15c00;--warning-bg:#fff3d4;--info:#1f5fa8;--info-bg:#e6effa}
*{box-sizing:border-box}
html{background:#eceae6}
body{margin:0;color:#111;font:17px/1.8 "FangSong","STFangsong","仿宋","Noto Serif CJK SC","Source Han Serif SC","SimSun",serif}
.report{max-width:210mm;margin:24px auto;padding:22mm 20mm;background:#fff;box-shadow:0 1px 5px rgba(0,0,0,.18)}
h1{margin:0 0 1.4em;text-align:center;font:700 26px/1.5 "FZXiaoBiaoSong-B05S","方正小标宋简体","Noto Serif CJK SC","Source Han Serif SC","SimSun",serif}
h2{margin:1.2em 0 .4em;font:700 18px/1.7 "SimHei","黑体","Noto Sans CJK SC","Source Han Sans SC",sans-serif}
h3{margin:.6em 0 .2em;text-indent:2em;font:700 17px/1.8 "KaiTi","STKaiti","楷体","Noto Serif CJK SC",serif}
p{margin:0;text-indent:2em;text-align:justify}
p.trailer{color:#444;font-size:15px}
p.other-table{color:#555;font-style:italic}
.closing{margin-top:2.5em;text-align:right}
.closing p{text-indent:0;text-align:right}
table{width:100%;margin:.6em 0 1em;border-collapse:collapse;font:14px/1.45 "SimSun","宋体","Noto Serif CJK SC","Source Han Serif SC",serif}
caption{caption-side:top;text-align:left}
th,td{border:1px solid #000;padding:4px 5px;text-align:center;vertical-align:middle;font-weight:normal}
thead th,tr.block th,tr.head th{font-weight:700}
tr.block th{text-align:left;padding-left:.8em}
.t3 tbody th{text-align:left}
.t3 tbody th.group{text-align:center}
.t3 th.group-0{width:2.6em}
.t3 th.group-1{width:4.6em}
.t3 .corner{font-size:12.5px;font-weight:normal;text-align:left;width:34%}
.t3 td{width:6.5%}
.t4{table-layout:fixed}
.t4 th{font-size:13.5px}
td.num{font-variant-numeric:tabular-nums}
td.null{color:#666;font-style:italic;background-image:repeating-linear-gradient(135deg,transparent 0 4px,#d9d9d9 4px 5.5px);-webkit-print-color-adjust:exact;print-color-adjust:exact}
tbody.extra th,td.extra-note{color:#555;font-style:italic}
table.unrecognised td{text-align:left}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.dref{display:none}
.diagnostics{max-width:210mm;margin:24px auto 0;padding:12px 20px 14px;background:#fff;border-left:6px solid var(--error);box-shadow:0 1px 5px rgba(0,0,0,.18);font:14px/1.6 "Noto Sans CJK SC","Source Han Sans SC",sans-serif}
.diagnostics h2{margin:0 0 .3em;font-size:16px}
.diagnostics ul.summary{margin:.3em 0;color:#111;font-size:14px}
.diagnostics details>summary{cursor:pointer;margin-top:.4em;font-weight:700}
.diagnostics p.legend{text-indent:0;color:#333;font-size:13px}
.diagnostics ol{margin:.5em 0 0;padding-left:2.2em}
.diagnostics li{margin:.15em 0}
.diagnostics .sev{font-weight:700}
.diagnostics li.sev-error>.sev{color:var(--error)}
.diagnostics li.sev-warning>.sev{color:var(--warning)}
.diagnostics li.sev-info>.sev{color:var(--info)}
.diagnostics ul{margin:0;padding-left:1.4em;color:#333;font-size:13px}
.swatch{display:inline-block;width:1.1em;height:1.1em;margin:0 .3em 0 .9em;vertical-align:-3px;border:1px solid #999}
.swatch.flag-error{background:var(--error-bg);box-shadow:inset 0 0 0 2px var(--error)}
.swatch.flag-warning{background:var(--warning-bg);box-shadow:inset 0 0 0 2px var(--warning)}
.swatch.flag-info{background:var(--info-bg);box-shadow:inset 0 0 0 2px var(--info)}
.swatch.null{background-image:repeating-linear-gradient(135deg,transparent 0 3px,#bbb 3px 4.5px)}
@page{size:A4;margin:22mm 20mm 20mm}
@media print{
html,body{background:none}
body{font-size:12pt}
.report{max-width:none;margin:0;padding:0;box-shadow:none}
.diagnostics{display:none}
table{break-inside:auto}
thead{display:table-header-group}
tr,th,td{break-inside:avoid;page-break-inside:avoid}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
p{orphans:2;widows:2}
a{color:inherit;text-decoration:none}
}
)css";

// The overlay's colours under `scope`: `.annotated` on screen,
// `.annotated-print` in print (only when the overlay was asked for).
std::string flag_rules(std::string_view scope) {
    return fmt::format(R"css(
{0} .flag{{--c:var(--info);--bg:var(--info-bg)}}
{0} .flag-warning{{--c:var(--warning);--bg:var(--warning-bg)}}
{0} .flag-error{{--c:var(--error);--bg:var(--error-bg)}}
{0} td.flag,{0} th.flag,{0} tr.flag>th:not(.group){{background-color:var(--bg);box-shadow:inset 0 0 0 2px var(--c)}}
{0} tr.flag>td:not(.flag){{background-color:var(--bg)}}
{0} p.flag,{0} h1.flag,{0} h2.flag,{0} h3.flag{{background-color:var(--bg);box-shadow:-5px 0 0 var(--c)}}
{0} section.flag{{box-shadow:-10px 0 0 -4px var(--c)}}
{0} table.flag{{outline:3px solid var(--c);outline-offset:2px}}
{0} .flag{{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
{0} .dref{{display:inline-block;margin-left:3px;padding:0 4px;border-radius:7px;color:#fff;font:700 10px/1.5 sans-serif;text-indent:0;text-decoration:none;vertical-align:super}}
{0} .dref.sev-error{{background:var(--error)}}
{0} .dref.sev-warning{{background:var(--warning)}}
{0} .dref.sev-info{{background:var(--info)}}
{0} :target{{scroll-margin-top:3em}}
)css",
                       scope);
}

std::string build_report_css() {
    std::string css(base);
    css += "@media screen{" + flag_rules(".annotated") + "}\n";
    css += "@media print{.annotated-print .diagnostics{display:block;box-shadow:none;margin:0 0 1em}" +
           flag_rules(".annotated-print") + "}\n";
    return css;
}

constexpr std::string_view index_sheet = R"css(
*{box-sizing:border-box}
body{margin:0;background:#f4f4f2;color:#111;font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif}
main{max-width:1200px;margin:0 auto;padding:20px}
h1{margin:0 0 .3em;font-size:22px}
p.summary{margin:0 0 1em;color:#333}
table{width:100%;border-collapse:collapse;background:#fff}
th,td{border:1px solid #bbb;padding:5px 8px;text-align:left;vertical-align:top}
thead th{background:#e8e8e4;white-space:nowrap}
th button{all:inherit;cursor:pointer;padding:0;border:0;background:none}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
td.count{text-align:right;font-variant-numeric:tabular-nums}
tr.has-errors td.errors{color:#c62828;font-weight:700}
tr.failed td{background:#fdecea}
td.path{font:12px/1.5 monospace;color:#555;word-break:break-all}
.failure{color:#c62828}
@media print{body{background:none}main{padding:0}th button::after{content:none}}
)css";

}  // namespace

const std::string& report_css() {
    static const std::string css = build_report_css();
    return css;
}

const std::string& index_css() {
    static const std::string css(index_sheet);
    return css;
}

}  // namespace nianbao::html
