// store-probe FILE: saves one annotation for FILE through AnnotationStores, the way the window
// does, and prints "stand-in" or "folder", then the database path. The read-only folder test
// runs it as an unprivileged user.

#include "annotations/annotationstores.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReadoutTest"));
    QCoreApplication::setApplicationName(QStringLiteral("store-probe"));
    if (app.arguments().size() < 2) {
        std::fprintf(stderr, "usage: store-probe FILE\n");
        return 2;
    }
    Readout::AnnotationStores stores;
    const Readout::AnnotationStores::Place place = stores.placeOf(app.arguments().at(1));
    Readout::Annotation a = Readout::Annotation::create(place.relativePath, QStringLiteral("0123"));
    a.note = QStringLiteral("A note in a read-only folder.");
    if (!place.store || !place.store->save(a)) {
        std::fprintf(stderr, "%s\n", place.store ? qPrintable(place.store->error()) : "no store");
        return 1;
    }
    std::printf("%s\n%s\n", place.standIn ? "stand-in" : "folder",
                qPrintable(place.store->location()));
    return 0;
}
