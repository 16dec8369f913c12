package org.sealroom.relay.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time (user and system) used so far by the live threads whose names start with a prefix: the forwarder's
 * event-loop threads. On a machine with few cores the load generator and the receivers compete with the forwarder
 * for CPU, so packets per second alone mix up the forwarder's cost with the scheduler's choices; packets per second
 * of forwarder CPU do not.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
    }

    static long nanos(String namePrefix) {
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(namePrefix)) {
                long cpu = THREADS.getThreadCpuTime(thread.threadId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }
}
