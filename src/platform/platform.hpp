// What Hindsight needs from the place it runs (a browser tab or a desktop window).
// Contract: these are the only entry points to browser or OS facilities; core/ and ui/ never
// call them. Each function is safe to call before the first frame.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace hindsight::platform {

enum class FrameResult { drawn, idle, quit };

// Calls `frame` once per display refresh (requestAnimationFrame in the browser) until it returns
// quit. A frame that returns idle drew nothing; the desktop then sleeps until the next event.
// In the browser this never returns: the loop runs from requestAnimationFrame for the page's life.
void run_main_loop(std::function<FrameResult()> frame);

// Tells the page the first frame is on screen (the browser hides its loading indicator).
void signal_app_ready();

// Tells the user the app cannot start and why (in the browser: a readable message replaces the
// loading indicator, instead of a blank page).
// `reason` is for the user; `detail` is the technical cause, shown smaller.
void report_startup_failure(std::string_view reason, std::string_view detail);

// Puts a short status line where assistive technology reads it (the page's aria-live region).
void announce_status(std::string_view text);

// Registers the function that describes the app's state as JSON for tests and diagnostics
// (in the browser: window.hindsight.state()). Called on demand, never per frame.
void set_state_provider(std::function<std::string()> provider);
std::string describe_state();

}  // namespace hindsight::platform
