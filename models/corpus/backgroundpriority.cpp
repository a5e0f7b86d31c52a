#include "backgroundpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Readout {

void BackgroundPriority::applyToThisThread()
{
    thread_local bool applied = false;
    if (applied)
        return;
    applied = true;
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread; QThread::setPriority() does not change it for
    // ordinary (SCHED_OTHER) threads.
    const auto thread = static_cast<id_t>(syscall(SYS_gettid));
    const int now = getpriority(PRIO_PROCESS, thread);
    setpriority(PRIO_PROCESS, thread, qMin(now + 10, 19));
#endif
}

} // namespace Readout
