// What Hindsight needs from the place it runs (a browser tab or a desktop window).
// Contract: these are the only entry points to browser or OS facilities; core/ and ui/ never
// call them. Each function is safe to call before the first frame.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/storage_types.hpp"
#include "transfer/export_all.hpp"
#include "transfer/import_plan.hpp"

namespace hindsight::platform {

enum class FrameResult { drawn, idle, quit };

// Calls `frame` once per display refresh (requestAnimationFrame in the browser) until it returns
// quit. A frame that returns idle drew nothing; the desktop then sleeps until the next event.
// In the browser this never returns: the loop runs from requestAnimationFrame for the page's life.
void run_main_loop(std::function<FrameResult()> frame);

// Tells the page the first frame is on screen (the browser hides its loading indicator).
void signal_app_ready();

// Call once the GL context is current. In the browser, GL state the renderer reads back each
// frame is then answered from what the page set rather than asked of the GPU process (see
// hindsight_platform.js); the desktop reads it from its driver as before.
void mirror_gl_state();

// Tells the user the app cannot start and why (in the browser: a readable message replaces the
// loading indicator, instead of a blank page).
// `reason` is for the user; `detail` is the technical cause, shown smaller.
void report_startup_failure(std::string_view reason, std::string_view detail);

// Puts a short status line where assistive technology reads it (the page's aria-live region).
void announce_status(std::string_view text);

// Saves `bytes` as a file the user keeps: in the browser a download named `file_name` (the
// browser's download bar shows it); on the desktop a file in the user's Downloads folder.
// Returns where it went, for the status line ("Downloads/2024-01-15-db.md"), or "" on failure.
std::string download_file(std::string_view file_name, std::string_view mime_type,
                          std::string_view bytes);

// The system clipboard. In the browser, reading is only allowed inside a paste event, so
// clipboard_text() returns the text of the latest paste the page received (Ctrl+V fires it
// before the app's frame reads the key).
void set_clipboard_text(std::string_view text);
std::string clipboard_text();

// Opens a link in a new browser tab (with noopener) or the desktop's browser.
void open_link(std::string_view url);

// Text that arrives as text rather than as key presses: accented letters composed with dead
// keys, input methods (Chinese, Japanese, Korean), dictation and other assistive tools. The
// handler feeds it to the text field that has focus.
void set_text_input_handler(std::function<void(std::string_view)> handler);
// The browser delivered a paste (Ctrl+V, or its Edit menu): clipboard_text() now holds its text
// and the handler pastes it into the focused field.
void set_paste_handler(std::function<void()> handler);
// Whether a text field has focus and where its cursor is (UI units), so the browser can route
// composed text to the app and place an input method's candidate window beside the cursor.
void set_text_input(bool active, float x, float y, float line_height);

// The viewer's time zone now, in minutes east of UTC (for "show local times").
int local_utc_offset_minutes();

// Registers the function that describes the app's state as JSON for tests and diagnostics
// (in the browser: window.hindsight.state()). Called on demand, never per frame.
void set_state_provider(std::function<std::string()> provider);
std::string describe_state();
// Likewise for the open post-mortem as stored JSON (window.hindsight.document()), so a test can
// compare what the app shows and downloads with the command line's output for the same model.
void set_document_provider(std::function<std::string()> provider);

// Storage (see storage/storage_types.hpp). In the browser, IndexedDB; on the desktop, one file
// per post-mortem in the user's data folder, each written atomically.
// What was stored when the app started. Call once. The desktop reads every record here; the
// browser reads the library's index before main() runs and the records after the first frame
// (`records_follow`), handed over by take_stored_records.
storage::StoredData load_stored_data();
// The records read since, about `max_bytes` of them at a time; `last` once nothing more follows
// (on the desktop, at once).
storage::RecordSlice take_stored_records(std::size_t max_bytes);
// Carries out writes in order; their outcomes arrive through take_storage_events().
void store(const std::vector<storage::Write>& writes);
std::vector<storage::StorageEvent> take_storage_events();
// Keeps changes not yet written where a page that closes at once cannot lose them (the browser's
// synchronous localStorage); the next start applies any that storage never received.
void journal(const std::vector<storage::Write>& pending);
// Asks the browser not to evict the stored data; the answer arrives as a persistence event.
void request_persistent_storage();
// Called when the page is about to be hidden or closed: the handler writes every unsaved change.
void set_flush_handler(std::function<void()> handler);
// The save state in words ("All changes saved"), where the page shows it outside the canvas and
// screen readers hear it (an aria-live region).
void show_save_status(std::string_view text);
// While on, closing the page asks the user first (work that could not be saved would be lost).
void set_leave_warning(bool on);

// Files to import. In the browser: the file picker and files dropped on the page; a .zip is
// unpacked there, each entry arriving as "archive.zip/entry.md".
struct IncomingFiles {
  std::vector<transfer::IncomingFile> files;  // read whole, bytes unchanged
  // Refused before reading: files over transfer::kMaxImportBytes, archives that cannot be opened
  // or would unpack to more than that.
  std::vector<transfer::FileProblem> refused;
  bool empty() const { return files.empty() && refused.empty(); }
};
// Opens the system's file picker (Markdown, text, JSON, zip; several at once); the files arrive
// through take_incoming_files(). Returns false where there is no picker (the desktop build).
bool pick_files();
// Files picked or dropped since the last call, read and ready.
IncomingFiles take_incoming_files();
// "Export all": in the browser, zips the entries into one download named `file_name`; on the
// desktop, writes them into a folder named like the archive (without .zip) in Downloads.
// Returns where they went, for the status line, or "" on failure.
std::string save_archive(std::string_view file_name,
                         const std::vector<transfer::ArchiveEntry>& entries);

}  // namespace hindsight::platform
