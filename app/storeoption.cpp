#include "storeoption.h"

#include "annotations/annotationstores.h"
#include "annotations/postgresaddress.h"

#include <QSettings>

namespace Readout {

namespace {

const char *const settingsKey = "team/server";

bool isLocal(const QString &value)
{
    return value.isEmpty() || value == QLatin1String("local");
}

} // namespace

QString takeStoreOption(QStringList &arguments)
{
    QString value;
    for (int i = 1; i < arguments.size();) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--store") && i + 1 < arguments.size()) {
            value = arguments.at(i + 1);
            arguments.erase(arguments.begin() + i, arguments.begin() + i + 2);
        } else if (arg.startsWith(QLatin1String("--store="))) {
            value = arg.mid(8);
            arguments.removeAt(i);
        } else if (arg == QLatin1String("--")) {
            break;
        } else {
            ++i;
        }
    }
    return value;
}

bool useStore(const QString &value, QString &error)
{
    error.clear();
    if (isLocal(value)) {
        AnnotationStores::setDefaultServer(QString());
        return true;
    }
    const PostgresAddress address = PostgresAddress::parse(value);
    if (!address.isValid()) {
        error = address.error();
        return false;
    }
    if (address.droppedPassword())
        error = QStringLiteral("%1: the password in the address is not used; keep it in "
                               "~/.pgpass or PGPASSWORD")
                    .arg(address.uri());
    AnnotationStores::setDefaultServer(address.uri());
    return true;
}

QString savedStore()
{
    return QSettings().value(QLatin1String(settingsKey)).toString();
}

void saveStore(const QString &value)
{
    QSettings settings;
    if (isLocal(value.trimmed())) {
        settings.remove(QLatin1String(settingsKey));
        return;
    }
    // Only the address: a password never reaches the settings file.
    settings.setValue(QLatin1String(settingsKey), PostgresAddress::parse(value).uri());
}

} // namespace Readout
