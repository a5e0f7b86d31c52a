#include "corpus/speakerregistry.h"
#include "corpus/topicregistry.h"

#include <QTest>

using namespace Readout;

namespace {

Speaker person(const QString &name, const QString &country = QString())
{
    Speaker s;
    s.kind = SpeakerKind::Person;
    s.name = name;
    s.country = country;
    return s;
}

} // namespace

class TestSpeakerRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void surnameJoinsFullNameOfSameCountry()
    {
        SpeakerRegistry registry;
        const Document doc;
        const int early =
            registry.idFor(person(QStringLiteral("Ivanov"), QStringLiteral("Russia")), doc);
        const int later =
            registry.idFor(person(QStringLiteral("Igor Ivanov"), QStringLiteral("Russia")), doc);
        QCOMPARE(later, early);
        QCOMPARE(registry.entry(early).name, QStringLiteral("Igor Ivanov"));
        // Another Ivanov is another person; a bare "Ivanov" now fits both and joins the one
        // with more statements.
        registry.addStatements(early, 5);
        const int other =
            registry.idFor(person(QStringLiteral("Sergei Ivanov"), QStringLiteral("Russia")), doc);
        QVERIFY(other != early);
        QCOMPARE(registry.idFor(person(QStringLiteral("IVANOV")), doc), early);
        QCOMPARE(registry.idFor(person(QStringLiteral("I. Ivanov")), doc), early);
    }

    // Many people share a surname in an archive; each form of a name still finds its person,
    // also after a fuller form of the name has changed the entry.
    void namesakesAreFoundByTheirGivenNames()
    {
        SpeakerRegistry registry;
        Document doc;
        QVector<int> ids;
        for (const char *given : {"Anna", "Boris", "Clara", "Dmitri", "Elena"}) {
            ids.append(registry.idFor(
                person(QString::fromLatin1(given) + QStringLiteral(" Petrova")), doc));
        }
        QCOMPARE(QSet<int>(ids.begin(), ids.end()).size(), 5);
        QCOMPARE(registry.idFor(person(QStringLiteral("CLARA PETROVA")), doc), ids[2]);
        QCOMPARE(registry.idFor(person(QStringLiteral("D. Petrova")), doc), ids[3]);
        // A bare surname goes to the one with most statements.
        registry.addStatements(ids[4], 3);
        QCOMPARE(registry.idFor(person(QStringLiteral("Petrova")), doc), ids[4]);
        // "Boris Ilyich" is not "Boris".
        QVERIFY(registry.idFor(person(QStringLiteral("Boris Ilyich Petrova")), doc) != ids[1]);
        // An initial known first is joined by the full name it stands for, which then names
        // the entry; that name written with another role (nothing remembered for it) finds it.
        const int initial = registry.idFor(person(QStringLiteral("F. Petrova")), doc);
        QCOMPARE(registry.idFor(person(QStringLiteral("Fyodor Petrova")), doc), initial);
        QCOMPARE(registry.entry(initial).name, QStringLiteral("Fyodor Petrova"));
        Participant formal;
        formal.name = QStringLiteral("Fyodor Petrova");
        formal.role = QStringLiteral("Deputy Minister");
        QCOMPARE(registry.idForParticipant(formal), initial);
        QVERIFY(registry.idFor(person(QStringLiteral("Fedor Petrova")), doc) != initial);
        QVERIFY(registry.idFor(person(QStringLiteral("Galina Petrova")), doc) > initial);
    }

    void countriesThatDisagreeKeepPeopleApart()
    {
        SpeakerRegistry registry;
        const Document doc;
        const int a =
            registry.idFor(person(QStringLiteral("Jan Novak"), QStringLiteral("Veloria")), doc);
        const int b =
            registry.idFor(person(QStringLiteral("Jan Novak"), QStringLiteral("Marenthia")), doc);
        QVERIFY(a != b);
    }

    void sidesJointAndUnknown()
    {
        SpeakerRegistry registry;
        const Document doc;
        Speaker side;
        side.kind = SpeakerKind::Side;
        side.name = side.country = QStringLiteral("Veloria");
        const int veloria = registry.idFor(side, doc);
        QCOMPARE(registry.idForSide(QStringLiteral("veloria")), veloria);
        QCOMPARE(registry.entry(veloria).kind, SpeakerKind::Side);
        Speaker both;
        both.kind = SpeakerKind::Both;
        QCOMPARE(registry.idFor(both, doc), registry.jointId());
        QCOMPARE(registry.idFor(Speaker(), doc), registry.unknownId());
    }

    void mergesAndTheirKeys()
    {
        SpeakerRegistry registry;
        const Document doc;
        const int a = registry.idFor(person(QStringLiteral("Arlen Castellan")), doc);
        const int b = registry.idFor(person(QStringLiteral("A. Castelan")), doc);
        QVERIFY(a != b);
        QVERIFY(registry.merge(b, a));
        QCOMPARE(registry.canonical(b), a);
        QVERIFY(!registry.merge(a, b)); // would be a loop
        registry.addStatements(a, 2);
        registry.addStatements(b, 3);
        QCOMPARE(registry.totalStatements()[size_t(a)], 5);
        QCOMPARE(registry.totalStatements()[size_t(b)], 0);

        // Kept in settings as keys, applied to a new session when the entries appear.
        const auto keys = registry.mergeKeys();
        QCOMPARE(keys.size(), 1);
        SpeakerRegistry next;
        next.setMergeKeys(keys);
        const int b2 = next.idFor(person(QStringLiteral("A. Castelan")), doc);
        QCOMPARE(next.canonical(b2), b2); // its partner is not open yet
        const int a2 = next.idFor(person(QStringLiteral("Arlen Castellan")), doc);
        QCOMPARE(next.canonical(b2), a2);

        registry.unmerge(b);
        QCOMPARE(registry.canonical(b), b);
        QVERIFY(registry.mergeKeys().isEmpty());
    }

    void topicsWithTheSameHeadingsAreOne()
    {
        TopicRegistry topics;
        const int a =
            topics.idFor({QStringLiteral("Bilateral Relations"), QStringLiteral("Peace Treaty")});
        const int b =
            topics.idFor({QStringLiteral("bilateral relations:"), QStringLiteral("Peace treaty")});
        QCOMPARE(a, b);
        const int other =
            topics.idFor({QStringLiteral("Regional Affairs"), QStringLiteral("Peace Treaty")});
        QVERIFY(other != a);
        QCOMPARE(topics.idFor({}), topics.noTopicId());
        QCOMPARE(topics.path(a), QStringList({QStringLiteral("Bilateral Relations"),
                                              QStringLiteral("Peace Treaty")}));
        topics.addStatements(a, 2);
        topics.addStatements(topics.entry(a).parent, 1);
        topics.addStatements(other, 4);
        const auto counts = topics.subtreeCounts();
        QCOMPARE(counts[size_t(topics.entry(a).parent)], 3);
        QCOMPARE(counts[size_t(topics.entry(other).parent)], 4);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerRegistry)
#include "tst_speakerregistry.moc"
