#include "streamingpaintthrottle.h"

#include "corpus/corpus.h"

#include <QWidget>

namespace Readout {

StreamingPaintThrottle::StreamingPaintThrottle(Corpus *corpus, const QVector<QWidget *> &views,
                                               QObject *parent)
    : QObject(parent), m_corpus(corpus)
{
    for (QWidget *view : views)
        m_views.append(view);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StreamingPaintThrottle::paintAgain);
    connect(corpus, &Corpus::documentsAboutToBeAdded, this, &StreamingPaintThrottle::pieceComing);
    connect(corpus, &Corpus::streamingChanged, this, [this](bool streaming) {
        if (!streaming)
            paintAgain();
    });
}

void StreamingPaintThrottle::pieceComing()
{
    if (!m_corpus->isStreaming() || m_held)
        return;
    if (!m_sincePaint.isValid() || m_sincePaint.elapsed() >= IntervalMs) {
        m_sincePaint.start(); // this piece is painted
        return;
    }
    m_held = true;
    for (QWidget *view : qAsConst(m_views)) {
        if (view)
            view->setUpdatesEnabled(false);
    }
    m_timer.start(int(IntervalMs - m_sincePaint.elapsed()));
}

void StreamingPaintThrottle::paintAgain()
{
    m_timer.stop();
    if (!m_held)
        return;
    m_held = false;
    m_sincePaint.start();
    for (QWidget *view : qAsConst(m_views)) {
        if (view)
            view->setUpdatesEnabled(true); // (and repaints it)
    }
}

} // namespace Readout
