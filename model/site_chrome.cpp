#include "model/site_chrome.hpp"

#include <algorithm>
#include <array>

namespace nianbao {

namespace {

// The fields of crawler records and page headers seen before reports.
constexpr std::array<std::string_view, 20> metadata_keys{
    "标题", "发布时间", "发布日期", "文号", "发文字号", "发布机构", "发文机关", "栏目", "原文链接", "本地目录",
    "索引号", "生成日期", "成文日期", "关键字", "关键词", "所属机构", "信息来源", "来源", "浏览次数", "主题分类"};

// A value longer than this is prose that happens to start with a key.
constexpr std::size_t longest_value = 300;

std::string_view skip_spaces(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (s.starts_with("\u3000")) s.remove_prefix(3);
    return s;
}

}  // namespace

bool is_metadata_line(std::string_view line) {
    line = skip_spaces(line);
    for (const std::string_view key : metadata_keys) {
        if (!line.starts_with(key)) continue;
        std::string_view rest = skip_spaces(line.substr(key.size()));
        if (!rest.starts_with(":") && !rest.starts_with("：")) continue;
        rest.remove_prefix(rest.starts_with(":") ? 1 : 3);
        return rest.size() <= longest_value && rest.find("。") == std::string_view::npos;
    }
    return false;
}

bool is_divider_line(std::string_view line) {
    line = skip_spaces(line);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (line == "正文") return true;
    std::size_t marks = 0;
    for (std::size_t i = 0; i < line.size();) {
        if (line[i] == '=' || line[i] == '-') {
            ++marks;
            ++i;
        } else if (line[i] == ' ') {
            ++i;
        } else if (line.substr(i).starts_with("正文")) {
            i += std::string_view("正文").size();
        } else {
            return false;
        }
    }
    return marks >= 5;
}

std::size_t chrome_prefix_length(std::string_view line) {
    const std::string_view text = skip_spaces(line);
    const std::size_t indent = line.size() - text.size();
    if (!text.starts_with("当前位置") && !text.starts_with("您当前的位置") && !text.starts_with("您的位置"))
        return 0;
    // The toolbar ends the chrome; a sentence end before it means it was not one.
    constexpr std::size_t window = 800;
    const std::string_view head = text.substr(0, std::min(window, text.size()));
    std::size_t end = 0;
    for (const std::string_view word : {"-->", "相关链接：", "相关链接:", "文件下载", "文字版", "全真版", "QQ空间",
                                        "打印", "关闭"}) {
        const auto at = head.rfind(word);
        if (at != std::string_view::npos) end = std::max(end, at + word.size());
    }
    if (end == 0 || head.substr(0, end).find("。") != std::string_view::npos) return 0;
    while (end < text.size() && text[end] == ' ') ++end;
    return indent + end;
}

}  // namespace nianbao
