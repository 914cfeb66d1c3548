package io.wearline.batch.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The most heap a piece of work keeps alive: after every garbage collection while it runs, the heap pools' usage
 * left after the collection is added up, and the largest sum is the peak. Garbage does not count, so the figure
 * says how much heap the work needs, not how much the collector let pile up; it is an upper bound of the live data
 * (a young collection leaves the old generation's garbage in place), and it includes what else the JVM holds
 * (the framework, the bundles). Read from the JVM's standard collection notifications, so it needs no child
 * process and no JVM-specific classes.
 */
final class HeapWatch implements AutoCloseable {
	/** The notification type the JVM's collectors send after each collection. */
	private static final String COLLECTION = "com.sun.management.gc.notification";

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());
	private final AtomicLong peak = new AtomicLong();
	private final List<NotificationEmitter> emitters = new ArrayList<>();
	private final NotificationListener listener = this::collected;
	private final long start;

	/**
	 * Starts watching, after a full collection that clears what earlier work left (its own notification comes
	 * before the start and is not counted).
	 */
	HeapWatch() {
		System.gc();
		start = ManagementFactory.getRuntimeMXBean().getUptime();
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				emitters.add(emitter);
			}
		}
	}

	private void collected(Notification notification, Object handback) {
		if (!COLLECTION.equals(notification.getType())
				|| !(notification.getUserData() instanceof CompositeData info)) {
			return;
		}
		CompositeData collection = (CompositeData) info.get("gcInfo");
		if ((Long) collection.get("startTime") < start) {
			return;
		}
		TabularData after = (TabularData) collection.get("memoryUsageAfterGc");
		long used = 0;
		for (Object row : after.values()) {
			CompositeData entry = (CompositeData) row;
			if (heapPools.contains((String) entry.get("key"))) {
				used += MemoryUsage.from((CompositeData) entry.get("value")).getUsed();
			}
		}
		peak.accumulateAndGet(used, Math::max);
	}

	/** The largest heap left after a collection since the start, in bytes; 0 when nothing was collected. */
	long peakBytes() {
		return peak.get();
	}

	@Override
	public void close() {
		for (NotificationEmitter emitter : emitters) {
			try {
				emitter.removeNotificationListener(listener);
			} catch (ListenerNotFoundException e) {
				// already gone: nothing to undo
			}
		}
	}
}
