#include "sonda/io/safe_output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <streambuf>

#include "sonda/error.hpp"

namespace sonda {

namespace fs = std::filesystem;

namespace {

std::string reason(int error) { return std::strerror(error); }

// ---- temporaries removed on SIGINT, SIGTERM and SIGHUP -------------------
//
// The handler may only use async-signal-safe calls: it walks a fixed table of
// paths (no allocation, no locks) and calls unlink(), sigaction() and raise().

constexpr int kSlots = 32;
constexpr std::size_t kPathBytes = 4096;

struct TemporarySlot {
    std::atomic<int> state{0};  // 0 free, 1 being filled, 2 holds a temporary
    char path[kPathBytes];
};

TemporarySlot g_slots[kSlots];
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[std::size(kSignals)];
std::mutex g_install_mutex;

extern "C" void remove_temporaries_and_reraise(int signal_number) {
    for (TemporarySlot& slot : g_slots)
        if (slot.state.load() == 2) ::unlink(slot.path);
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        if (kSignals[i] == signal_number) ::sigaction(signal_number, &g_previous[i], nullptr);
    // The signal is blocked while its handler runs: it is delivered again,
    // with the previous (default) action, as soon as the handler returns.
    ::raise(signal_number);
}

// Installs the handler where it is not the current one (a forked child may
// have reset it). The action it replaces runs after it: the default one ends
// the process, a host's own handler still gets the signal.
void install_handlers() {
    static_assert(std::atomic<int>::is_always_lock_free);
    const std::lock_guard<std::mutex> lock(g_install_mutex);
    for (std::size_t i = 0; i < std::size(kSignals); ++i) {
        struct sigaction current {};
        ::sigaction(kSignals[i], nullptr, &current);
        const bool siginfo = (current.sa_flags & SA_SIGINFO) != 0;
        if (!siginfo && current.sa_handler == remove_temporaries_and_reraise) continue;
        // A signal the user chose to ignore (nohup) stays ignored.
        if (!siginfo && current.sa_handler == SIG_IGN) continue;
        struct sigaction ours {};
        ours.sa_handler = remove_temporaries_and_reraise;
        sigemptyset(&ours.sa_mask);
        for (const int other : kSignals) sigaddset(&ours.sa_mask, other);
        ours.sa_flags = 0;
        ::sigaction(kSignals[i], &ours, &g_previous[i]);
    }
}

int register_temporary(const std::string& path) {
    install_handlers();
    if (path.size() >= kPathBytes) return -1;
    for (int i = 0; i < kSlots; ++i) {
        int expected = 0;
        if (!g_slots[i].state.compare_exchange_strong(expected, 1)) continue;
        std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
        g_slots[i].state.store(2);
        return i;
    }
    return -1;  // more than kSlots outputs at once: still removed by the destructor
}

void unregister_temporary(int slot) {
    if (slot >= 0) g_slots[slot].state.store(0);
}

// SIGINT, SIGTERM and SIGHUP held back in this thread for its lifetime.
class SignalsHeld {
  public:
    SignalsHeld() {
        sigset_t held;
        sigemptyset(&held);
        for (const int signal_number : kSignals) sigaddset(&held, signal_number);
        ::pthread_sigmask(SIG_BLOCK, &held, &m_previous);
    }
    ~SignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &m_previous, nullptr); }
    SignalsHeld(const SignalsHeld&) = delete;
    SignalsHeld& operator=(const SignalsHeld&) = delete;

  private:
    sigset_t m_previous;
};

// ---- a std::streambuf over a file descriptor ------------------------------

class DescriptorBuffer : public std::streambuf {
  public:
    DescriptorBuffer() { setp(m_buffer, m_buffer + sizeof m_buffer); }
    void attach(int fd) { m_fd = fd; }
    int error() const { return m_error; }

  protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return drain() ? 0 : -1; }

  private:
    bool drain() {
        if (m_error != 0) return false;
        const char* next = pbase();
        while (next < pptr()) {
            const ssize_t written = ::write(m_fd, next, static_cast<std::size_t>(pptr() - next));
            if (written < 0) {
                if (errno == EINTR) continue;
                m_error = errno;
                break;
            }
            next += written;
        }
        setp(m_buffer, m_buffer + sizeof m_buffer);
        return m_error == 0;
    }

    int m_fd = -1;
    int m_error = 0;
    char m_buffer[1 << 16];
};

bool is_postgresql(const std::string& target) {
    return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

bool same_file(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// The path with symbolic links of its existing part resolved: two names of a
// file that does not exist yet compare equal.
fs::path resolved(const std::string& path) {
    std::error_code error;
    fs::path out = fs::weakly_canonical(fs::absolute(path, error), error);
    return error ? fs::path(path).lexically_normal() : out;
}

// Whether `path` names `protected_file`: the same inode, or the same resolved
// path (for files that do not exist yet).
bool names(const std::string& path, const struct stat* target, const std::string& protected_file) {
    struct stat other {};
    if (target && ::stat(protected_file.c_str(), &other) == 0) return same_file(*target, other);
    return resolved(path) == resolved(protected_file);
}

[[noreturn]] void refuse(const std::string& option, const std::string& path,
                         const std::string& why) {
    throw UsageError(option + " " + path + ": refusing to write there: " + why);
}

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

mode_t current_umask() {
    // /proc/self/status says it without changing it (umask() would, for a
    // moment, for every thread).
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Umask:", 0) == 0)
            return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

std::string random_suffix() {
    static const char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static thread_local std::mt19937_64 generator{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kLetters - 2);
    std::string out;
    for (int i = 0; i < 8; ++i) out += kLetters[pick(generator)];
    return out;
}

}  // namespace

std::string database_file(const std::string& target) {
    return is_postgresql(target) ? std::string() : target;
}

void check_output_path(const std::string& path, const OutputGuard& guard,
                       const std::string& option) {
    if (path.empty()) throw UsageError(option + " needs a file name");
    struct stat target {};
    const bool exists = ::stat(path.c_str(), &target) == 0;
    if (exists && !S_ISREG(target.st_mode) && !S_ISCHR(target.st_mode) && !S_ISFIFO(target.st_mode))
        refuse(option, path,
               std::string("it is ") + kind_of(target.st_mode) +
                   ", not a file (sonda writes regular files, and character devices or FIFOs "
                   "named as such)");
    // /dev/null or a terminal may well be an input and the output at once.
    const struct stat* compared = exists && !S_ISCHR(target.st_mode) ? &target : nullptr;
    if (!exists || compared) {
        const std::string& database = guard.database;
        // Its companions by the name given and by the file's real name (the
        // database may be reached through a symbolic link).
        const std::string real_database = database.empty() ? "" : resolved(database).string();
        for (const std::string& base : {database, real_database}) {
            if (base.empty()) continue;
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                if (names(path, compared, base + suffix))
                    refuse(option, path,
                           std::string("it is ") + (*suffix ? "a file of " : "") +
                               "the database of this command (" + database +
                               "); writing it would destroy the data: choose another file");
        }
        for (const std::string& input : guard.inputs)
            if (input != "-" && !input.empty() && names(path, compared, input))
                refuse(option, path,
                       "it is an input of this command (" + input +
                           "); writing it would destroy what is being read: choose another file");
    }
}

struct SafeOutput::State {
    std::string path;
    std::string option;
    OutputGuard guard;
    std::string temporary;
    int fd = -1;
    int slot = -1;
    bool direct = false;
    bool finished = false;
    mode_t final_mode = 0644;
    DescriptorBuffer buffer;
    std::ostream stream{&buffer};

    void close_quietly() {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
    void remove_temporary() {
        close_quietly();
        if (!temporary.empty()) ::unlink(temporary.c_str());
        unregister_temporary(slot);
        slot = -1;
        finished = true;
    }
    [[noreturn]] void fail(const std::string& doing, int error) {
        remove_temporary();
        throw StorageError("cannot write " + path + ": " + doing + ": " + reason(error));
    }
};

SafeOutput::SafeOutput(const std::string& path, const OutputGuard& guard, const std::string& option)
    : m_state(std::make_unique<State>()) {
    check_output_path(path, guard, option);
    State& s = *m_state;
    s.path = path;
    s.option = option;
    s.guard = guard;
    struct stat target {};
    const bool exists = ::stat(path.c_str(), &target) == 0;
    if (exists && (S_ISCHR(target.st_mode) || S_ISFIFO(target.st_mode))) {
        // Written in place: a device or FIFO is never replaced. O_NONBLOCK is
        // not used: a FIFO waits for its reader, as the user asked for.
        s.fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (s.fd < 0) s.fail("opening it", errno);
        struct stat opened {};
        if (::fstat(s.fd, &opened) != 0 || !(S_ISCHR(opened.st_mode) || S_ISFIFO(opened.st_mode))) {
            s.close_quietly();
            s.finished = true;
            refuse(option, path,
                   "it changed from a device or FIFO to something else while opening");
        }
        s.direct = true;
        s.buffer.attach(s.fd);
        return;
    }
    // The mode of the file replaced, else what a new file would get.
    s.final_mode = exists ? (target.st_mode & 07777) : (0666 & ~current_umask());
    for (int attempt = 0; attempt < 100 && s.fd < 0; ++attempt) {
        const std::string candidate = path + ".part-" + random_suffix();
        // Created and registered with the signals held back: a signal can
        // neither leave it behind nor remove a file of that name that is
        // not ours (O_EXCL failed).
        const SignalsHeld held;
        s.fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                      S_IRUSR | S_IWUSR);
        const int error = errno;
        if (s.fd >= 0) {
            s.slot = register_temporary(candidate);
            s.temporary = candidate;
            break;
        }
        if (error != EEXIST) {
            s.finished = true;
            throw StorageError("cannot write " + path + ": creating " + candidate + ": " +
                               reason(error));
        }
    }
    if (s.fd < 0) {
        s.finished = true;
        throw StorageError("cannot write " + path +
                           ": no free name for a temporary file beside it");
    }
    s.buffer.attach(s.fd);
}

SafeOutput::~SafeOutput() {
    if (!m_state->finished) m_state->remove_temporary();
    m_state->close_quietly();
}

std::ostream& SafeOutput::stream() { return m_state->stream; }

void SafeOutput::discard() {
    if (!m_state->finished) m_state->remove_temporary();
}

void SafeOutput::commit() {
    State& s = *m_state;
    if (s.finished) throw StorageError("cannot write " + s.path + ": the output was closed");
    s.stream.flush();
    if (s.buffer.error() != 0) s.fail("writing", s.buffer.error());
    if (!s.stream) s.fail("writing", EIO);
    if (s.direct) {
        const int fd = s.fd;
        s.fd = -1;
        s.finished = true;
        if (::close(fd) != 0 && errno != EINTR)
            throw StorageError("cannot write " + s.path + ": closing it: " + reason(errno));
        return;
    }
    // The target was checked when the output was opened; check again, a
    // database could have appeared under that name since.
    try {
        check_output_path(s.path, s.guard, s.option);
    } catch (const UsageError&) {
        s.remove_temporary();
        throw;
    }
    if (::fchmod(s.fd, s.final_mode) != 0) s.fail("setting its mode", errno);
    if (::fsync(s.fd) != 0) s.fail("flushing it to disk", errno);
    const int fd = s.fd;
    s.fd = -1;
    if (::close(fd) != 0) s.fail("closing it", errno);
    {
        // Renamed and unregistered at once: a signal in between would remove
        // the name after the file had left it.
        const SignalsHeld held;
        if (::rename(s.temporary.c_str(), s.path.c_str()) != 0) {
            const int error = errno;
            s.fail("renaming " + s.temporary + " to it", error);
        }
        unregister_temporary(s.slot);
        s.slot = -1;
        s.finished = true;
    }
    // The rename is durable only once the folder is on disk too.
    const fs::path folder = fs::path(s.path).parent_path();
    const int dir =
        ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        const bool synced = ::fsync(dir) == 0 || errno == EINVAL || errno == EROFS;
        const int error = errno;
        ::close(dir);
        if (!synced)
            throw StorageError("wrote " + s.path +
                               " but could not flush its folder to disk: " + reason(error));
    }
}

const std::string& SafeOutput::path() const { return m_state->path; }
bool SafeOutput::direct() const { return m_state->direct; }
const std::string& SafeOutput::temporary() const { return m_state->temporary; }

}  // namespace sonda
