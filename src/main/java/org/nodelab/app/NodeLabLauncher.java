package org.nodelab.app;

import javafx.application.Application;

import org.nodelab.app.window.NodeLabApp;

/** Starts the JavaFX runtime and opens {@link NodeLabApp}; called by {@code org.nodelab.Main} with no arguments. */
public final class NodeLabLauncher {

    private NodeLabLauncher() {
    }

    public static void launch(String[] args) {
        // Before the first experiment loads ND4J: JavaCPP reads its memory bounds once, when it first loads.
        org.nodelab.model.NativeMemoryLimits.apply();
        Application.launch(NodeLabApp.class, args);
    }
}
