// parseDouble on every platform: std::from_chars where the standard library
// has it for double, else parseDoubleWithoutFromChars (Apple's libc++). Both
// run here, so the path macOS takes is tested on Linux against the other.
#include "import/parse_context.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {

using stratos::import::detail::parseDouble;
using stratos::import::detail::parseDoubleWithoutFromChars;

struct Case
{
    const char *text;
    std::optional<double> expected;
};

const Case kCases[] = {
    {"5.17e+24", 5.17e24}, {"+1.5", 1.5},          {"-0.25", -0.25},      {".5", 0.5},
    {"5.", 5.0},           {"00012", 12.0},         {"1E3", 1000.0},       {"1e+0005", 1e5},
    {"0.1", 0.1},          {"4.9e-324", 4.9e-324},  {"1.7976931348623157e308", 1.7976931348623157e308},
    {"", std::nullopt},    {"+", std::nullopt},     {"-", std::nullopt},   {".", std::nullopt},
    {"1e", std::nullopt},  {"e5", std::nullopt},    {" 1", std::nullopt},  {"1 ", std::nullopt},
    {"1,5", std::nullopt}, {"0x10", std::nullopt},  {"inf", std::nullopt}, {"nan", std::nullopt},
    {"--1", std::nullopt}, {"+-1", std::nullopt},   {"1.2.3", std::nullopt},
    {"1e400", std::nullopt},  // overflow
    {"1e-400", std::nullopt}, // underflow to zero is not the number written
    {"1e+", std::nullopt}, {"1.5e-", std::nullopt}, {"١٢", std::nullopt}};

TEST(ParseDouble, KnownFieldsGiveTheNumberOrNothing)
{
    for (const Case &c : kCases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(parseDouble(QByteArrayView(c.text)), c.expected);
        EXPECT_EQ(parseDoubleWithoutFromChars(QByteArrayView(c.text)), c.expected);
    }
}

// Round trips of random doubles, printed the ways exporters print them, and
// mutations of those strings (a digit, sign or exponent broken or moved): the
// two implementations agree on the value, bit for bit, or both refuse.
TEST(ParseDouble, BothImplementationsAgreeOnRandomFields)
{
    QRandomGenerator rng(20);
    const char *formats[] = {"%.17g", "%.3f", "%g", "%.6e", "%.0f", "%a"};
    const char alphabet[] = "0123456789+-.eE x";
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        double v = std::ldexp(rng.generateDouble() - 0.5, int(rng.bounded(-1100, 1100)));
        char buf[128];
        std::snprintf(buf, sizeof buf, formats[i % 6], v);
        QByteArray text(buf);
        if (i % 3 == 1) // one character replaced
            text[qsizetype(rng.bounded(int(text.size())))] = alphabet[rng.bounded(int(sizeof alphabet - 1))];
        else if (i % 3 == 2) // one character dropped
            text.remove(qsizetype(rng.bounded(int(text.size()))), 1);
        const auto a = parseDouble(QByteArrayView(text));
        const auto b = parseDoubleWithoutFromChars(QByteArrayView(text));
        ASSERT_EQ(a.has_value(), b.has_value()) << text.constData();
        if (a) {
            ASSERT_EQ(std::memcmp(&*a, &*b, sizeof(double)), 0) << text.constData();
            ++accepted;
        }
    }
    EXPECT_GT(accepted, 8000); // the set is mostly numbers, not only noise
}

} // namespace
