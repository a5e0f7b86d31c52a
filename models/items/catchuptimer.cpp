#include "catchuptimer.h"

#include "corpus/corpus.h"

namespace Readout {

namespace {

// Often enough that counts seem to grow as the table fills; rarely enough that sorting
// thousands of speakers is not what keeps the window busy while an archive loads.
constexpr int CatchUpIntervalMs = 500;

} // namespace

CatchUpTimer::CatchUpTimer(Corpus *corpus, std::function<void()> rebuild, QObject *parent)
    : QObject(parent), m_corpus(corpus), m_rebuild(std::move(rebuild))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(CatchUpIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_rebuild(); });
    connect(corpus, &Corpus::streamingChanged, this, [this](bool streaming) {
        if (!streaming && m_timer.isActive())
            catchUp();
    });
}

void CatchUpTimer::documentsAdded()
{
    if (!m_corpus->isStreaming())
        catchUp();
    else if (!m_timer.isActive())
        m_timer.start();
}

void CatchUpTimer::catchUp()
{
    m_timer.stop();
    m_rebuild();
}

} // namespace Readout
