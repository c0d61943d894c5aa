#pragma once
// An SQLite VFS named "faulty" over the default one, after SQLite's own
// test_vfs: once armed, the Nth write, truncate or sync from now fails, and so
// does every one after it until disarmed (a disk that filled up, a card that
// went read-only). Used by the I/O-error tests.
#include <sqlite3.h>

namespace kd::test {

enum class Fault { Io = SQLITE_IOERR_WRITE, Full = SQLITE_FULL };

// Registers the VFS once (not as the default). Its name: "faulty".
const char* FaultyVfs();
// The `n`th (0: the very next) write, truncate or sync fails with `f`, and all after it.
void ArmFault(int n, Fault f);
void DisarmFault();
// Whether a fault fired since the last ArmFault.
bool FaultFired();

}  // namespace kd::test
