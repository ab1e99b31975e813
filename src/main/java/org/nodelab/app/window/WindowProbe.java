package org.nodelab.app.window;

import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;

import org.nodelab.app.controls.ControlPanels;
import org.nodelab.app.controls.LabeledSlider;
import org.nodelab.app.files.ExperimentFiles;
import org.nodelab.app.files.ExportFiles;
import org.nodelab.app.files.SessionDocuments;
import org.nodelab.app.headless.PulseMonitor;
import org.nodelab.app.headless.RenderProfile;
import org.nodelab.session.ExperimentSession;

/**
 * What the UI tests and the headless commands ({@code screenshot}, {@code bench ui}) read and do in the main
 * window, in one place instead of accessors spread over the window. Call it on the FX thread. Controls are
 * found by their ids, as a user's script would find them.
 */
public final class WindowProbe {

    private final MainWindow window;
    private final ExperimentModel model;
    private final Dashboard dashboard;
    private final ControlPanels controls;
    private final ExperimentFiles files;
    private final SessionDocuments sessions;
    private final ExportFiles exports;
    private final PulseMonitor pulses;

    /** Made by {@link MainWindow#probe}, which hands over the parts it owns so it needs no accessor for each. */
    WindowProbe(MainWindow window, ExperimentModel model, Dashboard dashboard, ControlPanels controls,
                ExperimentFiles files, SessionDocuments sessions, ExportFiles exports, PulseMonitor pulses) {
        this.window = window;
        this.model = model;
        this.dashboard = dashboard;
        this.controls = controls;
        this.files = files;
        this.sessions = sessions;
        this.exports = exports;
        this.pulses = pulses;
    }

    public ExperimentSession session() {
        return model.session();
    }

    public boolean exploring() {
        return model.exploring();
    }

    /** The id of the system explored ("typed" for typed equations), or null. */
    public String systemId() {
        return model.systemId();
    }

    /** Whether the newest snapshot of the running experiment has been drawn. */
    public boolean renderedNewest() {
        return model.renderedNewest();
    }

    /** One figure a view shows now (see {@link LiveView#figures}), such as ("spectrum", "eigenvalues"). */
    public String figure(String viewId, String name) {
        Map<String, String> figures = dashboard.figures(viewId);
        if (!figures.containsKey(name)) {
            throw new IllegalArgumentException("view " + viewId + " shows no " + name + ": " + figures.keySet());
        }
        return figures.get(name);
    }

    /** A figure that is a number ("1,234" reads as 1234), or -1 while it shows none ("–"). */
    public long count(String viewId, String name) {
        String text = figure(viewId, name).replace(",", "");
        return text.matches("-?\\d+") ? Long.parseLong(text) : -1;
    }

    /** The state shown in the status bar ("Ready", "Training"...). */
    public String statusState() {
        return ((Label) find("#statusState")).getText();
    }

    /** The banner with this id ("faultBanner", "restartBanner", "infoBanner"). */
    Banner banner(String id) {
        return (Banner) find("#" + id);
    }

    public LabeledSlider slider(String id) {
        return LabeledSlider.around(find("#" + id));
    }

    @SuppressWarnings("unchecked")
    public <T> ComboBox<T> choice(String id) {
        return (ComboBox<T>) find("#" + id);
    }

    public TextInputControl text(String id) {
        return (TextInputControl) find("#" + id);
    }

    public Label label(String id) {
        return (Label) find("#" + id);
    }

    public ExperimentFiles files() {
        return files;
    }

    public SessionDocuments sessions() {
        return sessions;
    }

    public ExportFiles exports() {
        return exports;
    }

    public PulseMonitor pulses() {
        return pulses;
    }

    public RenderProfile profile() {
        return dashboard.profile();
    }

    public void playPause() {
        window.playPause();
    }

    public void setExploring(boolean on) {
        window.setExploring(on);
    }

    public void setDark(boolean on) {
        window.setDark(on);
    }

    /** Scrolls the control panel so that {@code control} is in view (a drag needs it on screen). */
    public void reveal(Node control) {
        window.reveal(control);
    }

    public WritableImage snapshotImage() {
        return window.snapshotImage();
    }

    /** A node by CSS selector ("#playButton"), as a test or a script clicks it. */
    public Node node(String selector) {
        return find(selector);
    }

    /** Asks to reset as Ctrl+R does (a trained run asks first, in the restart banner). */
    public void resetRun() {
        window.resetRun();
    }

    /** Looks up a node by CSS selector in the whole scene, including the panel not shown now. */
    private Node find(String selector) {
        Node n = window.scene().lookup(selector);
        if (n == null) {
            n = controls.trainingPanel().lookup(selector);
        }
        if (n == null) {
            n = controls.explorationPanel().lookup(selector);
        }
        if (n == null) {
            throw new IllegalArgumentException("no node " + selector + " in the window");
        }
        return n;
    }
}
