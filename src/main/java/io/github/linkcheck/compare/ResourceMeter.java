package io.github.linkcheck.compare;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.OptionalLong;

/**
 * What the JVM spends while a run lasts: the most live platform threads, the heap allocated, and the most
 * heap in use (the sum of the heap pools' peaks, an upper bound, since the pools peak at different times). Measured from the JVM's management beans, so it covers the whole JVM (Maven's own threads
 * included), which is why runs are compared within one JVM.
 */
final class ResourceMeter {

    /** What one run cost. */
    record Usage(int peakThreads, OptionalLong allocatedBytes, long peakHeapBytes) {}

    /**
     * HotSpot's total over every thread, those that have ended included (the workers of a run end with it);
     * other JVMs may not have it.
     */
    private static final MethodHandle TOTAL_ALLOCATED = totalAllocatedBytes();

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private OptionalLong allocatedAtStart = OptionalLong.empty();

    /**
     * Starts measuring. Collects the garbage of earlier runs first, so that a run's peak heap is its own: a
     * measuring tool may ask for a collection, which a check never does.
     */
    void start() {
        System.gc();
        threads.resetPeakThreadCount();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        allocatedAtStart = totalAllocated();
    }

    Usage stop() {
        OptionalLong allocatedNow = totalAllocated();
        OptionalLong allocated = allocatedAtStart.isPresent() && allocatedNow.isPresent()
                ? OptionalLong.of(allocatedNow.getAsLong() - allocatedAtStart.getAsLong())
                : OptionalLong.empty();
        long peakHeap = heapPools.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        return new Usage(threads.getPeakThreadCount(), allocated, peakHeap);
    }

    private OptionalLong totalAllocated() {
        if (TOTAL_ALLOCATED == null) {
            return OptionalLong.empty();
        }
        try {
            long bytes = (long) TOTAL_ALLOCATED.invoke(threads);
            return bytes < 0 ? OptionalLong.empty() : OptionalLong.of(bytes);
        } catch (UnsupportedOperationException e) {
            // The JVM has the counter but has it switched off: reported as not measured.
            return OptionalLong.empty();
        } catch (Throwable e) {
            throw new IllegalStateException("the JVM's allocation counter failed", e);
        }
    }

    private static MethodHandle totalAllocatedBytes() {
        try {
            Class<?> bean = Class.forName("com.sun.management.ThreadMXBean");
            if (!bean.isInstance(ManagementFactory.getThreadMXBean())) {
                return null;
            }
            return MethodHandles.publicLookup()
                    .findVirtual(bean, "getTotalThreadAllocatedBytes", MethodType.methodType(long.class))
                    .asType(MethodType.methodType(long.class, ThreadMXBean.class));
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            // A JVM without HotSpot's counter: allocation is reported as not measured.
            return null;
        }
    }
}
