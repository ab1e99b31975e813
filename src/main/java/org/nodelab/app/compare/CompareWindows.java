package org.nodelab.app.compare;

import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.nodelab.session.ExperimentSession;
import org.nodelab.session.compare.DeploymentMeasurement;
import org.nodelab.session.reproduce.Reproductions;

/** How the main window opens the one compare window: its menu item and toolbar button, and bringing it back. */
public final class CompareWindows {

    /** The compare window open now, or null; FX thread only. */
    private static CompareWindow open;

    private CompareWindows() {
    }

    /** Opens the window from the main window, or brings the open one to the front. */
    public static void show(Window owner, Supplier<ExperimentSession> mainSession) {
        if (open == null) {
            // Not owned (an owned window stays above its owner, and the two are used side by side), but closed
            // with the main window so that quitting it quits the app.
            CompareWindow shown = new CompareWindow(null, mainSession, Reproductions.all(),
                    DeploymentMeasurement.WARMUP, DeploymentMeasurement.CALLS);
            open = shown;
            shown.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                if (open == shown) {
                    open = null;
                }
            });
            Window main = owner != null ? owner : Window.getWindows().stream().filter(Window::isFocused)
                    .findFirst().orElse(null);
            if (main != null) {
                main.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> shown.stage().close());
            }
        }
        open.stage().show();
        open.stage().toFront();
    }

    /** The main window's toolbar button that opens the compare window. */
    public static Button toolBarButton(Supplier<ExperimentSession> mainSession) {
        Button b = new Button("Compare runs");
        b.setId("compareButton");
        b.setTooltip(new Tooltip("Race runs side by side and see what they cost (Ctrl+K)"));
        b.setOnAction(e -> show(b.getScene() == null ? null : b.getScene().getWindow(), mainSession));
        return b;
    }
}
