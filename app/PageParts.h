#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace rebound::console {

// The pieces every list page is built from, so the pages look alike.

// A bold heading, `scale` times the normal font size (1.4 for a page's title).
QLabel* sectionTitle(const QString& text, qreal scale);
// A read-only table of whole rows, one selected at a time, named `name` for
// tests; the last column stretches.
QTableView* makeTable(const QString& name, QAbstractItemModel* model);

} // namespace rebound::console
