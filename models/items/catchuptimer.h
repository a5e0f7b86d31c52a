#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Readout {

class Corpus;

/// Keeps a summary of the whole corpus (the speaker list, the topic tree) up to date as
/// documents arrive, without rebuilding it after every piece of an archive that is loading:
/// while the Corpus streams, the rebuild runs at most every few hundred milliseconds, and once
/// more when the last piece is in. Outside loading, every change rebuilds at once.
class CatchUpTimer : public QObject
{
public:
    CatchUpTimer(Corpus *corpus, std::function<void()> rebuild, QObject *parent);

    /// Documents were added: rebuild now or soon.
    void documentsAdded();

private:
    void catchUp();

    Corpus *m_corpus;
    std::function<void()> m_rebuild;
    QTimer m_timer;
};

} // namespace Readout
