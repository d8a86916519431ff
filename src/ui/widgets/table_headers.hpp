// A table's header row whose headers the widget bridge can find by their column names.
// Why: Dear ImGui 1.90's TableHeader reports no label to the test-engine hooks, so a test (or the
// browser bridge) could not click "Title" to sort a table. Draws exactly what TableHeadersRow
// draws.
#pragma once

namespace hindsight::ui {

void draw_table_headers();  // call where ImGui::TableHeadersRow() would be called

}  // namespace hindsight::ui
