#include "corpus/corpus.h"
#include "items/itemroles.h"
#include "items/statementfiltermodel.h"
#include "items/statementmodel.h"
#include "items/statementorder.h"
#include "sampledocuments.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Readout;

namespace {

int speakerNamed(const Corpus &corpus, const QString &name)
{
    for (int id = 0; id < corpus.speakers().size(); ++id) {
        if (corpus.speakers().entry(id).name == name)
            return id;
    }
    return -1;
}

int topicAt(const Corpus &corpus, const QStringList &path)
{
    for (int id = 0; id < corpus.topics().size(); ++id) {
        if (corpus.topics().path(id) == path)
            return id;
    }
    return -1;
}

} // namespace

class TestStatementFilterModel : public QObject
{
    Q_OBJECT

private:
    Corpus *corpus = nullptr;
    StatementModel *statements = nullptr;
    StatementFilterModel *filter = nullptr;

    QStringList shownTexts() const
    {
        QStringList texts;
        for (int r = 0; r < filter->rowCount(); ++r)
            texts.append(filter->index(r, StatementModel::TextColumn).data().toString());
        return texts;
    }

    // What a reader checks: every shown row is by one of these speakers (or joint).
    void verifySpeakers(const QSet<int> &ids, bool jointAllowed)
    {
        for (int r = 0; r < filter->rowCount(); ++r) {
            const QModelIndex index = filter->index(r, StatementModel::SpeakerColumn);
            const int id = index.data(SpeakerIdRole).toInt();
            QVERIFY2(ids.contains(id) || (jointAllowed && id == corpus->speakers().jointId()),
                     qPrintable(index.data().toString()));
        }
    }

private Q_SLOTS:
    void init()
    {
        corpus = new Corpus(this);
        statements = new StatementModel(corpus, corpus);
        filter = new StatementFilterModel(corpus);
        filter->setSourceModel(statements);
        new QAbstractItemModelTester(
            statements, QAbstractItemModelTester::FailureReportingMode::QtTest, corpus);
        new QAbstractItemModelTester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     corpus);
        corpus->addDocuments({sample2002(), sample2003()});
        corpus->addDocument(sample2004());
    }

    void cleanup()
    {
        delete corpus;
        corpus = nullptr;
    }

    void showsEveryStatementUnfiltered()
    {
        QCOMPARE(statements->rowCount(), 15);
        QCOMPARE(filter->rowCount(), 15);
        QCOMPARE(filter->totalCount(), 15);
        const QModelIndex first = statements->index(1, StatementModel::TopicColumn);
        QCOMPARE(first.data().toString(),
                 QStringLiteral("Bilateral Relations \u203A Peace Treaty"));
        QCOMPARE(statements->index(1, StatementModel::SpeakerColumn).data().toString(),
                 QStringLiteral("Arlen Castellan"));
        QCOMPARE(statements->index(1, StatementModel::CountryColumn).data().toString(),
                 QStringLiteral("Veloria"));
        QCOMPARE(statements->index(1, StatementModel::DateColumn).data().toString(),
                 QStringLiteral("2002-10-12"));
    }

    void speakerAcrossMeetingsWithAndWithoutJointStatements()
    {
        const int castellan = speakerNamed(*corpus, QStringLiteral("Arlen Castellan"));
        QVERIFY(castellan >= 0);
        QSignalSpy counts(filter, &StatementFilterModel::countChanged);
        filter->setIncludeJoint(false);
        filter->setSpeakers({castellan});
        QCOMPARE(filter->rowCount(), 3); // one in 2002, two in 2003
        verifySpeakers({castellan}, false);
        QCOMPARE(counts.last().at(0).toInt(), 3);
        QCOMPARE(counts.last().at(1).toInt(), 15);
        // The joint statements of his two meetings, not of the 2004 one he was not at.
        filter->setIncludeJoint(true);
        QCOMPARE(filter->rowCount(), 5);
        verifySpeakers({castellan}, true);
        QVERIFY(!shownTexts().contains(
            QStringLiteral("The two ministers agreed to hold the first strategic dialogue.")));
        // A side: the Velorian side's own statement plus the joint ones of its meetings.
        const int veloria = corpus->speakers().findSide(QStringLiteral("Veloria"));
        filter->setSpeakers({veloria});
        QCOMPARE(filter->rowCount(), 3);
    }

    void topicIncludesEverythingBelowAcrossMeetings()
    {
        const int bilateral = topicAt(*corpus, {QStringLiteral("Bilateral Relations")});
        const int treaty = topicAt(
            *corpus, {QStringLiteral("Bilateral Relations"), QStringLiteral("Peace Treaty")});
        QVERIFY(bilateral >= 0 && treaty >= 0);
        filter->setTopics({treaty});
        QCOMPARE(filter->rowCount(), 5); // 2002 heading "Peace Treaty" and 2003 "Peace treaty"
        for (int r = 0; r < filter->rowCount(); ++r)
            QVERIFY(filter->index(r, StatementModel::TopicColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("eace"), Qt::CaseInsensitive));
        filter->setTopics({bilateral});
        QCOMPARE(filter->rowCount(), 9);
    }

    void textIsCaseAndAccentInsensitive()
    {
        filter->setTextFilter(QStringLiteral("TREATY"));
        QCOMPARE(filter->rowCount(), 3);
        for (const QString &text : shownTexts())
            QVERIFY(text.contains(QStringLiteral("treaty")));
        filter->setTextFilter(QStringLiteral("cafe"));
        QCOMPARE(shownTexts(),
                 QStringList{QStringLiteral("Minister Castellan proposed a joint fund for the "
                                            "caf\u00e9 owners and fishermen of Orel.")});
        filter->setTextFilter(QStringLiteral("  "));
        QCOMPARE(filter->rowCount(), 15);
        QVERIFY(!filter->isFiltered());
    }

    // Typing narrows within the previous result; deleting widens again. Each step must give
    // what a fresh search gives.
    void typingAndDeletingGiveFreshResults()
    {
        const QStringList steps = {
            QStringLiteral("t"),     QStringLiteral("tr"),     QStringLiteral("tre"),
            QStringLiteral("treat"), QStringLiteral("treaty"), QStringLiteral("trea"),
            QStringLiteral("the t"), QStringLiteral("the"),    QString()};
        for (const QString &step : steps) {
            filter->setTextFilter(step);
            int expected = 0;
            for (int row = 0; row < corpus->rowCount(); ++row) {
                if (corpus->statementText(row).toString().simplified().contains(
                        step, Qt::CaseInsensitive))
                    ++expected;
            }
            QCOMPARE(filter->rowCount(), expected);
        }
    }

    void regularExpressions()
    {
        filter->setTextFilter(QStringLiteral("treat(y|ies)\\b"),
                              StatementFilterModel::TextMode::RegularExpression);
        QCOMPARE(filter->rowCount(), 3);
        QVERIFY(filter->textFilterError().isEmpty());
        filter->setTextFilter(QStringLiteral("(unclosed"),
                              StatementFilterModel::TextMode::RegularExpression);
        QCOMPARE(filter->rowCount(), 0);
        QVERIFY(!filter->textFilterError().isEmpty());
    }

    void documentsAndDatesCombineWithOtherFilters()
    {
        filter->setDateRange(QDate(2003, 1, 1), QDate());
        QCOMPARE(filter->rowCount(), 9);
        filter->setDocuments({corpus->document(2).get()});
        QCOMPARE(filter->rowCount(), 4);
        const int sonoda = speakerNamed(*corpus, QStringLiteral("Haruka Sonoda"));
        filter->setDocuments({});
        filter->setDateRange(QDate(), QDate());
        filter->setSpeakers({sonoda});
        filter->setTextFilter(QStringLiteral("nakara"));
        QCOMPARE(filter->rowCount(), 4);
        verifySpeakers({sonoda}, true);
        filter->setDateRange(QDate(2002, 1, 1), QDate(2002, 12, 31));
        QCOMPARE(filter->rowCount(), 2);
        filter->clearFilters();
        QCOMPARE(filter->rowCount(), 15);
    }

    void sortsAndKeepsTheCurrentRow()
    {
        filter->sort(StatementModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(filter->index(0, StatementModel::DateColumn).data().toString(),
                 QStringLiteral("2004-06-05"));
        // Within a meeting, text order stays.
        QVERIFY(filter->index(0, 0).data(LineRole).toInt() <
                filter->index(1, 0).data(LineRole).toInt());
        const QPersistentModelIndex varga = filter->index(1, StatementModel::TextColumn);
        const QString text = varga.data().toString();
        filter->sort(StatementModel::SpeakerColumn, Qt::AscendingOrder);
        QVERIFY(varga.isValid());
        QCOMPARE(varga.data().toString(), text);
        QCOMPARE(filter->index(0, StatementModel::SpeakerColumn).data().toString(),
                 QStringLiteral("Arlen Castellan"));
        filter->sort(StatementModel::TextColumn, Qt::AscendingOrder);
        for (int r = 1; r < filter->rowCount(); ++r) {
            QVERIFY(filter->index(r - 1, StatementModel::TextColumn)
                        .data()
                        .toString()
                        .compare(filter->index(r, StatementModel::TextColumn).data().toString(),
                                 Qt::CaseInsensitive) <= 0);
        }
    }

    // Documents streaming into a sorted table are merged into the order, not sorted again
    // with the rest: the result must be the order a fresh sort gives, for every column.
    void orderExtendedByNewDocumentsIsTheSortedOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int column = -1; column < StatementModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QByteArray name =
                    QByteArray::number(column) + (order == Qt::AscendingOrder ? " up" : " down");
                QTest::newRow(name.constData()) << column << order;
            }
        }
    }
    void orderExtendedByNewDocumentsIsTheSortedOrder()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        corpus->clear();
        corpus->addDocument(sample2004());
        std::vector<int> extended = StatementOrder::compute(*corpus, column, order);
        // New speakers, topics, titles and dates arrive, some sorting before the first ones.
        corpus->addDocument(sample2002());
        extended = StatementOrder::extend(*corpus, column, order, std::move(extended));
        corpus->addDocument(sample2003());
        extended = StatementOrder::extend(*corpus, column, order, std::move(extended));
        QCOMPARE(extended, StatementOrder::compute(*corpus, column, order));
        // A few rows arriving among many (they are placed by searching, not by a full pass):
        // copies of the meetings, dated and named apart, then one more.
        for (int i = 0; i < 30; ++i) {
            const DocumentPtr original = i % 2 ? sample2002() : sample2004();
            auto copy = std::make_shared<Document>(*original);
            copy->file += QString::number(i);
            copy->date = copy->date.addDays(i * 37 - 500);
            corpus->addDocument(copy);
        }
        extended = StatementOrder::extend(*corpus, column, order, std::move(extended));
        QVERIFY(corpus->rowCount() > 100);
        auto last = std::make_shared<Document>(*sample2003());
        last->file += QStringLiteral("-again");
        corpus->addDocument(last);
        extended = StatementOrder::extend(*corpus, column, order, std::move(extended));
        QCOMPARE(extended, StatementOrder::compute(*corpus, column, order));
    }

    void documentsArriveAndLeaveWhileFiltered()
    {
        corpus->clear();
        corpus->addDocument(sample2002());
        const int sonoda = speakerNamed(*corpus, QStringLiteral("Haruka Sonoda"));
        filter->sort(StatementModel::DateColumn, Qt::AscendingOrder);
        filter->setSpeakers({sonoda});
        QCOMPARE(filter->rowCount(), 3); // two of hers, one joint
        QSignalSpy inserted(filter, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(filter, &QAbstractItemModel::modelReset);
        corpus->addDocument(sample2004());
        QCOMPARE(filter->rowCount(), 5);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        corpus->addDocument(sample2003()); // an earlier meeting lands in the middle
        QCOMPARE(filter->rowCount(), 7);
        QCOMPARE(filter->index(3, StatementModel::DateColumn).data().toString(),
                 QStringLiteral("2003-03-03"));
        verifySpeakers({sonoda}, true);
        corpus->removeDocument(0);
        QCOMPARE(filter->rowCount(), 4);
        verifySpeakers({sonoda}, true);
    }

    // Only the rows of arriving documents are tested against the filters; what is shown must
    // still be what filtering everything afresh shows, for each kind of filter and sort.
    void arrivingDocumentsShowAsAFreshFilterWould_data()
    {
        QTest::addColumn<QString>("filterKind");
        QTest::addColumn<int>("column");
        for (const char *kind : {"speaker", "topic", "text", "regex", "dates", "mask"}) {
            for (const int column :
                 {-1, int(StatementModel::DateColumn), int(StatementModel::SpeakerColumn)}) {
                const QByteArray name = QByteArray(kind) + " by " + QByteArray::number(column);
                QTest::newRow(name.constData()) << QString::fromLatin1(kind) << column;
            }
        }
    }
    void arrivingDocumentsShowAsAFreshFilterWould()
    {
        QFETCH(QString, filterKind);
        QFETCH(int, column);
        const auto configure = [&](StatementFilterModel &model) {
            model.sort(column, Qt::AscendingOrder);
            if (filterKind == QLatin1String("speaker"))
                model.setSpeakers({speakerNamed(*corpus, QStringLiteral("Haruka Sonoda"))});
            else if (filterKind == QLatin1String("topic"))
                model.setTopics({topicAt(*corpus, {QStringLiteral("Bilateral Relations")})});
            else if (filterKind == QLatin1String("text"))
                model.setTextFilter(QStringLiteral("treaty"));
            else if (filterKind == QLatin1String("regex"))
                model.setTextFilter(QStringLiteral("^The"),
                                    StatementFilterModel::TextMode::RegularExpression);
            else if (filterKind == QLatin1String("dates"))
                model.setDateRange(QDate(2003, 1, 1), QDate());
            else // every other row of those there are now; the rows after have no entry
                model.setRowMask(std::vector<std::uint8_t>{1, 0, 1, 0, 1, 0, 1, 0, 1});
        };
        corpus->clear();
        corpus->addDocument(sample2003());
        configure(*filter);
        corpus->addDocument(sample2004());
        corpus->addDocument(sample2002()); // an earlier meeting: its rows land in between
        StatementFilterModel fresh;
        fresh.setSourceModel(statements);
        configure(fresh);
        QVERIFY(fresh.rowCount() > 0);
        QVERIFY(fresh.rowCount() < fresh.totalCount());
        QCOMPARE(filter->rowCount(), fresh.rowCount());
        for (int r = 0; r < fresh.rowCount(); ++r)
            QCOMPARE(filter->corpusRow(r), fresh.corpusRow(r));
    }

    // Data of other columns changing (notes being typed) keeps the rows and the selection.
    void otherColumnsChangingDoNotRefilter()
    {
        const int castellan = speakerNamed(*corpus, QStringLiteral("Arlen Castellan"));
        filter->setSpeakers({castellan});
        const int shown = filter->rowCount();
        QSignalSpy reset(filter, &QAbstractItemModel::modelReset);
        QSignalSpy changed(filter, &QAbstractItemModel::dataChanged);
        Q_EMIT statements->dataChanged(
            statements->index(0, StatementModel::NotesColumn),
            statements->index(statements->rowCount() - 1, StatementModel::NotesColumn));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(StatementModel::NotesColumn));
        QCOMPARE(filter->rowCount(), shown);
    }

    void mergedSpeakersFilterTogether()
    {
        const int castellan = speakerNamed(*corpus, QStringLiteral("Arlen Castellan"));
        const int varga = speakerNamed(*corpus, QStringLiteral("Ilse Varga"));
        filter->setIncludeJoint(false);
        filter->setSpeakers({castellan});
        QCOMPARE(filter->rowCount(), 3);
        QVERIFY(corpus->mergeSpeakers(varga, castellan));
        QCOMPARE(filter->rowCount(), 4);
        QCOMPARE(statements->index(12, StatementModel::SpeakerColumn).data().toString(),
                 QStringLiteral("Arlen Castellan"));
        corpus->unmergeSpeaker(varga);
        QCOMPARE(filter->rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestStatementFilterModel)
#include "tst_statementfiltermodel.moc"
