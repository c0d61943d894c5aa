#include "support/faulty_vfs.h"

#include <cstring>

namespace kd::test {
namespace {

struct FaultyFile {
    sqlite3_file base;
    sqlite3_file* real;  // the default VFS's file, allocated right after this struct
};

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
int g_countdown = -1;  // -1: disarmed
int g_code = SQLITE_IOERR_WRITE;
bool g_fired = false;

sqlite3_file* Real(sqlite3_file* f) { return reinterpret_cast<FaultyFile*>(f)->real; }

// True when this write/truncate/sync must fail.
bool Fail() {
    if (g_countdown < 0) return false;
    if (g_countdown == 0) {
        g_fired = true;
        return true;  // and stays failing
    }
    --g_countdown;
    return false;
}

int Close(sqlite3_file* f) { return Real(f)->pMethods->xClose(Real(f)); }
int Read(sqlite3_file* f, void* b, int n, sqlite3_int64 o) { return Real(f)->pMethods->xRead(Real(f), b, n, o); }
int Write(sqlite3_file* f, const void* b, int n, sqlite3_int64 o) {
    return Fail() ? g_code : Real(f)->pMethods->xWrite(Real(f), b, n, o);
}
int Truncate(sqlite3_file* f, sqlite3_int64 s) {
    return Fail() ? (g_code == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_TRUNCATE)
                  : Real(f)->pMethods->xTruncate(Real(f), s);
}
int Sync(sqlite3_file* f, int flags) {
    return Fail() ? (g_code == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_FSYNC) : Real(f)->pMethods->xSync(Real(f), flags);
}
int FileSize(sqlite3_file* f, sqlite3_int64* s) { return Real(f)->pMethods->xFileSize(Real(f), s); }
int Lock(sqlite3_file* f, int l) { return Real(f)->pMethods->xLock(Real(f), l); }
int Unlock(sqlite3_file* f, int l) { return Real(f)->pMethods->xUnlock(Real(f), l); }
int CheckReserved(sqlite3_file* f, int* r) { return Real(f)->pMethods->xCheckReservedLock(Real(f), r); }
int FileControl(sqlite3_file* f, int op, void* a) { return Real(f)->pMethods->xFileControl(Real(f), op, a); }
int SectorSize(sqlite3_file* f) { return Real(f)->pMethods->xSectorSize(Real(f)); }
int DeviceCharacteristics(sqlite3_file* f) { return Real(f)->pMethods->xDeviceCharacteristics(Real(f)); }
int ShmMap(sqlite3_file* f, int i, int sz, int w, void volatile** p) { return Real(f)->pMethods->xShmMap(Real(f), i, sz, w, p); }
int ShmLock(sqlite3_file* f, int o, int n, int fl) { return Real(f)->pMethods->xShmLock(Real(f), o, n, fl); }
void ShmBarrier(sqlite3_file* f) { Real(f)->pMethods->xShmBarrier(Real(f)); }
int ShmUnmap(sqlite3_file* f, int d) { return Real(f)->pMethods->xShmUnmap(Real(f), d); }

// Version 2: WAL's shared memory, no memory-mapped I/O (every write goes through xWrite).
const sqlite3_io_methods kMethods = {2,        Close,      Read,        Write,   Truncate,     Sync,
                                     FileSize, Lock,       Unlock,      CheckReserved, FileControl, SectorSize,
                                     DeviceCharacteristics, ShmMap, ShmLock, ShmBarrier, ShmUnmap, nullptr, nullptr};

int Open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
    auto* ff = reinterpret_cast<FaultyFile*>(f);
    ff->real = reinterpret_cast<sqlite3_file*>(ff + 1);
    const int rc = g_real->xOpen(g_real, name, ff->real, flags, out_flags);
    ff->base.pMethods = rc == SQLITE_OK ? &kMethods : nullptr;
    return rc;
}
int Delete(sqlite3_vfs*, const char* name, int sync) { return g_real->xDelete(g_real, name, sync); }
int Access(sqlite3_vfs*, const char* name, int flags, int* out) { return g_real->xAccess(g_real, name, flags, out); }
int FullPathname(sqlite3_vfs*, const char* name, int n, char* out) { return g_real->xFullPathname(g_real, name, n, out); }

}  // namespace

const char* FaultyVfs() {
    if (!g_real) {
        g_real = sqlite3_vfs_find(nullptr);
        g_vfs = *g_real;
        g_vfs.zName = "faulty";
        g_vfs.szOsFile = static_cast<int>(sizeof(FaultyFile)) + g_real->szOsFile;
        g_vfs.xOpen = Open;
        g_vfs.xDelete = Delete;
        g_vfs.xAccess = Access;
        g_vfs.xFullPathname = FullPathname;
        g_vfs.pNext = nullptr;
        sqlite3_vfs_register(&g_vfs, 0);
    }
    return g_vfs.zName;
}

void ArmFault(int n, Fault f) {
    g_countdown = n;
    g_code = static_cast<int>(f);
    g_fired = false;
}

void DisarmFault() { g_countdown = -1; }

bool FaultFired() { return g_fired; }

}  // namespace kd::test
