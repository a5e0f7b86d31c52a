#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

namespace Readout {

class Corpus;

/// While an archive streams into the Corpus, repaints the given views (the statement table,
/// the document list) at most a few times a second rather than after every piece: painting a
/// table of long statements costs as much as adding the piece. The first piece shows at once,
/// and everything is painted as soon as the last piece is in.
class StreamingPaintThrottle : public QObject
{
public:
    StreamingPaintThrottle(Corpus *corpus, const QVector<QWidget *> &views, QObject *parent);

    static constexpr int IntervalMs = 250;

private:
    void pieceComing();
    void paintAgain();

    Corpus *m_corpus;
    QVector<QPointer<QWidget>> m_views;
    QTimer m_timer;
    QElapsedTimer m_sincePaint; ///< since painting was last let through
    bool m_held = false;
};

} // namespace Readout
