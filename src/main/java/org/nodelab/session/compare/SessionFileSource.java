package org.nodelab.session.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.nodelab.io.RunHistory;
import org.nodelab.io.SessionFile;
import org.nodelab.io.SessionFiles;

/**
 * A saved session ({@code train --session-out}, File → Save Session, {@code reproduce --save-sessions}): its
 * configuration and every iteration's figures, wall time included, read with all of {@link SessionFiles}'
 * checks.
 */
final class SessionFileSource implements RunSource {

    @Override
    public String kind() {
        return "session file";
    }

    @Override
    public boolean accepts(List<FileHead> files) {
        return files.size() == 1 && files.get(0).declaresFormat(SessionFiles.FORMAT);
    }

    @Override
    public ComparedRun load(List<FileHead> files, String name) throws IOException {
        FileHead file = files.get(0);
        SessionFile session = SessionFiles.read(file.path());
        RunHistory h = session.history();
        RunSeries series = LiveRuns.series(h.size(), i -> new RunSeries.Point(h.iteration()[i], h.millis()[i] / 1000,
                h.trainLoss()[i], h.testLoss()[i], h.testAccuracy()[i], h.nfeForward()[i], h.nfeBackward()[i],
                h.accepted()[i], h.rejected()[i]));
        String id = RunColours.digestId(ConfigSettings.flatten(session.config()).toString()
                .getBytes(StandardCharsets.UTF_8), Integer.toString(Arrays.hashCode(session.state().parameters()))
                .getBytes(StandardCharsets.UTF_8));
        return new ComparedRun(id, name, session.config(), series, h.summary(), file.path().toString(), file.path());
    }
}
