using SQLitePCL;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>Settings of the SQLite library itself, for the whole process.</summary>
public static class SqliteLibrarySettings
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        Batteries_V2.Init();

        // Without memory statistics SQLite allocates without taking its global memory lock: under load, mutexes and
        // futex calls fell from 5.5 to 2.5 % of an uncached Sozialbetrieb page's processor time (docs/performance.md).
        // Nothing here reads the statistics. SQLite accepts the setting only before its first connection in the process;
        // later (in a test process that opened SQLite first) it is refused and the library runs as before.
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    });

    /// <summary>Applies the settings once; call it before the first connection. True when SQLite took them.</summary>
    public static bool Apply() => Applied.Value;
}
