// Pieces of one output rendered side by side and handed on in order: the
// thread with piece k waits until pieces 0 … k−1 were handed on.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string_view>

namespace nianbao {

class InOrder {
public:
    // Thrown to a waiting thread when another one failed.
    struct Abandoned : std::runtime_error {
        Abandoned() : std::runtime_error("output abandoned") {}
    };

    explicit InOrder(const std::function<void(std::string_view)>& out) : out_(out) {}

    // Hands on piece `index` once every piece before it was; the sink is only
    // ever called by one thread at a time, in index order.
    void put(std::size_t index, std::string_view text);
    // A thread failed: those waiting for their turn throw Abandoned.
    void abandon();

private:
    const std::function<void(std::string_view)>& out_;
    std::mutex mutex_;
    std::condition_variable turn_;
    std::size_t next_ = 0;
    bool abandoned_ = false;
};

}  // namespace nianbao
