// bench_models: the statement table's models at scale (DESIGN.md targets): text filter latency
// per keystroke, speaker and topic filter latency, sort latency per column, and memory per
// statement, on statements parsed from generated summaries.
//
//   bench_models [--statements N] [--seed S] [--smoke]
//
// A benchmark, not a test: it prints figures and exits 0 once it has run.

#include "corpus/corpus.h"
#include "document/summaryparser.h"
#include "items/statementfiltermodel.h"
#include "items/statementmodel.h"
#include "summarygenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Readout;

namespace {

size_t heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

double millis(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    Stats s;
    s.median = values[values.size() / 2];
    s.p95 = values[std::min(values.size() - 1, size_t(double(values.size()) * 0.95))];
    return s;
}

// A plain function: Qt 5's QtConcurrent cannot map lambdas.
DocumentPtr parseShared(const QString &text)
{
    auto document = std::make_shared<Document>(SummaryParser::parse(text));
    document->compact(); // as DocumentLoader does
    return document;
}

std::vector<DocumentPtr> generateDocuments(quint64 seed, int statements)
{
    SummaryGenerator generator(seed);
    std::vector<DocumentPtr> documents;
    int count = 0;
    while (count < statements) {
        QStringList texts;
        for (int i = 0; i < 256; ++i)
            texts.append(generator.next());
        const QList<DocumentPtr> parsed = QtConcurrent::blockingMapped(texts, &parseShared);
        for (const DocumentPtr &doc : parsed) {
            documents.push_back(doc);
            count += int(doc->statements.size());
        }
    }
    return documents;
}

void row(const char *what, double value, const char *unit, const char *target,
         const QString &baseline = QString())
{
    std::printf("%-44s %10.2f %-6s %-12s %s\n", what, value, unit, target, qPrintable(baseline));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Readout statement model benchmark"));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("statements"),
                                         QStringLiteral("Statements to generate (1000000)."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                         QStringLiteral("A tiny run that only shows it works."));
    parser.addOptions({countOption, seedOption, smokeOption});
    parser.process(app);
    const int wanted = parser.isSet(smokeOption) ? 2000 : parser.value(countOption).toInt();

    const size_t heapBefore = heapBytes();
    std::vector<DocumentPtr> documents =
        generateDocuments(parser.value(seedOption).toULongLong(), wanted);
    size_t textBytes = 0;
    int statementCount = 0;
    for (const DocumentPtr &doc : documents) {
        textBytes += size_t(doc->text.capacity()) * sizeof(QChar);
        statementCount += int(doc->statements.size());
    }
    const size_t heapDocuments = heapBytes();

    Corpus corpus;
    StatementModel statements(&corpus);
    StatementFilterModel filter;
    filter.setSourceModel(&statements);
    const double addMs = millis([&] { corpus.addDocuments(documents); });
    const size_t heapModels = heapBytes();

    std::printf("%d statements in %zu generated summaries, %.1f MB of text (UTF-16)\n\n",
                statementCount, documents.size(), double(textBytes) / 1e6);
    std::printf("%-44s %10s %-6s %-12s %s\n", "what", "measured", "", "target", "baseline");
    row("add documents to corpus + models", addMs, "ms", "-");

    // Text filter: a reader types a query letter by letter.
    const QStringList queries = {QStringLiteral("cooperation"), QStringLiteral("peace treaty"),
                                 QStringLiteral("nuclear")};
    std::vector<double> keystrokes;
    for (const QString &query : queries) {
        for (int n = 1; n <= query.size(); ++n) {
            const QString prefix = query.left(n);
            keystrokes.push_back(millis([&] { filter.setTextFilter(prefix); }));
        }
        filter.setTextFilter(QString());
    }
    // Baseline: one loop of case-insensitive QString::contains over every statement.
    int baselineHits = 0;
    const double containsMs = millis([&] {
        for (int r = 0; r < corpus.rowCount(); ++r)
            baselineHits += corpus.statementText(r).contains(queries[0], Qt::CaseInsensitive);
    });
    const Stats text = stats(keystrokes);
    const QString baseline =
        QStringLiteral("QString::contains loop %1 ms").arg(containsMs, 0, 'f', 1);
    row("text filter per keystroke, median", text.median, "ms", "< 50 ms", baseline);
    row("text filter per keystroke, p95", text.p95, "ms", "-");
    filter.setTextFilter(QStringLiteral("(agree|welcome)d? to"),
                         StatementFilterModel::TextMode::RegularExpression);
    row("regular expression filter (one query)", millis([&] {
            filter.setTextFilter(QStringLiteral("(agreed|welcomed) to"),
                                 StatementFilterModel::TextMode::RegularExpression);
        }),
        "ms", "-");
    filter.setTextFilter(QString());

    // Speaker and topic filters: the speakers and topics with most statements.
    std::vector<int> speakerIds;
    for (int id = 0; id < corpus.speakers().size(); ++id)
        speakerIds.push_back(id);
    std::sort(speakerIds.begin(), speakerIds.end(), [&](int a, int b) {
        return corpus.speakers().entry(a).statementCount >
               corpus.speakers().entry(b).statementCount;
    });
    std::vector<double> speakerTimes;
    for (size_t i = 0; i < std::min<size_t>(speakerIds.size(), 10); ++i) {
        speakerTimes.push_back(millis([&] { filter.setSpeakers({speakerIds[i]}); }));
    }
    filter.setSpeakers({});
    const Stats speaker = stats(speakerTimes);
    row("speaker filter, median of 10 speakers", speaker.median, "ms", "< 20 ms");
    std::vector<double> topicTimes;
    for (int id : corpus.topics().topLevel()) {
        topicTimes.push_back(millis([&] { filter.setTopics({id}); }));
        if (topicTimes.size() == 10)
            break;
    }
    filter.setTopics({});
    const Stats topic = stats(topicTimes);
    row("topic filter, median of top-level topics", topic.median, "ms", "< 20 ms");

    for (int column = 0; column < StatementModel::ColumnCount; ++column) {
        const QByteArray name =
            "sort by " + statements.headerData(column, Qt::Horizontal).toString().toUtf8();
        const double ms = millis([&] { filter.sort(column, Qt::AscendingOrder); });
        row(name.constData(), ms, "ms", "< 1000 ms");
    }

    const double perStatementDocuments =
        double(heapDocuments - heapBefore - textBytes) / statementCount;
    const double perStatementModels = double(heapModels - heapDocuments) / statementCount;
    row("bytes per statement in Documents (no text)", perStatementDocuments, "B", "-");
    // The folded copy of the text (what the text filter scans) is text too, in another form.
    const double perStatementFolded = double(corpus.foldedTexts().byteSize()) / statementCount;
    row("bytes per statement in corpus + models", perStatementModels, "B", "-");
    row("  of which the folded search text", perStatementFolded, "B", "-");
    row("bytes per statement beyond the text",
        perStatementDocuments + perStatementModels - perStatementFolded, "B", "< 300 B");
    row("  counting the folded text too", perStatementDocuments + perStatementModels, "B", "-");
    std::printf("\n(%d rows matched the baseline query)\n", baselineHits);
    return 0;
}
