#pragma once

#include "annotation.h"

#include <QString>

#include <vector>

namespace Readout {

/// Edits made while the team's server could not be reached, kept in a small SQLite file of the
/// user's own until they are sent, so nothing typed is lost when the program quits in between.
/// One entry per annotation: a later edit replaces an earlier one but keeps the revision the
/// first was based on, so the server still refuses it when a colleague changed the note in the
/// meantime. Refused entries are kept (never sent again) until the user deals with them.
class PendingEdits
{
public:
    struct Edit
    {
        Annotation annotation; ///< revision: the one the edit was based on
        bool removed = false;  ///< a deletion
        QString refusal;       ///< why the server refused it; empty while pending
    };

    /// The queue kept in @p path; the file is made on the first edit.
    explicit PendingEdits(const QString &path);
    ~PendingEdits();
    PendingEdits(const PendingEdits &) = delete;
    PendingEdits &operator=(const PendingEdits &) = delete;

    /// Where the queue of the server @p serverUri is kept (under AppDataLocation).
    static QString defaultPath(const QString &serverUri);
    QString path() const { return m_path; }
    QString error() const { return m_error; }

    bool add(const Annotation &annotation);
    bool addRemoval(const Annotation &annotation);
    /// Every entry, oldest first (refused ones too).
    std::vector<Edit> all();
    /// Pending entries (not refused).
    int pendingCount();
    /// The edit of @p id reached the server.
    bool sent(const QString &id);
    /// The server refused the edit of @p id; it is kept with @p why.
    bool refused(const QString &id, const QString &why);

private:
    bool open(bool create);
    bool put(const Annotation &annotation, bool removed);

    QString m_path;
    QString m_connection;
    QString m_error;
};

} // namespace Readout
