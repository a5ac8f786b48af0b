#include "backends/in_order.hpp"

namespace nianbao {

void InOrder::put(std::size_t index, std::string_view text) {
    std::unique_lock lock(mutex_);
    turn_.wait(lock, [&] { return abandoned_ || next_ == index; });
    if (abandoned_) throw Abandoned();
    try {
        out_(text);
    } catch (...) {
        abandoned_ = true;
        turn_.notify_all();
        throw;
    }
    ++next_;
    turn_.notify_all();
}

void InOrder::abandon() {
    {
        std::lock_guard lock(mutex_);
        abandoned_ = true;
    }
    turn_.notify_all();
}

}  // namespace nianbao
