package org.nodelab.app.window;

import java.util.List;
import java.util.function.Function;

import org.nodelab.app.views.LossView;
import org.nodelab.app.views.LyapunovView;
import org.nodelab.app.views.NfeView;
import org.nodelab.app.views.SpectrumView;
import org.nodelab.app.views.common.LiveView;
import org.nodelab.app.views.common.ViewHost;
import org.nodelab.app.views.statespace.StateSpaceView;

/**
 * Every live view and its place on the dashboard, in one list: adding a view is its own file plus one line
 * here. The dashboard knows the views only through this list and {@link LiveView}.
 */
final class ViewRegistry {

    /** A cell of the dashboard's grid (3 columns: 42%, 29%, 29%; 2 rows of 50%), spanning more if asked. */
    record Slot(int column, int row, int columnSpan, int rowSpan) {

        static Slot at(int column, int row) {
            return new Slot(column, row, 1, 1);
        }
    }

    /**
     * One view.
     *
     * @param create    builds the view for a window
     * @param training  where it sits while a model trains
     * @param exploring where it sits while a system is explored, or null to hide it then
     */
    record Registration(Function<ViewHost, LiveView> create, Slot training, Slot exploring) {
    }

    /** The views, in the order they receive each frame. Exploring has no loss, so NFE takes its place. */
    static final List<Registration> VIEWS = List.of(
            new Registration(StateSpaceView::new, new Slot(0, 0, 1, 2), new Slot(0, 0, 1, 2)),
            new Registration(host -> new SpectrumView(), Slot.at(1, 0), Slot.at(1, 0)),
            new Registration(host -> new LyapunovView(), Slot.at(2, 0), Slot.at(2, 0)),
            new Registration(host -> new NfeView(), Slot.at(1, 1), new Slot(1, 1, 2, 1)),
            new Registration(host -> new LossView(), Slot.at(2, 1), null));

    private ViewRegistry() {
    }
}
