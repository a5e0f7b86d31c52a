#include "corpus/corpus.h"
#include "items/corpusmodel.h"
#include "items/corpussortmodel.h"
#include "items/itemroles.h"
#include "items/outlinemodel.h"
#include "items/speakerlistmodel.h"
#include "items/topictreemodel.h"
#include "sampledocuments.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Readout;

namespace {

QAbstractItemModelTester *testModel(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusModelListsDocuments()
    {
        Corpus corpus;
        CorpusModel model(&corpus);
        testModel(&model);
        corpus.addDocuments({sample2003(), sample2002()});
        corpus.addDocument(sample2004());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex title = model.index(1, CorpusModel::TitleColumn);
        QCOMPARE(title.data().toString(),
                 QStringLiteral("Nakara-Veloria Foreign Ministers' Meeting (Summary)"));
        QCOMPARE(model.index(1, CorpusModel::DateColumn).data().toString(),
                 QStringLiteral("2002-10-12"));
        QCOMPARE(model.index(1, CorpusModel::PlaceColumn).data().toString(),
                 QStringLiteral("Port Sarel"));
        QCOMPARE(model.index(1, CorpusModel::ParticipantsColumn).data().toString(),
                 QStringLiteral("Haruka Sonoda, Arlen Castellan"));
        QCOMPARE(model.index(1, CorpusModel::StatementsColumn).data().toInt(), 6);
        // Dates sort as dates.
        QVERIFY(model.index(1, CorpusModel::DateColumn).data(SortRole).toLongLong() <
                model.index(0, CorpusModel::DateColumn).data(SortRole).toLongLong());
        corpus.removeDocument(0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CorpusModel::DateColumn).data().toString(),
                 QStringLiteral("2002-10-12"));
        corpus.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // The document list sorts by date (undated meetings first) and by statements as documents
    // arrive, comparing the documents themselves.
    void documentListSortsAsDocumentsArrive()
    {
        Corpus corpus;
        CorpusModel documents(&corpus);
        CorpusSortModel sorted(&documents);
        testModel(&sorted);
        sorted.sort(CorpusModel::DateColumn, Qt::AscendingOrder);
        auto undated = std::make_shared<Document>(*sample2003());
        undated->file += QStringLiteral("-undated");
        undated->date = QDate();
        undated->statements.resize(1);
        corpus.addDocument(sample2004());
        corpus.addDocuments({sample2002(), undated});
        corpus.addDocument(sample2003());
        const auto column = [&](int c) {
            QStringList values;
            for (int r = 0; r < sorted.rowCount(); ++r)
                values.append(sorted.index(r, c).data().toString());
            return values;
        };
        QCOMPARE(column(CorpusModel::DateColumn),
                 QStringList({QString(), QStringLiteral("2002-10-12"), QStringLiteral("2003-03-03"),
                              QStringLiteral("2004-06-05")}));
        sorted.sort(CorpusModel::StatementsColumn, Qt::DescendingOrder);
        const QStringList counts = column(CorpusModel::StatementsColumn);
        QCOMPARE(counts.last(), QStringLiteral("1"));
        for (int r = 1; r < counts.size(); ++r)
            QVERIFY(counts[r - 1].toInt() >= counts[r].toInt());
    }

    void outlineModelIsTheDocumentTree()
    {
        OutlineModel model;
        testModel(&model);
        const DocumentPtr doc = sample2003();
        model.setDocument(doc);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex bilateral = model.index(0, OutlineModel::HeadingColumn);
        QCOMPARE(bilateral.data().toString(), QStringLiteral("1. Bilateral relations"));
        QCOMPARE(bilateral.data(LabelRole).toString(), QStringLiteral("1."));
        QCOMPARE(bilateral.data(HeadingRole).toString(), QStringLiteral("Bilateral relations"));
        QCOMPARE(model.rowCount(bilateral), 2);
        QCOMPARE(model.index(0, OutlineModel::StatementsColumn).data().toInt(), 3);
        const QModelIndex economy = model.index(1, 0, bilateral);
        QCOMPARE(economy.data(HeadingRole).toString(), QStringLiteral("Economy"));
        QCOMPARE(economy.parent(), bilateral);
        QCOMPARE(economy.data(StatementCountRole).toInt(), 1);
        // The source range is the heading line.
        const int start = economy.data(SourceStartRole).toInt();
        const int end = economy.data(SourceEndRole).toInt();
        QCOMPARE(doc->text.mid(start, end - start), QStringLiteral("(2) Economy"));
        QCOMPARE(model.indexOfNode(economy.data(OutlineNodeRole).toInt()), economy);
        // Offsets in a statement belong to its node; in a heading line, to that heading.
        const Statement &fund = doc->statements[3];
        QCOMPARE(model.nodeAt(fund.start + 3), economy.data(OutlineNodeRole).toInt());
        QCOMPARE(model.nodeAt(start), economy.data(OutlineNodeRole).toInt());
        QCOMPARE(model.nodeAt(0), -1);
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void speakerListCountsAndChecks()
    {
        Corpus corpus;
        SpeakerListModel model(&corpus);
        testModel(&model);
        corpus.addDocuments({sample2002(), sample2003(), sample2004()});
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names.append(model.index(r).data().toString());
        // People by name, then sides, then the joint and unknown entries.
        QCOMPARE(
            names,
            QStringList({QStringLiteral("Arlen Castellan (3)"), QStringLiteral("Haruka Sonoda (4)"),
                         QStringLiteral("Ilse Varga (1)"), QStringLiteral("Veloria (side) (1)"),
                         QStringLiteral("Both sides (joint) (3)"),
                         QStringLiteral("No speaker stated (3)")}));
        QSignalSpy checked(&model, &SpeakerListModel::checkedSpeakersChanged);
        QVERIFY(model.setData(model.index(2), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedSpeakers(), QSet<int>{model.speakerAt(2)});
        QCOMPARE(checked.count(), 1);
        QCOMPARE(model.index(2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(2).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Foreign Minister, Marenthia"));
        // Merged into Castellan, Varga's row goes and the check follows her.
        const int varga = model.speakerAt(2);
        const int castellan = model.speakerAt(0);
        QVERIFY(corpus.mergeSpeakers(varga, castellan));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Arlen Castellan (4)"));
        QCOMPARE(model.checkedSpeakers(), QSet<int>{castellan});
    }

    void topicTreeMergesHeadingsAcrossMeetings()
    {
        Corpus corpus;
        TopicTreeModel model(&corpus);
        testModel(&model);
        corpus.addDocuments({sample2002(), sample2003()});
        corpus.addDocument(sample2004());
        QCOMPARE(model.rowCount(), 3); // Bilateral Relations, Regional Affairs, outside
        const QModelIndex bilateral = model.index(0, 0);
        QCOMPARE(bilateral.data().toString(), QStringLiteral("Bilateral Relations (9)"));
        QCOMPARE(model.rowCount(bilateral), 2); // Peace Treaty, Economy
        QCOMPARE(model.index(0, 0, bilateral).data().toString(),
                 QStringLiteral("Peace Treaty (5)"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("(Outside any topic) (3)"));
        QSignalSpy checked(&model, &TopicTreeModel::checkedTopicsChanged);
        QVERIFY(model.setData(bilateral, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.count(), 1);
        QCOMPARE(model.checkedTopics(), QSet<int>{bilateral.data(TopicIdRole).toInt()});
    }

    // While an archive streams in, the speaker list and topic tree catch up now and then
    // (never showing a topic the tree was not told of); once the last piece is in, both are
    // complete at once.
    void summariesCatchUpWhileDocumentsStream()
    {
        Corpus corpus;
        SpeakerListModel speakers(&corpus);
        TopicTreeModel topics(&corpus);
        testModel(&speakers);
        testModel(&topics);
        corpus.setStreaming(true);
        corpus.addDocument(sample2002());
        corpus.addDocument(sample2003());
        // Both have caught up a moment later, without waiting for the end.
        QTRY_COMPARE(speakers.index(0).data().toString(), QStringLiteral("Arlen Castellan (3)"));
        QTRY_COMPARE(topics.index(0, 0).data().toString(),
                     QStringLiteral("Bilateral Relations (6)"));
        corpus.addDocument(sample2004());
        corpus.setStreaming(false);
        QCOMPARE(speakers.rowCount(), 6);
        QCOMPARE(speakers.index(1).data().toString(), QStringLiteral("Haruka Sonoda (4)"));
        QCOMPARE(topics.index(0, 0).data().toString(), QStringLiteral("Bilateral Relations (9)"));
        QCOMPARE(topics.rowCount(topics.index(0, 0)), 2);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
