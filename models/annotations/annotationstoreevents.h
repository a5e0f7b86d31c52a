#pragma once

#include <QObject>
#include <QString>

namespace Readout {

/// What a store that is not polled tells its users (see AnnotationStore::events()).
class AnnotationStoreEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    /// Someone else changed the store: load() again.
    void changed();
    /// The store went offline or came back. @p message is empty when all is well, else one
    /// line naming the server and saying what happens to edits.
    void statusChanged(const QString &message);
    /// Something went wrong that is not the connection (edits kept offline were refused when
    /// sent); @p message names the server and says where the refused text is kept.
    void problem(const QString &message);
};

} // namespace Readout
