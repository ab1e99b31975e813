package org.nodelab.app.compare;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/** How the compare tab is laid out: small multiples sharing the x-axis on top, the tables below. */
final class CompareLayout {

    private CompareLayout() {
    }

    /** Curves and the Pareto scatter in a 3 × 2 grid above the diff table and the published figures. */
    static SplitPane comparison(List<CurvePanel> curves, ParetoPanel pareto, DiffTablePane diff,
                                PublishedPane published) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100 / 3.0);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < curves.size(); i++) {
            grid.add(curves.get(i).root(), i % 3, i / 3);
        }
        grid.add(pareto.root(), 2, 1);
        HBox tables = new HBox(6, diff.root(), published.root());
        HBox.setHgrow(diff.root(), Priority.ALWAYS);
        tables.setPadding(new Insets(0, 6, 6, 6));
        SplitPane split = new SplitPane(grid, tables);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        return split;
    }
}
