package org.nodelab.session;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a compute thread (a trainer, an explorer, a reproduction run) give way to the threads that draw. With four
 * trainers racing on two cores, the FX thread waited for a core for most of each pulse (a chart update that took
 * 2 ms of CPU took 6–11 ms of wall time), which is what put the compare window's p99 past a frame. Training
 * speed is unchanged when nothing else wants the core: the scheduler only weighs threads that are runnable.
 *
 * <p>Java's {@link Thread#setPriority} does nothing on Linux unless the JVM is started with
 * {@code -XX:ThreadPriorityPolicy=1}, which the command line cannot rely on. On Linux a thread's nice value is its
 * own (setpriority(2) on {@code PRIO_PROCESS} with who = 0 applies to the calling thread only), so the thread
 * raises its own nice value through JNA; lowering one's own priority needs no privilege. Elsewhere (where
 * setpriority would apply to the whole process) Java's priority is set, which Windows honours.
 */
public final class BackgroundPriority {

    /** The nice value of background threads: CFS/EEVDF weight 110 against 1024 for a nice-0 thread. */
    public static final int NICE = 10;

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
    private static final int PRIO_PROCESS = 0;
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("linux");
    private static volatile boolean warned;

    private BackgroundPriority() {
    }

    private interface LibC extends Library {
        int setpriority(int which, int who, int prio);

        int getpriority(int which, int who);
    }

    /** The C library, loaded on first use; null where it cannot be (then threads keep their priority). */
    private static final class Holder {
        static final LibC LIBC = load();

        private static LibC load() {
            if (!LINUX) {
                return null;
            }
            try {
                return (LibC) Native.loadLibrary("c", LibC.class);
            } catch (LinkageError | RuntimeException e) {
                LOG.info("background threads keep normal priority: {}", e.toString());
                return null;
            }
        }
    }

    /**
     * Lowers the calling thread's scheduling priority to {@link #NICE} (never raises it).
     *
     * @return whether the operating system took it
     */
    public static boolean lowerCurrentThread() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        LibC c = Holder.LIBC;
        if (c == null) {
            return false;
        }
        int now = c.getpriority(PRIO_PROCESS, 0);
        if (now >= NICE) {
            return true;
        }
        if (c.setpriority(PRIO_PROCESS, 0, NICE) == 0) {
            return true;
        }
        if (!warned) {
            warned = true;
            LOG.info("background threads keep normal priority: setpriority failed (errno {})", Native.getLastError());
        }
        return false;
    }

    /** The calling thread's nice value, or null where it cannot be read. */
    public static Integer currentNice() {
        LibC c = Holder.LIBC;
        return c == null ? null : c.getpriority(PRIO_PROCESS, 0);
    }
}
