#include "eventstore/eventpipeline.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace NorthStar {

namespace {
constexpr std::size_t kQueuedBatches = 4;
}

Result<RowScanner::Outcome> EventPipeline::run(RowScanner &scanner,
                                               const std::function<bool(EventBatch &)> &consume,
                                               const std::atomic<bool> *cancel)
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<EventBatch> queue;
    bool producerDone = false;
    bool consumerStopped = false;
    std::optional<Result<RowScanner::Outcome>> outcome;

    std::thread producer([&] {
        auto result = scanner.run(
            [&](EventBatch &&batch) {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return queue.size() < kQueuedBatches || consumerStopped; });
                if (consumerStopped)
                    return false;
                queue.push_back(std::move(batch));
                changed.notify_all();
                return true;
            },
            cancel);
        std::lock_guard lock(mutex);
        outcome.emplace(std::move(result));
        producerDone = true;
        changed.notify_all();
    });

    bool stopped = false;
    for (;;) {
        EventBatch batch;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !queue.empty() || producerDone; });
            if (queue.empty())
                break;
            batch = std::move(queue.front());
            queue.pop_front();
            changed.notify_all();
        }
        if (!consume(batch)) {
            std::lock_guard lock(mutex);
            consumerStopped = true;
            stopped = true;
            changed.notify_all();
            break;
        }
    }
    producer.join();
    if (stopped && outcome->ok())
        return RowScanner::Outcome::SinkStopped;
    return std::move(*outcome);
}

} // namespace NorthStar
