// generate_rollup: a deterministic daily-rollup CSV (docs/warehouse.md "The rollup format")
// for the scaling measurements of issue #12 §5 (docs/scaling.md).
//
// What it makes: USERS users over DAYS local days from 2024-01-01, header
//   user_id,date,event,events,value_sum,country,plan
// Shape (meant to look like product usage, not to be uniform):
//   - 40% of users exist before the period, 60% sign up on a day spread evenly over it;
//   - each user has an activity rate drawn uniformly from [0.20, 0.40]: on each day from
//     signup on, the user is active with that probability (so a user is active on ~30% of
//     the days they exist);
//   - on an active day, 1-3 distinct event names (1: 40%, 2: 35%, 3: 25%) out of 12,
//     the first few names much more common (Zipf-like weights 1/(rank+1));
//   - events per row 1 + geometric(mean ~3); value_sum 0 on ~60% of rows, else a decimal;
//   - two attributes per user: country (one of 20), plan (free/pro/team).
// Rows are written user by user, day by day (the format allows any order).
// Prints to stderr: rows, user-days (distinct user x day with a row), users with a row.
//
// Build: g++ -O2 -std=c++20 -o generate_rollup benchmarks/scaling/generate_rollup.cpp
// Usage: generate_rollup OUTPUT.csv USERS [DAYS=366] [SEED=12]
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

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
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
};

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

const char *kEvents[] = {"session_start", "view_item", "search", "add_to_cart", "checkout",
                         "share", "comment", "upload", "invite_sent", "settings_changed",
                         "export", "subscription_renewed"};
constexpr int kEventCount = 12;
const char *kCountries[] = {"US", "DE", "GB", "FR", "IN", "BR", "JP", "CA", "AU", "ES",
                            "IT", "NL", "SE", "PL", "MX", "KR", "CH", "AT", "BE", "DK"};
const char *kPlans[] = {"free", "pro", "team"};
} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUTPUT.csv USERS [DAYS=366] [SEED=12]\n", argv[0]);
        return 2;
    }
    const std::uint64_t users = std::strtoull(argv[2], nullptr, 10);
    const int days = argc > 3 ? std::atoi(argv[3]) : 366;
    SplitMix64 rng{argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 12};
    std::FILE *out = std::fopen(argv[1], "wb");
    if (!out) {
        std::perror(argv[1]);
        return 1;
    }
    static char buffer[1 << 20];
    std::setvbuf(out, buffer, _IOFBF, sizeof buffer);

    const std::int64_t day0 = 19723; // 2024-01-01
    std::string dates[400];
    for (int i = 0; i < days && i < 400; ++i) {
        int y, m, d;
        civil(day0 + i, y, m, d);
        char text[32];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
        dates[i] = text;
    }
    double cumulative[kEventCount];
    double total = 0;
    for (int i = 0; i < kEventCount; ++i)
        cumulative[i] = (total += 1.0 / (i + 1));

    std::fputs("user_id,date,event,events,value_sum,country,plan\n", out);
    std::uint64_t rows = 0, userDays = 0, activeUsers = 0;
    for (std::uint64_t u = 0; u < users; ++u) {
        const int signup = rng.uniform() < 0.4 ? 0 : int(rng.below(days));
        const double rate = 0.20 + 0.20 * rng.uniform();
        const char *country = kCountries[rng.below(20)];
        const char *plan = kPlans[rng.uniform() < 0.7 ? 0 : (rng.uniform() < 0.7 ? 1 : 2)];
        char userId[32];
        std::snprintf(userId, sizeof userId, "u%010llu", (unsigned long long)(u * 2654435761ULL % 10000000000ULL));
        bool any = false;
        for (int day = signup; day < days; ++day) {
            if (rng.uniform() >= rate)
                continue;
            const double r = rng.uniform();
            const int names = r < 0.40 ? 1 : (r < 0.75 ? 2 : 3);
            bool used[kEventCount] = {};
            ++userDays;
            any = true;
            for (int k = 0; k < names; ++k) {
                int e;
                do {
                    const double x = rng.uniform() * total;
                    e = 0;
                    while (cumulative[e] < x)
                        ++e;
                } while (used[e]);
                used[e] = true;
                unsigned events = 1;
                while (rng.uniform() < 0.67 && events < 200)
                    ++events;
                if (rng.uniform() < 0.6)
                    std::fprintf(out, "%s,%s,%s,%u,0,%s,%s\n", userId, dates[day].c_str(), kEvents[e], events, country, plan);
                else
                    std::fprintf(out, "%s,%s,%s,%u,%.2f,%s,%s\n", userId, dates[day].c_str(), kEvents[e], events,
                                 events * (1.0 + 49.0 * rng.uniform()), country, plan);
                ++rows;
            }
        }
        activeUsers += any;
    }
    if (std::fclose(out) != 0) {
        std::perror(argv[1]);
        return 1;
    }
    std::fprintf(stderr, "rows %llu user_days %llu users_with_rows %llu\n", (unsigned long long)rows,
                 (unsigned long long)userDays, (unsigned long long)activeUsers);
    return 0;
}
