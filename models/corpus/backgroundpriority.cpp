#include "backgroundpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Readout {

void BackgroundPriority::applyToThisThread(const char *name)
{
#ifdef Q_OS_LINUX
    if (name)
        pthread_setname_np(pthread_self(), name);
#endif
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
