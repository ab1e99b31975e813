package org.nodelab.app;

import javafx.application.Application;

import org.nodelab.app.window.NodeLabApp;
import org.nodelab.model.NativeMemoryLimits;

/** Starts the JavaFX runtime and opens {@link NodeLabApp}; called by {@code org.nodelab.Main} with no arguments. */
public final class NodeLabLauncher {

    private NodeLabLauncher() {
    }

    public static void launch(String[] args) {
        // JavaCPP reads its memory bounds once, when ND4J first loads: set them before the window can train.
        NativeMemoryLimits.apply();
        Application.launch(NodeLabApp.class, args);
    }
}
