// annotation-writer DATABASE COUNT [PREFIX]: saves COUNT annotations one by one into an
// SqliteAnnotationStore and prints each id on its own line once save() has returned, i.e.
// once it is committed. The crash-safety and two-process tests run it and kill it.

#include "annotations/sqliteannotationstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: annotation-writer DATABASE COUNT [PREFIX]\n");
        return 2;
    }
    Readout::SqliteAnnotationStore store(args.at(1));
    const int count = args.at(2).toInt();
    const QString prefix = args.value(3, QStringLiteral("writer"));
    for (int i = 0; i < count; ++i) {
        Readout::Annotation a =
            Readout::Annotation::create(QStringLiteral("%1/meeting-%2.txt").arg(prefix).arg(i % 7),
                                        QStringLiteral("hash-%1").arg(i % 7));
        a.note = QStringLiteral("Note %1 of %2").arg(i).arg(prefix);
        a.colour = QStringLiteral("yellow");
        a.tags = QStringList{prefix, QStringLiteral("tag%1").arg(i % 3)};
        a.target.quote.exact = QStringLiteral("passage %1").arg(i);
        a.target.position = {i, i + 10};
        if (!store.save(a)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error()));
            return 1;
        }
        std::printf("%s\n", qPrintable(a.id));
        std::fflush(stdout);
    }
    return 0;
}
