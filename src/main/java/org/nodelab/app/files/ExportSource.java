package org.nodelab.app.files;

import java.util.List;

import javafx.scene.Node;

import org.nodelab.app.views.common.ChartView;
import org.nodelab.app.views.common.DataTable;
import org.nodelab.session.TrainingHistory;

/** What File → Export reads from the window; every call is on the FX thread, where the views' data lives. */
public interface ExportSource {

    /** The node to picture (the window's content), with every pending chart update applied. */
    Node picture();

    /** The charts of the views shown now, each named as the render profile names it ("loss chart"). */
    List<ChartView> charts();

    /** The numbers of every view shown now (see {@code LiveView#tables}). */
    List<DataTable> tables();

    /** The run's per-iteration history, or null while a system is explored. */
    TrainingHistory.View history();
}
