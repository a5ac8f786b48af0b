// JsonOutput writes what RapidJSON's writers write (the golden models were
// made with them): the same calls on both, compared byte for byte.
#include "backends/json_output.hpp"

#include <catch2/catch.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

using nianbao::JsonOutput;

namespace {

// Every ASCII byte, quotes and backslashes at each position of a 16-byte
// block and across its end, UTF-8 text, and escapes on both sides of the
// 4 KiB slices a long string is escaped in.
std::string hostile_text() {
    std::string text;
    for (int c = 0; c < 128; ++c) text += static_cast<char>(c);
    for (int shift = 0; shift < 20; ++shift) text += std::string(static_cast<std::size_t>(shift), 'a') + "\"\\\n";
    text += "年度报告“引号”，\x7f\xE3\x80\x80末";
    for (const std::size_t at : {4095, 4096, 8191, 8192, 8193}) {
        if (text.size() < at) text += std::string(at - text.size(), 'x');
        text += "\"\x01";
    }
    return text;
}

// The same document through any writer with RapidJSON's calls.
template <typename Writer>
void write_document(Writer& w, const std::string& text) {
    const auto key = [&](std::string_view k) { w.Key(k.data(), static_cast<unsigned>(k.size())); };
    const auto string = [&](std::string_view s) { w.String(s.data(), static_cast<unsigned>(s.size())); };
    w.StartObject();
    key("text"), string(text);
    key("empty_object"), w.StartObject(), w.EndObject();
    key("empty_array"), w.StartArray(), w.EndArray();
    key("numbers");
    w.StartArray();
    w.Int(-42), w.Int(0), w.Uint64(18446744073709551615ULL), w.Null();
    w.StartObject(), key(""), string(""), w.EndObject();
    w.EndArray();
    key(text), w.Null();
    w.EndObject();
}

template <>
void write_document<JsonOutput>(JsonOutput& w, const std::string& text) {
    w.StartObject();
    w.Key("text"), w.String(text);
    w.Key("empty_object"), w.StartObject(), w.EndObject();
    w.Key("empty_array"), w.StartArray(), w.EndArray();
    w.Key("numbers");
    w.StartArray();
    w.Int(-42), w.Int(0), w.Uint64(18446744073709551615ULL), w.Null();
    w.StartObject(), w.Key(""), w.String(""), w.EndObject();
    w.EndArray();
    w.Key(text), w.Null();
    w.EndObject();
}

template <typename RapidWriter>
std::string rapidjson_text(const std::string& text) {
    rapidjson::StringBuffer buffer;
    RapidWriter writer(buffer);
    if constexpr (std::is_same_v<RapidWriter, rapidjson::PrettyWriter<rapidjson::StringBuffer>>) writer.SetIndent(' ', 2);
    write_document(writer, text);
    return {buffer.GetString(), buffer.GetSize()};
}

std::string json_output_text(const std::string& text, bool pretty) {
    JsonOutput writer(pretty);
    write_document(writer, text);
    return std::string(writer.text());
}

}  // namespace

TEST_CASE("JSON output: pretty form as RapidJSON's PrettyWriter", "[backend][json]") {
    const std::string text = hostile_text();
    const std::string ours = json_output_text(text, true);
    CHECK(ours == rapidjson_text<rapidjson::PrettyWriter<rapidjson::StringBuffer>>(text));
    CHECK(ours.find("\\u0000\\u0001") != std::string::npos);  // controls as \u00XX
    CHECK(ours.find("\\u001F") != std::string::npos);         // in capitals
    CHECK(ours.find("\\b\\t\\n\\u000B\\f\\r") != std::string::npos);
    CHECK(ours.find("\"empty_object\": {}") != std::string::npos);
}

TEST_CASE("JSON output: compact form as RapidJSON's Writer", "[backend][json]") {
    const std::string text = hostile_text();
    const std::string ours = json_output_text(text, false);
    CHECK(ours == rapidjson_text<rapidjson::Writer<rapidjson::StringBuffer>>(text));
    CHECK(ours.find('\n') == std::string::npos);
}

namespace {

// Objects and arrays nested `depth` deep, a key and a number at each level:
// indentation past the 64 spaces copied at once.
template <typename Writer>
void write_nested(Writer& w, int depth) {
    w.StartArray();
    for (int level = 0; level < depth; ++level) {
        w.Int(level);
        w.StartObject();
        w.Key("k", 1);
        if (level % 2 == 0) w.StartArray();
        else w.StartObject(), w.Key("inner", 5);
        w.StartArray();
    }
    for (int level = depth - 1; level >= 0; --level) {
        w.EndArray();
        if (level % 2 == 0) w.EndArray();
        else w.EndObject();
        w.EndObject();
    }
    w.EndArray();
}

struct KeyAdapter {
    JsonOutput& w;
    void StartArray() { w.StartArray(); }
    void EndArray() { w.EndArray(); }
    void StartObject() { w.StartObject(); }
    void EndObject() { w.EndObject(); }
    void Key(const char* k, unsigned n) { w.Key(std::string_view(k, n)); }
    void Int(int i) { w.Int(i); }
};

}  // namespace

TEST_CASE("JSON output: deep nesting indented as RapidJSON's PrettyWriter", "[backend][json]") {
    for (const int depth : {1, 15, 16, 17, 40}) {
        rapidjson::StringBuffer buffer;
        rapidjson::PrettyWriter<rapidjson::StringBuffer> rapid(buffer);
        rapid.SetIndent(' ', 2);
        write_nested(rapid, depth);
        JsonOutput ours(true);
        KeyAdapter adapter{ours};
        write_nested(adapter, depth);
        INFO("depth " << depth);
        CHECK(std::string(ours.text()) == std::string(buffer.GetString(), buffer.GetSize()));
    }
}
