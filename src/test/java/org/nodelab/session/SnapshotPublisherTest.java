package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SnapshotPublisherTest {

    record Counted(long version, int value) {
    }

    @Test
    void versionsRiseFromOneAndEachSnapshotSeesThePreviousOne() throws Exception {
        SnapshotPublisher<Counted> publisher = new SnapshotPublisher<>();
        assertThat(publisher.latest()).isNull();
        publisher.publish((v, previous) -> new Counted(v, previous == null ? 0 : previous.value() + 1));
        Counted second = publisher.publish((v, previous) -> new Counted(v, previous.value() + 1));
        assertThat(second).isEqualTo(new Counted(2, 1));
        assertThat(publisher.latest()).isSameAs(second);
    }

    @Test
    void concurrentWritersLoseNoUpdateAndListenersSeeVersionOrder() throws Exception {
        SnapshotPublisher<Counted> publisher = new SnapshotPublisher<>();
        List<Long> seen = new CopyOnWriteArrayList<>();
        publisher.listen(s -> seen.add(s.version()));
        int writers = 4;
        int each = 500;
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    publisher.publish((v, previous) -> new Counted(v, previous == null ? 1 : previous.value() + 1));
                }
                done.countDown();
            }).start();
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(publisher.latest()).isEqualTo(new Counted(writers * each, writers * each));
        assertThat(seen).hasSize(writers * each).isSorted();
    }

    @Test
    void aFailingListenerDoesNotStopPublishingAndAClosedOneHearsNoMore() throws Exception {
        SnapshotPublisher<Counted> publisher = new SnapshotPublisher<>();
        List<Counted> heard = new CopyOnWriteArrayList<>();
        publisher.listen(s -> {
            throw new IllegalStateException("broken view");
        });
        AutoCloseable handle = publisher.listen(heard::add);
        publisher.publish((v, p) -> new Counted(v, 1));
        handle.close();
        publisher.publish((v, p) -> new Counted(v, 2));
        assertThat(heard).containsExactly(new Counted(1, 1));
        assertThat(publisher.latest().value()).isEqualTo(2);
    }
}
