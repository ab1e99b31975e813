package org.nodelab.app.window;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The Help menu's two dialogs: the keyboard shortcuts, in a grid so keys and actions line up whatever the font,
 * and a short guide to reading each view, for a user who opens the app without the README.
 */
final class HelpDialogs {

    private static final String[][] SHORTCUTS = {
            {"Space or F5", "Play / Pause"},
            {"F6", "Step one iteration"},
            {"Ctrl+R", "Reset (asks first once iterations would be lost)"},
            {"Ctrl+O", "Open a model file"},
            {"Ctrl+S", "Save the model"},
            {"Ctrl+Shift+O", "Open a session (the whole run: curves, optimizer, views)"},
            {"Ctrl+Shift+S", "Save the session"},
            {"Ctrl+K", "Compare runs (presets, cost panel; F11 there for presenter mode)"},
            {"Ctrl+Shift+D", "Dark theme"},
            {"Double-click a view's title", "Enlarge it; again to go back"},
    };

    /** View, then how to read it: the same words as the README's table, shorter. */
    private static final String[][] GUIDE = {
            {"State space", "The data coloured by class and the tracked points' paths through the learned flow up "
                    + "to the time on the slider (▶ Animate plays it). Arrows are the vector field at that time; "
                    + "the shading is the class a point starting there is given. Paths that untangle the classes "
                    + "are what the model learned."},
            {"Spectrum", "Eigenvalues λ of the Jacobian along the paths. The green curve is the solver's stability "
                    + "region divided by the step size: a decaying mode (Re λ < 0) outside it forces smaller "
                    + "steps, and NFE climbs. Re λ > 0 means the flow itself expands there."},
            {"Lyapunov", "How fast nearby starts separate over [0, T]: positive exponents stretch, negative ones "
                    + "merge. The map shows each point's largest exponent where it starts, blue contracting, red "
                    + "expanding."},
            {"NFE", "How often the solver called the network: the cost of a neural ODE. Forward and backward "
                    + "counts of the last iteration, the run's total, accepted/rejected steps, NFE over training "
                    + "and the step sizes of the last solve."},
            {"Loss and accuracy", "Train (solid) and test (dashed) loss on a log scale and accuracy on the right "
                    + "axis; the numbers above are the latest values. Test falling behind train is overfitting."},
            {"Export", "File → Export writes the window as PNG (1×, 2×, 3×), every chart as SVG, every view's "
                    + "numbers and the run history as CSV."},
    };

    private HelpDialogs() {
    }

    static void showShortcuts(Stage owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcutGrid");
        grid.setHgap(18);
        grid.setVgap(6);
        for (int r = 0; r < SHORTCUTS.length; r++) {
            Label key = new Label(SHORTCUTS[r][0]);
            key.setStyle("-fx-font-weight: bold;");
            grid.addRow(r, key, new Label(SHORTCUTS[r][1]));
        }
        show(owner, "Keyboard shortcuts", grid);
    }

    static void showGuide(Stage owner) {
        VBox box = new VBox(10);
        box.setPadding(new Insets(4));
        box.setPrefWidth(520);
        for (String[] entry : GUIDE) {
            Label title = new Label(entry[0]);
            title.setStyle("-fx-font-weight: bold;");
            Label text = new Label(entry[1]);
            text.setWrapText(true);
            box.getChildren().add(new VBox(2, title, text));
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        show(owner, "About NODE Lab: how to read the views", scroll);
    }

    private static void show(Stage owner, String title, javafx.scene.Node content) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setContent(content);
        a.setResizable(true);
        a.show();
    }
}
