// Deterministic generator of a product-usage export for the import benchmark (issue #3,
// section 9): ROWS events (default 5,000,000) of USERS users (default 50,000) over the
// year 2024, columns user_id,timestamp,event,value, about 200 MB.
//
// Skewed like real usage: a user's share of events follows a Zipf-like law (weight
// 1/(rank+10)), users join on a day spread over the year and are not active before it,
// events come in time order, a few event names dominate. The random numbers come from our
// own SplitMix64, so the same seed gives the same bytes on every platform and compiler.
//
// Usage: generate_events OUTPUT.csv [ROWS] [USERS] [SEED]

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct SplitMix64
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    std::uint64_t below(std::uint64_t n) { return next() % n; }
};

// Days since 1970-01-01 -> y, m, d (Howard Hinnant's civil_from_days).
void civil(std::int64_t z, int &y, int &m, int &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

struct EventKind
{
    const char *name;
    double share;
    int value; // 0: none, 1: price, 2: quantity
};

constexpr EventKind kEvents[] = {
    {"page_view", 0.35, 0},  {"session_start", 0.22, 0}, {"search", 0.12, 0},  {"message_sent", 0.10, 0},
    {"add_to_cart", 0.09, 2}, {"purchase", 0.05, 1},     {"share", 0.05, 0},   {"invite_sent", 0.02, 0},
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT.csv [ROWS] [USERS] [SEED]\n", argv[0]);
        return 2;
    }
    const std::int64_t rows = argc > 2 ? std::atoll(argv[2]) : 5000000;
    const int users = argc > 3 ? std::atoi(argv[3]) : 50000;
    SplitMix64 rng{argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 20240101ULL};
    if (rows <= 0 || users <= 0) {
        std::fprintf(stderr, "ROWS and USERS must be positive\n");
        return 2;
    }

    // Rank -> user number through a shuffle, so ids do not reveal activity.
    std::vector<int> userOfRank(static_cast<std::size_t>(users));
    for (int i = 0; i < users; ++i)
        userOfRank[std::size_t(i)] = i + 1;
    for (int i = users - 1; i > 0; --i)
        std::swap(userOfRank[std::size_t(i)], userOfRank[rng.below(std::uint64_t(i) + 1)]);
    std::vector<double> cumulative(static_cast<std::size_t>(users));
    double total = 0;
    for (int r = 0; r < users; ++r) {
        total += 1.0 / (r + 10.0);
        cumulative[std::size_t(r)] = total;
    }
    const std::int64_t yearStartMs = 19723LL * 86400000; // 2024-01-01
    const std::int64_t yearMs = 366LL * 86400000;
    std::vector<std::int64_t> joinMs(static_cast<std::size_t>(users));
    for (auto &j : joinMs)
        j = yearStartMs + std::int64_t(std::pow(rng.uniform(), 1.5) * double(yearMs) * 0.9);

    FILE *out = std::fopen(argv[1], "wb");
    if (!out) {
        std::perror(argv[1]);
        return 1;
    }
    std::string buffer;
    buffer.reserve(1 << 20);
    buffer += "user_id,timestamp,event,value\n";
    const double meanGapMs = double(yearMs) / double(rows);
    double t = double(yearStartMs);
    for (std::int64_t i = 0; i < rows; ++i) {
        t += rng.uniform() * 2 * meanGapMs;
        const auto ms = std::int64_t(t);
        int rank = 0;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const double x = rng.uniform() * total;
            rank = int(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
            rank = std::min(rank, users - 1);
            if (joinMs[std::size_t(rank)] <= ms)
                break;
        }
        double pick = rng.uniform();
        const EventKind *kind = &kEvents[0];
        for (const EventKind &k : kEvents) {
            kind = &k;
            if ((pick -= k.share) < 0)
                break;
        }
        const std::int64_t seconds = ms / 1000;
        int y, m, d;
        civil(seconds / 86400, y, m, d);
        const int sod = int(seconds % 86400);
        char line[128];
        int n = std::snprintf(line, sizeof line, "u%d,%04d-%02d-%02dT%02d:%02d:%02dZ,%s,", userOfRank[std::size_t(rank)],
                              y, m, d, sod / 3600, sod / 60 % 60, sod % 60, kind->name);
        if (kind->value == 1)
            n += std::snprintf(line + n, sizeof line - std::size_t(n), "%d.%02d", int(5 + rng.below(195)), int(rng.below(100)));
        else if (kind->value == 2)
            n += std::snprintf(line + n, sizeof line - std::size_t(n), "%d", int(1 + rng.below(5)));
        line[n++] = '\n';
        buffer.append(line, std::size_t(n));
        if (buffer.size() > (1 << 20) - 256) {
            std::fwrite(buffer.data(), 1, buffer.size(), out);
            buffer.clear();
        }
    }
    std::fwrite(buffer.data(), 1, buffer.size(), out);
    return std::fclose(out) == 0 ? 0 : 1;
}
