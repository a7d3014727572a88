// Start-up benchmark, whole process: from exec to the first paint of the main
// window (overview with its data) on a seeded store, against a bare Qt Widgets
// window (stratos_floor_window) as the floor, runs alternating so both
// see the same machine load. Both exit right after their first paint
// (STRATOS_EXIT_AFTER_FIRST_PAINT=1). Then the first start on an empty store:
// how soon the progress window paints while the seed loads.
//
//   stratos_startup_bench STRATOS FLOOR [RUNS]
//
// POSIX only (fork/exec/wait4 give the child's own CPU time).
#include <QDir>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
    int exitCode = -1;
    std::vector<std::pair<std::string, double>> marks; // "stratos-paint <what>" lines, ms after exec
};

double nowMs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

Run spawn(const std::vector<std::string> &args, const std::vector<std::string> &env)
{
    Run r;
    int fds[2];
    if (pipe(fds) != 0)
        return r;
    std::vector<char *> argv;
    for (const auto &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    const double t0 = nowMs();
    const pid_t pid = fork();
    if (pid == 0) {
        for (const auto &e : env)
            putenv(const_cast<char *>(e.c_str()));
        dup2(fds[1], 2);
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        close(fds[0]);
        close(fds[1]);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(fds[1]);
    std::string pending;
    char buf[4096];
    for (;;) {
        const ssize_t n = read(fds[0], buf, sizeof buf);
        if (n <= 0)
            break;
        const double at = nowMs() - t0;
        pending.append(buf, size_t(n));
        for (size_t nl; (nl = pending.find('\n')) != std::string::npos; pending.erase(0, nl + 1)) {
            const std::string line = pending.substr(0, nl);
            if (line.rfind("stratos-paint ", 0) == 0)
                r.marks.emplace_back(line.substr(14), at);
        }
    }
    close(fds[0]);
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    r.wallMs = nowMs() - t0;
    r.cpuMs = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 +
              double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double mark(const Run &r, const std::string &what)
{
    for (const auto &[name, at] : r.marks)
        if (name == what)
            return at;
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s STRATOS FLOOR [RUNS]\n", argv[0]);
        return 2;
    }
    const std::string stratos = argv[1], floorExe = argv[2];
    const int runs = argc > 3 ? std::max(3, std::atoi(argv[3])) : 15;
    QTemporaryDir dir;
    const std::string home = QDir::toNativeSeparators(dir.path()).toStdString();
    // Settings, data and caches of the children stay in the temporary folder.
    std::vector<std::string> env = {"XDG_CONFIG_HOME=" + home + "/config", "XDG_DATA_HOME=" + home + "/data",
                                    "XDG_CACHE_HOME=" + home + "/cache", "STRATOS_EXIT_AFTER_FIRST_PAINT=1",
                                    "STRATOS_PAINT_LOG=1"};
    if (!std::getenv("QT_QPA_PLATFORM"))
        env.push_back("QT_QPA_PLATFORM=offscreen");
    const std::string seeded = home + "/seeded.sqlite";
    const std::vector<std::string> gui = {stratos, "--db", seeded};
    const std::vector<std::string> bare = {floorExe};

    // The seeded store, then one unmeasured start of each (daily backup, disk cache).
    if (spawn({stratos, "stats", "--db", seeded}, env).exitCode != 0 || spawn(gui, env).exitCode != 0 ||
        spawn(bare, env).exitCode != 0) {
        std::fprintf(stderr, "startup bench: a warm-up run failed\n");
        return 1;
    }
    std::vector<double> fw, fc, sw, sc;
    for (int i = 0; i < runs; ++i) {
        const Run f = spawn(bare, env);
        const Run s = spawn(gui, env);
        if (f.exitCode != 0 || s.exitCode != 0) {
            std::fprintf(stderr, "startup bench: run %d exited %d (floor) / %d (stratos)\n", i, f.exitCode,
                         s.exitCode);
            return 1;
        }
        fw.push_back(f.wallMs);
        fc.push_back(f.cpuMs);
        sw.push_back(s.wallMs);
        sc.push_back(s.cpuMs);
    }
    std::printf("Start-up to the first paint of the overview, seeded store: %d runs each, alternating, medians\n",
                runs);
    std::printf("  floor (bare Qt Widgets window)  wall %7.1f ms   cpu %7.1f ms\n", median(fw), median(fc));
    std::printf("  stratos --db seeded.sqlite      wall %7.1f ms   cpu %7.1f ms\n", median(sw), median(sc));
    std::printf("  ratio stratos/floor             wall %7.2f      cpu %7.2f     (goal <= 3.00)\n",
                median(sw) / median(fw), median(sc) / median(fc));

    // First start on an empty store: the seed loads behind a progress window.
    const int emptyRuns = std::max(3, runs / 3);
    std::vector<double> progress, painted, total;
    for (int i = 0; i < emptyRuns; ++i) {
        const std::string fresh = home + "/empty-" + std::to_string(i) + ".sqlite";
        const Run s = spawn({stratos, "--db", fresh}, env);
        if (s.exitCode != 0) {
            std::fprintf(stderr, "startup bench: first start on an empty store exited %d\n", s.exitCode);
            return 1;
        }
        progress.push_back(mark(s, "progress"));
        painted.push_back(mark(s, "main"));
        total.push_back(s.wallMs);
    }
    const double worstProgress = *std::max_element(progress.begin(), progress.end());
    std::printf("First start on an empty store (seed load), %d runs\n", emptyRuns);
    std::printf("  progress window painted after   median %7.1f ms   worst %7.1f ms   (goal <= 300; -1 = never)\n",
                median(progress), worstProgress);
    std::printf("  overview painted after          median %7.1f ms   (process ends %.1f ms)\n", median(painted),
                median(total));
    return 0;
}
