package org.wbcyber.graph.launch;

import java.lang.management.ManagementFactory;
import java.util.Map;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Gives back the heap that startup needed and serving does not. Starting grows the heap for garbage that is
 * gone once the application is up (YAML, Cypher compilation, the curated load's parameters: ≈ 280 MiB committed
 * for ≈ 70 MiB live), and G1 keeps what it committed until a full collection shrinks it by its free ratios. One
 * full collection with tighter ratios, the user's ratios restored afterwards, leaves the heap the live data plus
 * a third; it grows again as the work needs.
 */
public final class StartupHeap {

    /** Free ratios for the one collection: shrink to live data + ≈ 40 %, as in the range G1 keeps by default. */
    static final String MIN = "MinHeapFreeRatio";
    static final String MAX = "MaxHeapFreeRatio";
    static final Map<String, String> TRIM = Map.of(MIN, "10", MAX, "30");

    private StartupHeap() {
    }

    /** Runs one full collection with {@link #TRIM}'s ratios, then restores the ratios in force before. */
    public static void release() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = vm.getVMOption(MIN).getValue();
        String max = vm.getVMOption(MAX).getValue();
        try {
            ratios(vm, TRIM.get(MIN), TRIM.get(MAX));
            System.gc();
        } finally {
            ratios(vm, min, max);
        }
    }

    /** The JVM refuses a minimum above the maximum at every step, so the order of the two changes matters. */
    private static void ratios(HotSpotDiagnosticMXBean vm, String min, String max) {
        if (Integer.parseInt(min) <= Integer.parseInt(vm.getVMOption(MAX).getValue())) {
            vm.setVMOption(MIN, min);
            vm.setVMOption(MAX, max);
        } else {
            vm.setVMOption(MAX, max);
            vm.setVMOption(MIN, min);
        }
    }
}
