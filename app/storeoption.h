#pragma once

#include <QString>
#include <QStringList>

namespace Readout {

/// Takes "--store ADDRESS" or "--store=ADDRESS" out of @p arguments (anywhere after the
/// program name) and returns ADDRESS; empty when not given.
QString takeStoreOption(QStringList &arguments);

/// Makes @p value where new AnnotationStores keep notes: a PostgreSQL server address
/// (PostgresAddress), or "local" for the folders' own files. False with @p error (naming the
/// value) when it is neither. A password in the address is dropped with a warning in @p error.
bool useStore(const QString &value, QString &error);

/// The server kept in the settings (an address without password); empty: local notes.
QString savedStore();
/// Keeps @p value (its address without password) in the settings; "local" or empty: none.
void saveStore(const QString &value);

} // namespace Readout
