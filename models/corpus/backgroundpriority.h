#pragma once

namespace Readout {

/// Loading an archive keeps every core busy; the window must still answer at once. Threads
/// that parse, read caches or write indexes lower their own scheduling priority, so the GUI
/// thread gets a core whenever it has work.
class BackgroundPriority
{
public:
    /// Lowers the calling thread's priority (once per thread; later calls do nothing) and,
    /// when @p name is given, names the thread (as profilers and debuggers show it).
    static void applyToThisThread(const char *name = nullptr);
};

} // namespace Readout
