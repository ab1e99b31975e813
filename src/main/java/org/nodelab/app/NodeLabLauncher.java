package org.nodelab.app;

import javafx.application.Application;

import org.nodelab.app.window.NodeLabApp;

/** Starts the JavaFX runtime and opens {@link NodeLabApp}; called by {@code org.nodelab.Main} with no arguments. */
public final class NodeLabLauncher {

    private NodeLabLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(NodeLabApp.class, args);
    }
}
