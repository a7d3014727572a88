#pragma once
// Questions about the five seed articles with the phrase a right answer
// contains and the file it comes from. Shared by the test and the benchmark.

#include <QList>
#include <QString>

namespace stratos::test {

struct SeedQuestion
{
    const char *question;
    const char *phrase; // case-insensitive
    const char *file;   // prefix of the seed file name
};

inline const QList<SeedQuestion> &seedQuestions()
{
    static const QList<SeedQuestion> list = {
        {"What did OpenAI accuse DeepSeek of?", "distillation", "000_"},
        {"How much did OpenAI spend on R&D for its latest models?", "$10 billion", "000_"},
        {"What is the capital expenditure of Amazon's Leo project?", "$10 billion", "000_"},
        {"How big will the satellite internet market be by 2030?", "$35 billion", "000_"},
        {"How many satellites does SpaceX already operate?", "6,000", "000_"},
        {"What latency does the Leo network aim to provide?", "sub-100ms", "000_"},
        {"Where did Amazon launch its Leo satellites?", "Cape Canaveral", "000_"},
        {"How much was DeepSeek V3 said to cost to train?", "5 million", "001_"},
        {"How many engineers did Amazon put on Alexa?", "15,000", "001_"},
        {"Why does Meta not charge for Llama?", "ads", "001_"},
        {"Why is Google pushing so hard on AI?", "search", "001_"},
        {"How much profit must OpenAI make before AGI counts for Microsoft?", "hundred billion", "001_"},
        {"How does OpenAI counter DeepSeek's cheap models?", "data security", "001_"},
        {"Who founded DeepSeek?", "Liang Wenfeng", "002_"},
        {"By how much did Nvidia shares drop?", "12%", "002_"},
        {"How far did the Nasdaq Composite fall?", "3.6%", "002_"},
        {"When did DeepSeek release its reasoning model R1?", "January 2025", "002_"},
        {"When did DeepSeek release its first open-source model?", "December 2024", "002_"},
        {"How much market value did Nvidia lose in one day?", "$589 billion", "003_"},
        {"Which AI model did Alibaba release just days after DeepSeek?", "Qwen", "003_"},
        {"When did the USSR launch Sputnik 1?", "1957", "003_"},
        {"Why is Nvidia banned from the Chinese market?", "ChipsAct", "003_"},
        {"Which Chinese labs emerged as competitors after DeepSeek?", "Kimi", "004_"},
        {"What is Europe doing about big technology firms?", "regulatory", "004_"},
        {"What does the forecast expect the US government to prioritize?", "energy subsidies", "004_"},
        {"Who is Andrew Chen?", "Industry veteran", "004_"},
    };
    return list;
}

} // namespace stratos::test
